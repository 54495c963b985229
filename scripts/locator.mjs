// Elements of a tab found the same way in Chromium and Firefox: CSS selectors that pierce open shadow roots (every
// hint lives in one), step by step as in Playwright's locators; the search runs in the page, so both browsers answer
// it alike. Used by browser-page.mjs.

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
