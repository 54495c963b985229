// The service worker stopped again and again while tabs load job pages (security.md, "Hostile input, second
// round", case 4): no observation a page made may be lost while its tab is open. This is Chromium's mechanism (a
// service worker it may stop at any moment); Firefox's event page only idles out, tested in robustness.test.ts.
import { describe, expect, it } from 'vitest';
import { inBrowser } from '../helpers/browser';
import { jobId, jobUrl, numberedJobs } from '../helpers/numbered-jobs';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a service worker stopped every 40–100 ms', () => {
  inBrowser('chromium', 'with JSS Guard loaded', { pages: numberedJobs }, (browser) => {
    it('loses none of 20 job pages loaded in 5 tabs meanwhile', { timeout: 240_000 }, async () => {
      let stopping = true;
      const stopper = (async () => {
        while (stopping) {
          await browser()
            .stopBackground()
            .catch(() => undefined);
          await sleep(40 + Math.random() * 60);
        }
      })();
      // 5 tabs at a time, 4 rounds: every page stays open until the end.
      const pages = [];
      for (let round = 0; round < 4; round++) {
        const opened = await Promise.all(Array.from({ length: 5 }, () => browser().newPage()));
        await Promise.all(opened.map((page, i) => page.goto(jobUrl(round * 5 + i)).catch(() => null)));
        pages.push(...opened);
        await sleep(1500);
      }
      // Stopped for 8 s more: longer than the 4 s after which the content script once gave a report up.
      await sleep(8000);
      stopping = false;
      await stopper;

      const stored = async () => {
        const { history } = (await browser().storage.get('history')) as {
          history?: { jobs: { id: string }[] };
        };
        return (history?.jobs ?? []).map((j) => j.id).sort();
      };
      const expected = Array.from({ length: 20 }, (_, n) => jobId(n)).sort();
      await expect.poll(stored, { timeout: 120_000, interval: 1000 }).toEqual(expected);
      await Promise.all(pages.map((page) => page.close()));
    });
  });
});
