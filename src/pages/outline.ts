/**
 * A page's structure with nothing of its content, for a "could not read this page" report: tag names, class names
 * and the `data-test`/`data-qa`/`data-testid` values, nested by indentation; no text, no other attribute value.
 * Two markers say what JSS Guard looks for without copying it: `[job-link]` on a link to a job, `[job-uid]` on an
 * element with a job uid. `skeleton` builds the outline back into elements, so today's selectors can be tried on
 * a user's page (`npm run --silent parse -- --outline <report>`).
 */
import { jobIdOfLink, SELECTORS as TILE } from './tiles';

const KEPT_ATTRIBUTES = ['data-test', 'data-qa', 'data-testid'] as const;
const MARKERS = { 'job-link': 'job-link', 'job-uid': 'job-uid' } as const;
/** What a report carries at most: a 500-tile list collapses to a few hundred lines. */
export const MAX_OUTLINE_LINES = 5000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META']);
/** Kept, but not their insides: an icon's paths say nothing about a layout. */
const LEAVES = new Set(['svg', 'math', 'iframe']);

const safe = (value: string, max: number) => value.replace(/["\\\n\r\t]/g, ' ').slice(0, max);

function describe(el: Element): string {
  const tag = el.localName;
  const classes = [...el.classList]
    .slice(0, 8)
    .map((c) => `.${safe(c, 60).replace(/[.[\s]/g, '_')}`)
    .join('');
  const attributes = KEPT_ATTRIBUTES.flatMap((name) => {
    const value = el.getAttribute(name);
    return value === null ? [] : [`[${name}="${safe(value, 80)}"]`];
  });
  if (tag === 'a' && jobIdOfLink(el)) attributes.push(`[${MARKERS['job-link']}]`);
  if (el.matches(TILE.uid)) attributes.push(`[${MARKERS['job-uid']}]`);
  return `${tag}${classes}${attributes.join('')}`;
}

/** An element's outline lines, indented from `depth`; runs of identical siblings shown once, "×N". */
function linesOf(el: Element, depth: number, budget: { left: number }): string[] {
  budget.left--;
  const lines = [`${'  '.repeat(depth)}${describe(el)}`];
  if (LEAVES.has(el.localName)) return lines;
  let previous: string[] | null = null;
  let repeats = 1;
  const flush = () => {
    if (!previous) return;
    if (repeats > 1) previous[0] = `${previous[0]} ×${repeats}`;
    lines.push(...previous);
  };
  for (const child of el.children) {
    if (budget.left <= 0) break;
    if (SKIPPED.has(child.tagName) || child.hasAttribute('data-jss-guard')) continue;
    const childLines = linesOf(child, depth + 1, budget);
    if (previous && previous.join('\n') === childLines.join('\n')) {
      repeats++;
      continue;
    }
    flush();
    previous = childLines;
    repeats = 1;
  }
  flush();
  return lines;
}

/** The outline of `root` (a page's body), at most about `maxLines` lines. */
export function pageOutline(root: Element, maxLines = MAX_OUTLINE_LINES): string {
  const budget = { left: maxLines };
  const lines = linesOf(root, 0, budget);
  if (budget.left <= 0) lines.push(`… (cut at ${maxLines} elements)`);
  return lines.join('\n');
}

const LINE = /^( *)([a-z][a-z0-9-]*)((?:\.[^.[\s]+)*)((?:\[[a-z-]+(?:="[^"]*")?\])*)(?: ×(\d+))?$/;
const ATTRIBUTE = /\[([a-z-]+)(?:="([^"]*)")?\]/g;

interface OutlineNode {
  tag: string;
  classes: string[];
  attributes: [string, string][];
  times: number;
  children: OutlineNode[];
}

function parseOutline(outline: string): OutlineNode[] {
  const top: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  for (const line of outline.split('\n')) {
    const match = LINE.exec(line);
    if (!match) continue;
    const [, indent = '', tag = 'div', classes = '', attributes = '', times = '1'] = match;
    const depth = Math.floor(indent.length / 2);
    const node: OutlineNode = {
      tag,
      classes: classes.split('.').filter(Boolean),
      attributes: [...attributes.matchAll(ATTRIBUTE)].map(([, name = '', value = '']) => [name, value]),
      times: Math.min(Number(times), 1000),
      children: [],
    };
    (open[depth - 1]?.children ?? top).push(node);
    open[depth] = node;
    open.length = depth + 1;
  }
  return top;
}

/**
 * Elements built from an outline, under `doc.body`. A `[job-link]` becomes a link to a made-up job id and a
 * `[job-uid]` a made-up uid, so the tile finder sees what it saw on the user's page. Lines it cannot read are skipped.
 */
export function skeleton(outline: string, doc: Document): Element {
  let jobs = 0;
  const fakeUid = () => `1${String(++jobs).padStart(18, '0')}`;
  // A link inside an element with a uid is to the same job, as on Upwork's tiles.
  const build = (node: OutlineNode, parent: Element, uid: string | null): void => {
    for (let i = 0; i < node.times; i++) {
      const el = doc.createElement(node.tag);
      let ownUid = uid;
      for (const name of node.classes) el.classList.add(name);
      for (const [name, value] of node.attributes) {
        if (name === MARKERS['job-uid']) {
          ownUid = fakeUid();
          el.setAttribute('data-ev-job-uid', ownUid);
        } else if (name === MARKERS['job-link']) el.setAttribute('href', `/jobs/~02${uid ?? fakeUid()}/`);
        else el.setAttribute(name, value);
      }
      for (const child of node.children) build(child, el, ownUid);
      parent.append(el);
    }
  };
  const root = doc.createElement('div');
  for (const node of parseOutline(outline)) build(node, root, null);
  doc.body.append(root);
  return root;
}
