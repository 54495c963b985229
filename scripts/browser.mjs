// Launches Debian's Chromium with the built extension loaded, Upwork URLs answered from local files and every
// other request refused: the demo, the end-to-end tests and the bench share it (../shared/browser-testing.md).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { demoBody } from './demo-pages.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_DIST = join(ROOT, 'dist', 'chrome');

/** The Chromium to drive: $CHROME_PATH, else Debian's /usr/bin/chromium. Throws saying how to get one. */
export function chromiumPath() {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (existsSync(path)) return path;
  throw new Error(
    `No Chromium at ${path}. The browser tests need one: run "sudo apt-get install -y chromium" (Debian/Ubuntu), ` +
      'or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

/**
 * @param {{ headless?: boolean, pages?: (url: string) => string | null, extension?: boolean | string,
 *   viewport?: { width: number, height: number } }} [options]
 *   `pages` answers Upwork URLs (default: the demo pages); `extension: false` launches without JSS Guard, a folder
 *   path launches with that unpacked extension instead (the bench's no-op one).
 */
export async function launchExtension({
  headless = true,
  pages = demoBody,
  extension = true,
  viewport,
} = {}) {
  const extensionDir = typeof extension === 'string' ? extension : CHROME_DIST;
  if (extension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error('dist/chrome is missing: run "npm run build" first.');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'jss-guard-chromium-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (extension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath(),
    headless,
    args,
    viewport: viewport ?? { width: 1280, height: 900 },
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
  // Only JSS Guard has a service worker to wait for.
  if (extension === true) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    worker,
    extensionId,
    popupUrl: extensionId && `chrome-extension://${extensionId}/popup.html`,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
