// Launches Debian's Firefox ESR with the built extension installed as a temporary add-on, Upwork URLs answered from
// local files and every other request refused: the Firefox counterpart of browser.mjs, with the same interface for
// the demo and the tests. Driven by puppeteer-core over WebDriver BiDi (../shared/browser-testing.md, "Firefox end
// to end", has the recipe and its traps).
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { browserBinary, ROOT } from './browser.mjs';
import { BrowserPage } from './browser-page.mjs';
import { demoBody } from './demo-pages.mjs';
import { TARGETS } from './manifest.mjs';

export const FIREFOX_DIST = join(ROOT, 'dist', 'firefox');
const GECKO_ID = TARGETS.firefox({}).browser_specific_settings.gecko.id;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Firefox to drive: $FIREFOX_PATH, else Debian's /usr/bin/firefox-esr. Throws saying how to get one. */
export const firefoxPath = () =>
  browserBinary({
    title: 'Firefox',
    variable: 'FIREFOX_PATH',
    path: '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
    binaries: 'a Firefox binary',
  });

const baseOptions = (headless) => ({
  browser: 'firefox',
  executablePath: firefoxPath(),
  headless,
  // Lets a tab open moz-extension:// pages (the popup, the options page).
  args: ['--remote-allow-system-access'],
});

/**
 * A profile Firefox has already started once, made on first use and copied for each launch: a fresh profile costs
 * about a second of first-run work on every start.
 */
async function preparedProfile() {
  // One per Firefox build: a profile a newer Firefox has opened may refuse an older one.
  const build = Math.round(statSync(firefoxPath()).mtimeMs).toString(36);
  const dir = join(ROOT, 'node_modules', '.cache', 'jss-guard', `firefox-profile-${build}`);
  if (existsSync(dir)) return dir;
  mkdirSync(join(dir, '..'), { recursive: true });
  const making = mkdtempSync(`${dir}-`);
  const browser = await puppeteer.launch({ ...baseOptions(true), userDataDir: making });
  await browser.close();
  if (!existsSync(dir)) renameSync(making, dir);
  else rmSync(making, { recursive: true, force: true });
  return dir;
}

/**
 * @param {{ headless?: boolean, pages?: (url: string) => string | null, extension?: boolean,
 *   viewport?: { width: number, height: number }, colorScheme?: 'light' | 'dark', backgroundIdleMs?: number,
 *   clipboardRead?: boolean }}
 *   [options] as browser.mjs's; `backgroundIdleMs` lets the event page idle out that soon (Firefox's default is
 *   30 s), for `stopBackground()`.
 */
