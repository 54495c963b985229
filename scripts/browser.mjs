// Launches Debian's Chromium with the built extension loaded, Upwork URLs answered from local files and every
// other request refused: the demo, the end-to-end tests and the bench share it (../shared/browser-testing.md).
// Its Firefox counterpart is firefox.mjs; both give the tests the same interface (launch.mjs).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BrowserPage } from './browser-page.mjs';
import { demoBody } from './demo-pages.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_DIST = join(ROOT, 'dist', 'chrome');

/** A browser binary: $`variable`, else Debian's `path`. Throws saying how to get one. */
export function browserBinary({ title, variable, path: debianPath, debianPackage, binaries }) {
  const path = process.env[variable] || debianPath;
  if (existsSync(path)) return path;
  throw new Error(
    `No ${title} at ${path}. The browser tests need one: run "sudo apt-get install -y ${debianPackage}" ` +
      `(Debian/Ubuntu), or set ${variable} to ${binaries}.`,
  );
}

/** The Chromium to drive: $CHROME_PATH, else Debian's /usr/bin/chromium. Throws saying how to get one. */
export const chromiumPath = () =>
  browserBinary({
    title: 'Chromium',
    variable: 'CHROME_PATH',
    path: '/usr/bin/chromium',
    debianPackage: 'chromium',
    binaries: 'a Chromium or Chrome binary',
  });

/**
 * Errors of the extension's own scripts, read from Chromium's log: uncaught errors and rejections anywhere in the
 * extension, and anything the service worker writes to its console (it writes only when something went wrong).
 * Playwright reports neither for a service worker.
 */
function extensionErrors(logFile, origin) {
  let read = 0;
  return () => {
    if (!origin || !existsSync(logFile)) return [];
    const text = readFileSync(logFile, 'utf8');
    const fresh = text.slice(read);
    read = text.length;
    return fresh
      .split('\n')
      .filter(
        (line) =>
          line.includes(':CONSOLE') &&
          // Chromium's own word when a worker is stopped while its script loads (a test stopping it), not ours.
          !line.includes('"Failed to load the script unexpectedly"') &&
          (line.includes(`source: ${origin}background.js`) ||
            (line.includes('"Uncaught') && line.includes(`source: ${origin}`))),
      )
      .map((line) => line.replace(/^\[[^\]]*\] /, ''));
  };
}

/**
 * @param {{ headless?: boolean, pages?: (url: string) => string | null, extension?: boolean | string,
 *   viewport?: { width: number, height: number }, colorScheme?: 'light' | 'dark', clipboardRead?: boolean }}
 *   [options]
 *   `pages` answers Upwork URLs (default: the demo pages); `extension: false` launches without JSS Guard, a folder
 *   path launches with that unpacked extension instead (the bench's no-op one); `clipboardRead` lets upwork.com
 *   pages read the clipboard without asking.
 */
export async function launchExtension({
  headless = true,
  pages = demoBody,
  extension = true,
  viewport,
  colorScheme = 'light',
  clipboardRead = false,
} = {}) {
  const extensionDir = typeof extension === 'string' ? extension : CHROME_DIST;
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error('dist/chrome is missing: run "npm run build" first.');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'jss-guard-chromium-'));
  const logFile = join(userDataDir, 'chrome_debug.log');
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--enable-logging',
    `--log-file=${logFile}`,
  ];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args,
    viewport: viewport ?? { width: 1280, height: 900 },
    colorScheme,
  });
  // Upwork pages may read back what they copied (the page itself is the demo's, never the real site).
  if (clipboardRead)
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: 'https://www.upwork.com',
    });
  await context.route(/^https?:\/\//, (route) => {
    const url = route.request().url();
    const body = new URL(url).hostname === 'www.upwork.com' ? pages(url) : null;
    if (body === null)
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not part of the demo.' });
    // A CSV is a download, as Upwork's earnings report export is.
    const csv = url.split('?')[0].endsWith('.csv');
    if (csv) {
      const name = new URL(url).pathname.split('/').pop();
      const headers = { 'content-disposition': `attachment; filename="${name}"` };
      return route.fulfill({ contentType: 'text/csv; charset=utf-8', headers, body });
    }
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body });
  });
  let worker = null;
  let extensionId = null;
  // An extension without a background (the bench's no-op one) never starts a worker: waiting for one would hang.
  const hasWorker =
    extension && JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')).background;
  if (hasWorker) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  const origin = extensionId && `chrome-extension://${extensionId}/`;
  /** The running service worker (a stopped one is started again by whatever wakes it). */
  const currentWorker = async () =>
    context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker', { timeout: 10_000 }));
  const wrap = (page) =>
    new BrowserPage(page, {
      goto: (url) => page.goto(url),
      reload: () => page.reload(),
      setViewport: (size) => page.setViewportSize(size),
      addInitScript: (fn, arg) => page.addInitScript(fn, arg),
    });
  const takeErrors = extensionErrors(logFile, origin);
  /** A DevTools session on a tab of its own, made on the first `stopBackground()`. */
  let stopper = null;
  return {
    name: 'chromium',
    version: context.browser()?.version() ?? '',
    context,
    /** The service worker as launched; `storage` follows it across restarts. */
    worker,
    extensionId,
    popupUrl: origin && `${origin}popup.html`,
    /** @param {string} path e.g. 'popup.html' */
    extensionUrl: (path) => `${origin}${path}`,
    /** A new tab. */
    newPage: async () => wrap(await context.newPage()),
    /** Wraps a tab the driver opened (e.g. by a click). */
    wrap,
    /** The extension's storage.local, read and written through its service worker. */
    storage: {
      get: async (keys) => (await currentWorker()).evaluate((k) => chrome.storage.local.get(k), keys ?? null),
      set: async (items) => (await currentWorker()).evaluate((i) => chrome.storage.local.set(i), items),
      clear: async () => (await currentWorker()).evaluate(() => chrome.storage.local.clear()),
      remove: async (keys) => (await currentWorker()).evaluate((k) => chrome.storage.local.remove(k), keys),
    },
    /**
     * Runs `fn(arg)` where the extension's APIs are (`chrome.*`): its service worker here, an extension page in
     * Firefox. For what `storage` and `tabId` do not cover, e.g. `chrome.action.getBadgeText({})`.
     */
    inExtension: async (fn, arg) => (await currentWorker()).evaluate(fn, arg),
    /** The id of the tab showing `url` (for the popup's `?tab=`), as the extension sees it. */
    tabId: async (url) =>
      (await currentWorker()).evaluate(
        async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id,
        url,
      ),
    /** Stops the service worker, as Chromium does after 30 s idle or under memory pressure. */
    async stopBackground() {
      stopper ??= context.newPage().then(async (page) => {
        const cdp = await context.newCDPSession(page);
        await cdp.send('ServiceWorker.enable');
        return cdp;
      });
      await (await stopper).send('ServiceWorker.stopAllWorkers');
    },
    /** The extension's errors since the last call. */
    takeBackgroundErrors: takeErrors,
    /** Settles when the browser is gone (e.g. its window closed by the user). */
    closed: new Promise((resolve) => context.on('close', () => resolve(undefined))),
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
