/**
 * The end-to-end suite runs in Chromium and in Firefox from one source. A test file writes
 *
 *   inEachBrowser('a job page with JSS Guard loaded', {}, (browser) => {
 *     it('shows the verdict', async () => {
 *       const page = await browser().newPage();
 *       await page.goto(url);
 *       await expect.poll(() => page.locator('[data-jss-guard="client-panel"] .panel').textContent()).toContain('…');
 *     });
 *   });
 *
 * and gets one describe per browser ("… in Chromium", "… in Firefox"), each with its own browser launched before its
 * tests and closed after them. Only the interface of scripts/launch.mjs is used: `newPage()`, `openPopup`-style
 * extension pages through `extensionUrl(path)`, `storage.get/set/clear()`, and pages whose `locator(selector)`
 * pierces shadow roots (scripts/locator.mjs); never a driver's own API, so the test means the same in both.
 * Where a test is about one browser's mechanism, branch on the `name` the callback gets, or use `inBrowser`.
 * After each test, any error of the extension's background (or its pages) fails that test.
 * E2E_BROWSERS=firefox (or chromium) runs one; a browser that is missing fails its tests saying how to get it.
 */
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import { BROWSER_TITLES, BROWSERS, launchBrowser } from '../../scripts/launch.mjs';

export type BrowserName = (typeof BROWSERS)[number];
export type ExtensionBrowser = Awaited<ReturnType<typeof launchBrowser>>;
export type LaunchOptions = Parameters<typeof launchBrowser>[1];
export type { BrowserPage, Locator } from '../../scripts/browser-page.mjs';

/** The browsers this run tests: both, or those E2E_BROWSERS names. */
export const TESTED_BROWSERS: readonly BrowserName[] = process.env.E2E_BROWSERS
  ? BROWSERS.filter((name) => process.env.E2E_BROWSERS?.split(',').includes(name))
  : BROWSERS;

export function inEachBrowser(
  title: string,
  options: LaunchOptions,
  suite: (browser: () => ExtensionBrowser, name: BrowserName) => void,
): void {
  for (const name of TESTED_BROWSERS) inBrowser(name, title, options, suite);
}

/** The suite in one browser only: for a test of that browser's own mechanism (say so in the file). */
export function inBrowser(
  name: BrowserName,
  title: string,
  options: LaunchOptions,
  suite: (browser: () => ExtensionBrowser, name: BrowserName) => void,
): void {
  if (!TESTED_BROWSERS.includes(name)) return;
  describe(`${title} in ${BROWSER_TITLES[name]}`, () => {
    let launched: ExtensionBrowser | undefined;
    beforeAll(async () => {
      launched = await launchBrowser(name, options);
    });
    afterEach(async () => {
      if (!launched) return;
      // A report in flight when the test ended may still fail in the background: let it finish.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(launched.takeBackgroundErrors(), `errors in JSS Guard's background in ${name}`).toEqual([]);
    });
    afterAll(async () => {
      await launched?.close();
    });
    suite(() => {
      if (!launched) throw new Error(`${BROWSER_TITLES[name]} did not start`);
      return launched;
    }, name);
  });
}
