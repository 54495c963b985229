// A list of 5,000 job tiles (security.md, "Hostile input, second round", case 3): its badges are built in slices
// that give the page its main thread back, and the list is reported, not refused.
import { describe, expect, it } from 'vitest';
import { searchPage } from '../../scripts/demo-pages.mjs';
import { inEachBrowser } from '../helpers/browser';

const TILES = 5_000;
const URL = `https://www.upwork.com/nx/search/jobs/?q=anything&tiles=${TILES}`;

describe('a list of 5,000 job tiles', () => {
  const pages = (url: string) => {
    const n = /[?&]tiles=(\d+)/.exec(url)?.[1];
    return n ? searchPage(Number(n)) : null;
  };
  inEachBrowser('with JSS Guard loaded', { pages }, (browser) => {
    it('badges every tile in slices, the page’s own timer running between them, and reports the list', {
      timeout: 120_000,
    }, async () => {
      const page = await browser().newPage();
      await page.addInitScript((count) => {
        const w = window as unknown as { ticks: number[]; first?: number; last?: number };
        w.ticks = [];
        // The page's own work: a timer that can only run when nothing else holds the main thread.
        const tick = () => {
          w.ticks.push(performance.now());
          setTimeout(tick, 5);
        };
        document.addEventListener('DOMContentLoaded', tick);
        new MutationObserver(() => {
          const badges = document.querySelectorAll('[data-jss-guard="tile-badge"]').length;
          if (badges > 0 && w.first === undefined) w.first = performance.now();
          if (badges >= count && w.last === undefined) w.last = performance.now();
        }).observe(document, { childList: true, subtree: true });
      }, TILES);
      await page.goto(URL);
      await page.waitForFunction(() => (window as unknown as { last?: number }).last !== undefined, {
        timeout: 90_000,
      });
      const { between } = await page.evaluate(() => {
        const w = window as unknown as { ticks: number[]; first: number; last: number };
        return { between: w.ticks.filter((t) => t > w.first && t < w.last).length };
      });
      // Built in one task, as before, no tick of the page could fall between the first badge and the last. Slices
      // of 40 ms take this list in a few, with the page's timer run in each pause between them.
      expect(between).toBeGreaterThanOrEqual(1);
      expect(await page.locator('[data-jss-guard="tile-badge"]').count()).toBe(TILES);

      const stored = async () => {
        const { history } = (await browser().storage.get('history')) as {
          history?: { pages: Record<string, { url: string; failed: boolean }> };
        };
        return history?.pages?.['job-list'] ?? null;
      };
      await expect
        .poll(stored, { timeout: 30_000, interval: 500 })
        .toMatchObject({ url: URL, failed: false });
      await page.close();
    });
  });
});
