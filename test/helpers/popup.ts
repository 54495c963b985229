import type { History } from '../../src/core/schema/history';
import type { BrowserPage, ExtensionBrowser } from './browser';

/** Replaces everything the extension stored with `history`, as an older version or another writer would leave it. */
export async function storeHistory(browser: ExtensionBrowser, history: History | null): Promise<void> {
  await browser.storage.clear();
  if (history) await browser.storage.set({ history, settings: history.settings });
}

const hasMark = (name: string) => performance.getEntriesByName(name).length > 0;

/** Opens one of the extension's pages (e.g. 'popup.html') in a new tab of the given size. */
export async function openExtensionPage(
  browser: ExtensionBrowser,
  path: string,
  size = { width: 400, height: 600 },
): Promise<BrowserPage> {
  const page = await browser.newPage();
  await page.setViewportSize(size);
  await page.goto(browser.extensionUrl(path));
  return page;
}

/** Opens the popup in a tab of a popup's size and waits for its first content. */
export async function openPopup(browser: ExtensionBrowser): Promise<BrowserPage> {
  const page = await openExtensionPage(browser, 'popup.html');
  await page.waitForFunction(hasMark, { arg: 'jss-guard:popup-rendered' });
  return page;
}

/** Waits until the popup has painted the whole state from the background (not only its snapshot). */
export async function popupComplete(page: BrowserPage): Promise<void> {
  await page.waitForFunction(hasMark, { arg: 'jss-guard:popup-complete' });
}

/** Replaces the extension's stored history and opens the popup on it. */
export async function openPopupWith(
  browser: ExtensionBrowser,
  history: History | null,
): Promise<BrowserPage> {
  await storeHistory(browser, history);
  const page = await openPopup(browser);
  await popupComplete(page);
  return page;
}

/** Changes settings as the options page saves them: in the history (each save copies them from there) and the copy. */
export async function saveSettings(browser: ExtensionBrowser, patch: Record<string, unknown>): Promise<void> {
  const stored = (await browser.storage.get('history')) as { history?: { settings?: object } };
  const settings = { ...stored.history?.settings, ...patch };
  await browser.storage.set(
    stored.history ? { history: { ...stored.history, settings }, settings } : { settings },
  );
}
