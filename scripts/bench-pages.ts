// The bench's pages at real weight (issue #14, item 7): tile lists built at bench time by repeating a real feed tile
// (about 200 elements each), and the slider URL as the browser has it: the real feed with the real slider over it.
// Where ../shared/upwork-pages is absent, our own fixtures stand in, and the bench says so.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { ROOT } from './browser.mjs';
import { FIXTURES_DIR } from './demo-pages.mjs';

const SHARED = join(ROOT, '..', 'shared', 'upwork-pages');
export const hasRealPages = existsSync(join(SHARED, 'find-work-most-recent.html'));
const read = (file: string) => readFileSync(file, 'utf8');

/** The first tile of the real feed, and the uid it carries (its job link holds the same digits). */
function realTile(): { html: string; uid: string } {
  if (!hasRealPages) {
    const demo = read(join(FIXTURES_DIR, 'pages', 'search-tiles.html'));
    const tile = new JSDOM(demo).window.document.querySelector('article');
    return { html: tile?.outerHTML ?? '', uid: tile?.getAttribute('data-ev-job-uid') ?? '' };
  }
  const doc = new JSDOM(read(join(SHARED, 'find-work-most-recent.html'))).window.document;
  const tile = doc.querySelector('section[data-ev-sublocation="job_feed_tile"]');
  return { html: tile?.outerHTML ?? '', uid: tile?.getAttribute('data-ev-opening_uid') ?? '' };
}

const TILE = realTile();
/** Elements in one tile, for the bench's note on weight. */
export const tileElements = new JSDOM(TILE.html).window.document.body.querySelectorAll('*').length;

/** A list of `n` copies of the real tile, each its own job (19-digit uids as text: a number that large is inexact). */
export function tileListPage(n: number): string {
  const tiles = Array.from({ length: n }, (_, i) =>
    TILE.html.replaceAll(TILE.uid, `1990000000000${String(100_000 + i)}`),
  ).join('');
  return `<!doctype html><html><body><main><div data-test="job-tile-list">${tiles}</div></main></body></html>`;
}

/** The slider URL's page: the feed in <main>, the slider outside it, as Upwork renders it. */
export function sliderPage(): string {
  const slider = hasRealPages
    ? read(join(SHARED, 'job-slider-most-recent.html'))
    : read(join(FIXTURES_DIR, 'demo', 'job-risky-client.html'));
  const feed = hasRealPages ? read(join(SHARED, 'find-work-most-recent.html')) : '';
  return `<!doctype html><html><body><main>${feed}</main><div class="air3-slider air3-slider-job-details">${slider}</div></body></html>`;
}

/**
 * An extension whose content script does nothing, on the same pages at the same moment as JSS Guard's: the floor any
 * extension pays (loading a content script at all), against which `pageLoadVsNoopRatio` measures ours. Given
 * `script`, it is that script's, which must do nothing either.
 */
export function noopExtension(script = '// Does nothing.\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'jss-guard-noop-'));
  const manifest = {
    manifest_version: 3,
    name: 'No-op content script',
    version: '1.0',
    content_scripts: [
      { matches: ['https://www.upwork.com/*'], js: ['content.js'], run_at: 'document_start' },
    ],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'content.js'), script);
  return dir;
}

/**
 * JSS Guard's built content script inside a function never called: loaded and compiled as ours is (its first line,
 * Chromium's compile-at-load comment, stays first), but it reads nothing and shows nothing. What our code costs a
 * page before it does anything (`pageLoadBundleOnlyRatio`).
 */
export function bundleOnlyScript(contentScript: string): string {
  const newline = contentScript.indexOf('\n');
  const [banner, body] = [contentScript.slice(0, newline), contentScript.slice(newline + 1)];
  if (!banner.startsWith('//'))
    throw new Error('content.js no longer starts with its compile-at-load comment');
  return `${banner}\nfunction neverCalled() {\n${body}\n}\n`;
}
