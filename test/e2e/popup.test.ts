import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyHistory } from '../../src/core/history/empty';
import { chromiumWithExtension } from '../helpers/browser';
import { calibratedHistory, largeHistory, typicalHistory } from '../helpers/histories';
import { openPopup, openPopupWith, popupComplete } from '../helpers/popup';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical findings on the page. */
async function accessibilityProblems(page: Page): Promise<string[]> {
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

const overflowsSideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);

describe('the popup in Chromium', () => {
  const chromium = chromiumWithExtension();
  let browser: ReturnType<typeof chromium>;
  beforeAll(() => {
    browser = chromium();
  });

  it('tells a new user what to do first', async () => {
    const page = await openPopupWith(browser, emptyHistory());
    const text = await page.locator('main').textContent();
    expect(text).toContain('Open your Upwork profile or My Stats once');
    expect(text).toContain('Open your contracts page on Upwork once so JSS Guard can read it.');
    expect(await accessibilityProblems(page)).toEqual([]);
  });

  it('shows the score, the projection, Top Rated standing and the warnings, worst first', async () => {
    const page = await openPopupWith(browser, typicalHistory());
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
    const page = await openPopupWith(browser, calibratedHistory());
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

    await page.goto((browser.popupUrl ?? '').replace('popup.html', 'options.html#jss-rules'));
    await page.getByRole('button', { name: 'Use the legacy rules' }).click();
    await expect.poll(() => page.locator('input[name="jssRules"][value="legacy"]').isChecked()).toBe(true);
    expect(await page.locator('.rules-switch').count()).toBe(0);

    const after = await openPopup(browser);
    await popupComplete(after);
    expect(await after.locator('.score-card .rules').textContent()).toMatch(
      /^Legacy rules · best of 6, 12, 24 months/,
    );
    expect(await after.locator('.calibration').textContent()).toBe(
      'Last time the legacy rules were off by 1 point (said 88%, Upwork showed 89%)',
    );
    expect(await after.locator('.calibration-closer').count()).toBe(0);
  });

  it('stays readable in dark mode and at 200% zoom', async () => {
    const page = await openPopupWith(browser, typicalHistory(), 'dark');
    expect(await accessibilityProblems(page)).toEqual([]);
    // 200% zoom halves the CSS pixels a 400-pixel popup has.
    await page.setViewportSize({ width: 200, height: 600 });
    expect(await overflowsSideways(page)).toBe(false);
  });

  it('opens on 1,000 contracts from its snapshot, without waiting for the history, and lists all on request', async () => {
    const first = await openPopupWith(browser, largeHistory(1000)); // reads the whole history, saves the snapshot
    const whole = await first.locator('main').textContent();
    await first.close();

    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      // Records what the popup first painted, and whether it had asked the worker for anything by then.
      const seen = window as unknown as {
        firstView?: string;
        askedBeforeFirstView?: boolean;
        asked?: boolean;
      };
      const runtime = chrome.runtime as { sendMessage: (...args: unknown[]) => unknown };
      const send = runtime.sendMessage.bind(runtime);
      runtime.sendMessage = (...args: unknown[]) => {
        seen.asked = true;
        return send(...args);
      };
      new MutationObserver((_, observer) => {
        const main = document.querySelector('main');
        if (!main) return;
        seen.firstView = main.textContent ?? '';
        seen.askedBeforeFirstView = seen.asked === true;
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(browser.popupUrl ?? '');
    await popupComplete(page);
    const seen = await page.evaluate(() => {
      const { firstView, askedBeforeFirstView } = window as unknown as Record<string, unknown>;
      return { firstView, askedBeforeFirstView };
    });
    expect(seen.askedBeforeFirstView).toBe(false);
    expect(seen.firstView).toBe(whole);
    expect(await page.locator('.contract').count()).toBe(15);
    await page.getByRole('button', { name: 'Show all 1000 contracts' }).click();
    expect(await page.locator('.contract').count()).toBe(1000);
    expect(await page.locator('.score .value').nth(1).textContent()).toMatch(/^\d+%$/);
  });

  it('still shows the history when its snapshot is damaged', async () => {
    await openPopupWith(browser, typicalHistory()).then((p) => p.close());
    await browser.context.serviceWorkers()[0]?.evaluate(async () => {
      const { popupSnapshot } = (await chrome.storage.local.get('popupSnapshot')) as {
        popupSnapshot: { state: object };
      };
      await chrome.storage.local.set({
        popupSnapshot: { ...popupSnapshot, state: { ...popupSnapshot.state, warnings: [{}] } },
      });
    });
    const page = await openPopup(browser);
    await popupComplete(page);
    expect(await page.locator('.score .value').first().textContent()).toBe('89%');
    expect(await page.locator('.warning-title').first().textContent()).toContain(
      'Open contract with no activity for',
    );
  });

  it('moves through its links and buttons with the keyboard, with a visible focus', async () => {
    const page = await openPopupWith(browser, typicalHistory());
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused.text).toBe('Settings');
    expect(focused.outline).not.toBe('none');
  });
});
