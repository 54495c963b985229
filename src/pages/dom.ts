/** Small DOM reading helpers shared by the page modules. They never throw on a missing node. */
import { clean } from './text';

export type Root = ParentNode;

export function first(root: Root, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** Page text longer than this is cut: the schema caps stored strings, and one long title must not void a page. */
export const MAX_TEXT = 500;

export function textOf(node: Node | null | undefined): string | null {
  const text = clean(node?.textContent);
  if (text === '') return null;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** The smallest element under `root` whose own text matches: a fallback when Upwork drops its attributes. */
export function byText(
  root: Root,
  pattern: RegExp,
  tags = 'li, div, span, p, strong, small, h1, h2, h3, h4, h5',
): Element | null {
  let best: Element | null = null;
  for (const el of root.querySelectorAll(tags)) {
    const text = el.textContent ?? '';
    if (text.length > 300 || !pattern.test(text)) continue;
    if (!best || best.contains(el)) best = el;
  }
  return best;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, which is not a global outside a browser window

/** The text of a node with its text nodes joined by spaces, so "Client" in one block and "Hourly" in the next stay apart. */
export function spacedText(node: Node): string {
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, SHOW_TEXT);
  const parts: string[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    const parent = text.parentElement?.tagName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') parts.push(text.nodeValue ?? '');
  }
  return clean(parts.join(' '));
}
