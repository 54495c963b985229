import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { emptyHistory } from '../../src/core/history/empty';
import { type BrowserPage, inEachBrowser } from '../helpers/browser';
import { calibratedHistory, largeHistory, typicalHistory } from '../helpers/histories';
import { openPopup, openPopupWith, popupComplete } from '../helpers/popup';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page. */
async function accessibilityProblems(page: BrowserPage): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global the evaluated source defines
    const results = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return results.violations
      .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v: { id: string; nodes: { target: string[] }[] }) =>
          `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
  });
}

const overflowsSideways = (page: BrowserPage) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('the popup', () => {
  inEachBrowser('with JSS Guard loaded', {}, (browser) => {
    it('tells a new user what to do first', async () => {
      const page = await openPopupWith(browser(), emptyHistory());
      const text = await page.locator('main').textContent();
      expect(text).toContain('Open your Upwork profile or My Stats once');
      expect(text).toContain('Open your contracts page on Upwork once so JSS Guard can read it.');
      expect(await accessibilityProblems(page)).toEqual([]);
    });

    it('shows the score, the projection, Top Rated standing and the warnings, worst first', async () => {
      const page = await openPopupWith(browser(), typicalHistory());
      expect(await page.locator('.score .value').first().textContent()).toBe('89%');
      expect(await page.locator('.standing').textContent()).toMatch(/^Top Rated (at risk|out of reach)/);
      const titles = await page.locator('.warning-title').allTextContents();
      expect(titles[0]).toContain('Open contract with no activity for');
      expect(titles.some((t) => t.includes('under the Top Rated line of 90%'))).toBe(true);
      expect(await page.locator('.contract').count()).toBe(8);
      expect(await page.locator('figure.chart svg').getAttribute('aria-label')).toContain(
        'Job Success from 96%',
      );
      expect(await overflowsSideways(page)).toBe(false);
      expect(await accessibilityProblems(page)).toEqual([]);
    });

    it('says the legacy rules have been closer, and one click in the options switches the projection to them', async () => {
      const page = await openPopupWith(browser(), calibratedHistory());
      expect(await page.locator('.score-card .rules').textContent()).toBe(
        'Upwork’s current rules · last 24 months',
      );
      expect(await page.locator('.calibration').textContent()).toBe(
        'Last time Upwork’s current rules were off by 3 points (said 86%, Upwork showed 89%)',
      );
      expect(await page.locator('.calibration-closer').textContent()).toContain(
        'The legacy rules have been closer over your last 4 scores (1 point off on average, against 3).',
      );
      expect(await page.locator('.contract .weight').first().textContent()).toMatch(/^\d+(\.\d+)? × — /);

      await page.goto(browser().extensionUrl('options.html#jss-rules'));
      await page.locator('button', { hasText: 'Use the legacy rules' }).click();
      const legacy = page.locator('input[name="jssRules"][value="legacy"]');
      await expect
        .poll(() => legacy.evaluateAll((els) => (els[0] as HTMLInputElement | undefined)?.checked))
        .toBe(true);
      expect(await page.locator('.rules-switch').count()).toBe(0);

      const after = await openPopup(browser());
      await popupComplete(after);
      expect(await after.locator('.score-card .rules').textContent()).toMatch(
        /^Legacy rules · best of 6, 12, 24 months/,
      );
      expect(await after.locator('.calibration').textContent()).toBe(
        'Last time the legacy rules were off by 1 point (said 88%, Upwork showed 89%)',
      );
      expect(await after.locator('.calibration-closer').count()).toBe(0);
    });

    it('opens on 1,000 contracts from its snapshot, without waiting for the history, and lists all on request', async () => {
      const first = await openPopupWith(browser(), largeHistory(1000)); // reads the whole history, saves the snapshot
      const whole = await first.locator('main').textContent();
      await first.close();

      const page = await openPopup(browser());
      // Its first content came from the snapshot alone (preact paints before effects ask the background).
      expect(
        await page.evaluate(
          () =>
            (performance.getEntriesByName('jss-guard:popup-rendered')[0] as PerformanceMark).detail
              ?.fromSnapshot,
        ),
      ).toBe(true);
      await popupComplete(page);
      expect(await page.locator('main').textContent()).toBe(whole);
      expect(await page.locator('.contract').count()).toBe(15);
      await page.locator('button', { hasText: 'Show all 1000 contracts' }).click();
      await expect.poll(() => page.locator('.contract').count()).toBe(1000);
      expect(await page.locator('.score .value').nth(1).textContent()).toMatch(/^\d+%$/);
    });

    it('still shows the history when its snapshot is damaged', async () => {
      await openPopupWith(browser(), typicalHistory()).then((p) => p.close());
      const { popupSnapshot } = (await browser().storage.get('popupSnapshot')) as {
        popupSnapshot: { state: object };
      };
      await browser().storage.set({
        popupSnapshot: { ...popupSnapshot, state: { ...popupSnapshot.state, warnings: [{}] } },
      });
      const page = await openPopup(browser());
      await popupComplete(page);
      expect(await page.locator('.score .value').first().textContent()).toBe('89%');
      expect(await page.locator('.warning-title').first().textContent()).toContain(
        'Open contract with no activity for',
      );
    });

    it('moves through its links and buttons with the keyboard, with a visible focus', async () => {
      const page = await openPopupWith(browser(), typicalHistory());
      await page.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
      });
      expect(focused.text).toBe('Settings');
      expect(focused.outline).not.toBe('none');
    });

    it('stays readable at 200% zoom', async () => {
      const page = await openPopupWith(browser(), typicalHistory());
      // 200% zoom halves the CSS pixels a 400-pixel popup has.
      await page.setViewportSize({ width: 200, height: 600 });
      expect(await overflowsSideways(page)).toBe(false);
    });
  });

  // Firefox takes the colour scheme at launch only, so dark mode has a browser of its own in both.
  inEachBrowser('in dark mode', { colorScheme: 'dark' }, (browser) => {
    it('stays readable', async () => {
      const page = await openPopupWith(browser(), typicalHistory());
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
      expect(await accessibilityProblems(page)).toEqual([]);
    });
  });
});
