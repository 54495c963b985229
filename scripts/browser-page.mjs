// One tab, driven the same way in Chromium (playwright-core) and Firefox (puppeteer-core): what the demo, the
// screenshots and the end-to-end tests do with a page goes through here, so one test source runs in both browsers.
// Its elements are found through locator.mjs.
import { Locator } from './locator.mjs';

export { descendantParts, Locator } from './locator.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A tab of either browser. `raw` is the driver's own page, for what only one browser does. */
export class BrowserPage {
  /**
   * @param {import('playwright-core').Page | import('puppeteer-core').Page} raw
   * @param {{ goto: (url: string) => Promise<unknown>, reload: () => Promise<unknown>, setViewport: (size: { width: number, height: number })
   *   => Promise<unknown>, addInitScript: (fn: any, arg: unknown) => Promise<unknown> }} driver how this browser
   *   navigates, resizes and runs a script in each new document
   */
  constructor(raw, driver) {
    this.raw = raw;
    this.driver = driver;
    /** Messages of the alert, confirm and prompt dialogs the page opened (each dismissed). */
    this.dialogs = [];
    raw.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
  }

  url() {
    return this.raw.url();
  }

  /** Opens `url` and waits for it to load (upwork.com URLs are answered from files). */
  goto(url) {
    return this.driver.goto(url);
  }

  /**
   * Runs `fn(arg)` in every document this tab loads from now on, before the page's own scripts (upwork.com pages;
   * Firefox runs none in the extension's own pages).
   * @param {(arg: any) => unknown} fn `any`: what the caller passes as `arg`
   * @param {unknown} [arg]
   */
  async addInitScript(fn, arg) {
    await this.driver.addInitScript(fn, arg);
  }

  /** Loads the page again and waits for it. */
  async reload() {
    await this.driver.reload();
  }

  /**
   * Runs `fn(arg)` in the page (`fn` self-contained, `arg` JSON), or a string of script; returns its value.
   * @template T
   * @param {string | ((arg: any) => T | Promise<T>)} fn `any`: what the caller passes as `arg`
   * @param {unknown} [arg]
   * @returns {Promise<T>}
   */
  evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }

  /** @param {string} selector @param {{ hasText?: string, has?: string }} [filter] */
  locator(selector, filter) {
    return new Locator(this, []).locator(selector, filter);
  }

  /**
   * Waits until `fn(arg)` (or a string of script) is truthy in the page, polling.
   * @param {string | ((arg: any) => unknown)} fn `any`: what the caller passes as `arg`
   * @param {{ arg?: unknown, timeout?: number }} [options]
   */
  async waitForFunction(fn, { arg, timeout = 10_000 } = {}) {
    const script = typeof fn === 'string' ? fn : `(${fn})(${JSON.stringify(arg ?? null)})`;
    const until = Date.now() + timeout;
    let last;
    for (;;) {
      try {
        if (await this.raw.evaluate(script)) return;
      } catch (error) {
        last = error; // a page between two documents answers nothing; ask again
      }
      if (Date.now() > until)
        throw new Error(`timed out after ${timeout} ms waiting for ${script.slice(0, 200)}`, { cause: last });
      await sleep(50);
    }
  }

  waitForTimeout(ms) {
    return sleep(ms);
  }

  /** @param {{ width: number, height: number }} size */
  setViewportSize(size) {
    return this.driver.setViewport(size);
  }

  /** @param {string} key e.g. 'Tab' */
  press(key) {
    return this.raw.keyboard.press(key);
  }

  /** @param {{ path: string, fullPage?: boolean, clip?: { x: number, y: number, width: number, height: number } }} options */
  screenshot(options) {
    return this.raw.screenshot(options);
  }

  /**
   * Grows the window to the whole page, then shoots it: rows are laid out only near the view (content-visibility),
   * and Firefox paints rows below the window blank in a full-page shot.
   * @param {string} path @param {number} width
   */
  async screenshotWhole(path, width) {
    let height = 0;
    for (let i = 0; i < 10; i++) {
      const next = await this.raw.evaluate(() => document.documentElement.scrollHeight);
      if (next === height) break;
      height = next;
      await this.setViewportSize({ width, height });
      await sleep(100);
    }
    // Rows laid out once keep their size (contain-intrinsic-size: auto): measured in a short window, the page is as
    // tall as its content, with no blank left from the estimates.
    await this.setViewportSize({ width, height: 100 });
    await sleep(100);
    height = await this.raw.evaluate(() => document.documentElement.scrollHeight);
    await this.setViewportSize({ width, height });
    await sleep(100);
    await this.raw.screenshot({ path });
  }

  close() {
    return this.raw.close();
  }
}
