// One tab, driven the same way in Chromium (playwright-core) and Firefox (puppeteer-core): what the demo, the
// screenshots and the end-to-end tests do with a page goes through here, so one test source runs in both browsers.
// Elements are found by CSS selectors that pierce open shadow roots (every hint lives in one), step by step as in
// Playwright's locators; the search runs in the page, so both browsers answer it alike.

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs in the page: the elements a chain of steps finds. A step is `{ selector, hasText?, has? }` (every match in the
 * previous step's elements, their shadow roots included) or `{ nth }` (one of them; -1 is the last).
 * Self-contained: it is sent to the page as source.
 */
function findAll(steps) {
  const within = (root, selector) => {
    const found = [];
    const visit = (node) => {
      found.push(...node.querySelectorAll(selector));
      for (const el of node.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(root);
    if (root.shadowRoot) visit(root.shadowRoot);
    return found;
  };
  const text = (el) => (el.textContent ?? '').replace(/\s+/g, ' ');
  let current = [document];
  for (const step of steps) {
    if (step.nth !== undefined) {
      const el = current.at(step.nth);
      current = el ? [el] : [];
      continue;
    }
    const next = new Set();
    for (const root of current) for (const el of within(root, step.selector)) next.add(el);
    current = [...next].filter(
      (el) =>
        (step.hasText === undefined || text(el).includes(step.hasText)) &&
        (step.has === undefined || within(el, step.has).length > 0),
    );
  }
  return current;
}

/**
 * Splits a selector at its descendant combinators ("a b c" → a, b, c), so each part is looked for inside the last
 * part's shadow roots too, as Playwright's selectors pierce them. Kept whole: selector lists, and spaces around the
 * other combinators.
 */
export function descendantParts(selector) {
  const parts = [];
  let depth = 0;
  let quote = null;
  let current = '';
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (quote) {
      if (c === quote && selector[i - 1] !== '\\') quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && c === ',') return [selector.trim()];
    else if (depth === 0 && /\s/.test(c)) {
      const before = current.trimEnd().at(-1);
      const after = selector.slice(i).trimStart()[0];
      if (current.trim() && after && !'>+~'.includes(before) && !'>+~'.includes(after)) {
        parts.push(current.trim());
        current = '';
        continue;
      }
    }
    current += c;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Elements of a page found by a chain of selectors; asked again on every call, never stale. */
export class Locator {
  /** @param {BrowserPage} page @param {object[]} steps */
  constructor(page, steps) {
    this.page = page;
    this.steps = steps;
  }

  /**
   * Matches of `selector` inside these elements (and their shadow roots).
   * @param {string} selector @param {{ hasText?: string, has?: string }} [filter] text the match contains, or a
   *   selector something inside it matches
   */
  locator(selector, filter = {}) {
    const parts = descendantParts(selector);
    const last = parts.pop() ?? selector;
    const steps = [...parts.map((part) => ({ selector: part })), { selector: last, ...filter }];
    return new Locator(this.page, [...this.steps, ...steps]);
  }

  nth(index) {
    return new Locator(this.page, [...this.steps, { nth: index }]);
  }

  first() {
    return this.nth(0);
  }

  /**
   * Calls `fn(elements, arg)` in the page with the matches; `fn` must be self-contained, `arg` JSON.
   * @template T
   * @param {(elements: HTMLElement[], arg: any) => T | Promise<T>} fn `any`: what the caller passes as `arg`
   * @param {unknown} [arg]
   * @returns {Promise<T>}
   */
  evaluateAll(fn, arg) {
    return this.page.evaluate(
      `(${fn})((${findAll})(${JSON.stringify(this.steps)}), ${JSON.stringify(arg ?? null)})`,
    );
  }

  /** @returns {Promise<number>} */
  count() {
    return this.evaluateAll((els) => els.length);
  }

  /** The first match's text, or null when nothing matches. @returns {Promise<string | null>} */
  textContent() {
    return this.evaluateAll((els) => (els[0] ? els[0].textContent : null));
  }

  /** @returns {Promise<string[]>} */
  allTextContents() {
    return this.evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  }

  /** The first match's value (an input, a textarea or a select), or null. @returns {Promise<string | null>} */
  inputValue() {
    return this.evaluateAll((els) => (els[0] && 'value' in els[0] ? String(els[0].value) : null));
  }

  /** @param {string} name @returns {Promise<string | null>} */
  getAttribute(name) {
    return this.evaluateAll((els, n) => (els[0] ? els[0].getAttribute(n) : null), name);
  }

  /** @returns {Promise<boolean>} */
  isVisible() {
    return this.evaluateAll((els) => {
      const el = els[0];
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.height > 0 &&
        el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
      );
    });
  }

  async focus() {
    const focused = await this.evaluateAll((els) => {
      els[0]?.focus();
      return !!els[0];
    });
    if (!focused) throw new Error(`nothing to focus: ${this}`);
  }

  /**
   * A real mouse click in the middle of the first match, scrolled into view once it stays put (rows laid out only
   * near the view, `content-visibility: auto`, move what follows them as they come into view) and nothing covers it.
   */
  async click() {
    await this.waitFor();
    const point = await this.evaluateAll(async (els) => {
      const el = els[0];
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      // Rows coming into view are laid out a frame or two later: the spot must hold for several frames.
      let last = '';
      let still = 0;
      for (let i = 0; i < 100; i++) {
        el.scrollIntoView({ block: 'center' });
        await frame();
        const { x, y, width, height } = el.getBoundingClientRect();
        const here = { x: x + width / 2, y: y + height / 2 };
        const key = `${here.x},${here.y}`;
        still = key === last ? still + 1 : 0;
        last = key;
        // What a click there reaches, inside shadow roots too (the document sees only their hosts).
        let hit = document.elementFromPoint(here.x, here.y);
        while (hit?.shadowRoot) {
          const inner = hit.shadowRoot.elementFromPoint(here.x, here.y);
          if (!inner || inner === hit) break;
          hit = inner;
        }
        if (still >= 4 && hit && (el === hit || el.contains(hit))) return here;
      }
      return null;
    });
    if (!point) throw new Error(`${this} did not come to rest uncovered in the view`);
    await this.page.raw.mouse.click(point.x, point.y);
  }

  /**
   * Replaces the first match's value (an input, a textarea or a select) as typing does: `input` and `change` fire.
   * @param {string} value
   */
  async fill(value) {
    await this.waitFor();
    await this.evaluateAll((els, v) => {
      const el = els[0];
      el.focus();
      // The prototype's setter: frameworks watch the element's own `value` property.
      const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value')?.set;
      if (setter) setter.call(el, v);
      else el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
    }, value);
  }

  /**
   * Gives the first match (a file input) these files, as a user picking them does: its `change` event fires.
   * @param {{ name: string, type?: string, text: string }[]} files
   */
  async setInputFiles(files) {
    await this.waitFor();
    await this.evaluateAll((els, list) => {
      const transfer = new DataTransfer();
      for (const f of list) transfer.items.add(new File([f.text], f.name, { type: f.type ?? '' }));
      els[0].files = transfer.files;
      els[0].dispatchEvent(new Event('input', { bubbles: true }));
      els[0].dispatchEvent(new Event('change', { bubbles: true }));
    }, files);
  }

  /** Waits until something matches. */
  async waitFor({ timeout = 10_000 } = {}) {
    await this.page
      .waitForFunction(`(${findAll})(${JSON.stringify(this.steps)}).length > 0`, { timeout })
      .catch((error) => {
        throw new Error(`nothing matched ${this} within ${timeout} ms`, { cause: error });
      });
  }

  toString() {
    const step = (s) =>
      s.nth !== undefined
        ? `[${s.nth}]`
        : `${s.selector}${s.hasText !== undefined ? ` (with text "${s.hasText}")` : ''}${s.has ? ` (having ${s.has})` : ''}`;
    return this.steps.map(step).join(' >> ');
  }
}

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
