/// <reference types="chrome" />
import type { BrowserContext, Page } from 'playwright-core';
import type { History } from '../../src/core/schema/history';

type Launched = { context: BrowserContext; popupUrl: string | null };

/** Replaces everything the extension stored with `history`, as an older version or another writer would leave it. */
export async function storeHistory(browser: Launched, history: History | null): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  await worker.evaluate(async (h) => {
    await chrome.storage.local.clear();
    if (h) await chrome.storage.local.set({ history: h, settings: h.settings });
  }, history);
}

/** Opens the popup in a tab of a popup's size and waits for its first content. */
export async function openPopup(browser: Launched, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(browser.popupUrl ?? '');
  await page.waitForFunction(() => performance.getEntriesByName('jss-guard:popup-rendered').length > 0);
  return page;
}

/** Waits until the popup has painted the whole state from the worker (not only its snapshot). */
export async function popupComplete(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('jss-guard:popup-complete').length > 0);
}

/** Replaces the extension's stored history (through its service worker) and opens the popup on it. */
export async function openPopupWith(
  browser: Launched,
  history: History | null,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  await storeHistory(browser, history);
  const page = await openPopup(browser, colorScheme);
  await popupComplete(page);
  return page;
}

/** Changes settings as the options page saves them: in the history (each save copies them from there) and the copy. */
export async function saveSettings(browser: Launched, patch: Record<string, unknown>): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  await worker.evaluate(async (p) => {
    const stored = (await chrome.storage.local.get('history')) as { history?: { settings?: object } };
    const settings = { ...stored.history?.settings, ...p };
    const items: Record<string, unknown> = stored.history
      ? { history: { ...stored.history, settings }, settings }
      : { settings };
    await chrome.storage.local.set(items);
  }, patch);
}
