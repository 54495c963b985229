// The browsers JSS Guard is tested and demonstrated in, each launched with the built extension behind one
// interface: `newPage()` (a tab where upwork.com URLs are answered from files), `extensionUrl(path)`, `storage`,
// `stopBackground()`, `takeBackgroundErrors()`, `close()`. See browser.mjs (Chromium) and firefox.mjs (Firefox).
import { chromiumPath, launchExtension } from './browser.mjs';
import { firefoxPath, launchFirefox } from './firefox.mjs';

export const BROWSERS = /** @type {const} */ (['chromium', 'firefox']);
export const BROWSER_TITLES = { chromium: 'Chromium', firefox: 'Firefox' };

/** Where the browser is; throws saying how to get it when it is missing. */
export function browserPath(name) {
  return name === 'firefox' ? firefoxPath() : chromiumPath();
}

/**
 * @param {'chromium' | 'firefox'} name
 * @param {Parameters<typeof launchFirefox>[0]} [options]
 */
export async function launchBrowser(name, options) {
  return name === 'firefox' ? launchFirefox(options) : launchExtension(options);
}