export async function launchFirefox({
  headless = true,
  pages = demoBody,
  extension = true,
  viewport,
  colorScheme = 'light',
  backgroundIdleMs,
  clipboardRead = false,
} = {}) {
  if (extension && !existsSync(join(FIREFOX_DIST, 'manifest.json'))) {
    throw new Error('dist/firefox is missing: run "npm run build" first.');
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'jss-guard-firefox-'));
  cpSync(await preparedProfile(), userDataDir, { recursive: true });
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    ...baseOptions(headless),
    userDataDir,
    defaultViewport: viewport ?? { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // The extension's address is pinned, so the popup is at a known URL.
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      ...(backgroundIdleMs ? { 'extensions.background.idle.timeout': backgroundIdleMs } : {}),
      // Firefox's own switch for tests: navigator.clipboard.readText() without the paste prompt.
      ...(clipboardRead ? { 'dom.events.testing.asyncClipboard': true } : {}),
    },
  });
  // Errors in the extension's own scripts reach only Firefox's output, as lines naming their moz-extension:// URL.
  const origin = `moz-extension://${uuid}/`;
  let errors = [];
  const collect = (data) => {
    for (const line of String(data).split('\n'))
      if (line.includes('JavaScript error:') && line.includes(origin)) errors.push(line.trim());
  };
  browser.process()?.stdout?.on('data', collect);
  browser.process()?.stderr?.on('data', collect);
  if (extension) await browser.installExtension(FIREFOX_DIST);

  /** Waits until the tab shows `url` loaded: Puppeteer never hears of a navigation to moz-extension:// (a BiDi bug). */
  async function openExtensionUrl(page, url) {
    page.goto(url).catch(() => {});
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      const loaded = await page
        .evaluate((u) => location.href === u && document.readyState === 'complete', url)
        .catch(() => false);
      if (loaded) return;
      await sleep(25);
    }
    throw new Error(`Firefox did not open ${url}`);
  }
  /** Reloads an extension page: as with opening one, Puppeteer never hears of it, so a mark left in it must go. */
  async function reloadExtensionPage(page) {
    await page.evaluate(() => {
      window.jssGuardBeforeReload = true;
    });
    page.evaluate(() => location.reload()).catch(() => {});
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      const reloaded = await page
        .evaluate(() => !window.jssGuardBeforeReload && document.readyState === 'complete')
        .catch(() => false);
      if (reloaded) return;
      await sleep(25);
    }
    throw new Error('Firefox did not reload the page');
  }
  const wrap = (page) =>
    new BrowserPage(page, {
      goto: (url) => (url.startsWith(origin) ? openExtensionUrl(page, url) : page.goto(url)),
      // Puppeteer's page.url() still says about:blank on an extension page: ask the page.
      reload: async () =>
        (await page.evaluate(() => location.href)).startsWith(origin)
          ? reloadExtensionPage(page)
          : page.reload(),
      setViewport: (size) => page.setViewport(size),
      // Web pages only: Firefox runs no preload script in moz-extension:// pages.
      addInitScript: (fn, arg) => page.evaluateOnNewDocument(fn, arg),
    });
  // Interception is per tab in Puppeteer (Playwright's is per context): each tab is set up once, also those the
  // user opens in a visible window.
  const served = new WeakSet();
  async function serve(page) {
    if (served.has(page)) return;
    served.add(page);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (!/^https?:/.test(url)) return request.continue();
      const body = new URL(url).hostname === 'www.upwork.com' ? pages(url) : null;
      if (body === null)
        return request.respond({ status: 404, contentType: 'text/plain', body: 'Not part of the demo.' });
      // A CSV is a download, as Upwork's earnings report export is.
      const { pathname } = new URL(url);
      if (pathname.endsWith('.csv'))
        return request.respond({
          status: 200,
          contentType: 'text/csv; charset=utf-8',
          headers: { 'content-disposition': `attachment; filename="${pathname.split('/').pop()}"` },
          body,
        });
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    });
  }
  browser.on('targetcreated', async (target) => {
    const page = target.type() === 'page' ? await target.page().catch(() => null) : null;
    if (page && !headless) await serve(page).catch(() => {});
  });
  async function newPage() {
    const page = await browser.newPage();
    await serve(page);
    return wrap(page);
  }
  // An extension page that runs none of our code (an icon) gives storage access without waking the background.
  let storageTab;
  const inExtension = async (fn, arg) => {
    if (!storageTab) {
      storageTab = await browser.newPage();
      await openExtensionUrl(storageTab, `${origin}icons/16.png`);
    }
    return storageTab.evaluate(fn, arg);
  };
  return {
    name: 'firefox',
    version: (await browser.version()).replace(/^firefox\//, ''),
    browser,
    extensionId: extension ? uuid : null,
    popupUrl: extension ? `${origin}popup.html` : null,
    extensionUrl: (path) => `${origin}${path}`,
    newPage,
    wrap,
    storage: {
      get: (keys) => inExtension((k) => browser.storage.local.get(k), keys ?? null),
      // As JSON: BiDi sends only plain objects, and storage keeps only what JSON can say (no null prototypes).
      set: (items) => inExtension((i) => browser.storage.local.set(i), JSON.parse(JSON.stringify(items))),
      clear: () => inExtension(() => browser.storage.local.clear()),
      remove: (keys) => inExtension((k) => browser.storage.local.remove(k), keys),
    },
    inExtension,
    tabId: (url) =>
      inExtension(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url),
    /** Waits for the event page to idle out (Firefox's counterpart of a stopped service worker). */
    async stopBackground() {
      if (!backgroundIdleMs) throw new Error('launch with backgroundIdleMs to let the background idle out');
      const until = Date.now() + 10_000 + backgroundIdleMs;
      while (await inExtension(() => browser.extension.getBackgroundPage() !== null)) {
        if (Date.now() > until) throw new Error('the background page never idled out');
        await sleep(100);
      }
    },
    closed: new Promise((resolve) => browser.on('disconnected', () => resolve(undefined))),
    takeBackgroundErrors() {
      const taken = errors;
      errors = [];
      return taken;
    },
    async close() {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
