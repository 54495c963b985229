/// <reference types="chrome" />
import type { BrowserContext, Page } from 'playwright-core';
import type { History } from '../../src/core/schema/history';

type Launched = { context: BrowserContext; popupUrl: string | null };

/** Replaces the extension's stored history (through its service worker) and opens the popup on it. */
export async function openPopupWith(
  browser: Launched,
  history: History | null,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  await worker.evaluate(async (h) => {
    await chrome.storage.local.clear();
    if (h) await chrome.storage.local.set({ history: h, settings: h.settings });
  }, history);
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme });
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(browser.popupUrl ?? '');
  await page.waitForFunction(() => performance.getEntriesByName('jss-guard:popup-rendered').length > 0);
  return page;
}
