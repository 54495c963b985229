// @vitest-environment jsdom
/** "JSS Guard could not read this page": when it is said, what the page report holds, and what it leaves out. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/background/state';
import { emptyHistory } from '../../src/core/history/empty';
import { mergeObservation } from '../../src/core/history/merge';
import type { History } from '../../src/core/schema/history';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parsePage } from '../../src/pages';
import { selectorMatches, textAnchorMatches } from '../../src/pages/anchors';
import { pageOutline, skeleton } from '../../src/pages/outline';
import { jobTiles } from '../../src/pages/tiles';
import { PopupView } from '../../src/popup/popup-view';
import { documentFrom, fixture, ROOT } from '../helpers/dom';
import { NOW } from '../helpers/histories';
import { describeRealPages, realPage } from '../helpers/shared-pages';

const SEARCH = 'https://www.upwork.com/nx/search/jobs/?q=react';
/** Ten tiles whose client facts lost their words: links to jobs, nothing JSS Guard can read about the clients. */
const UNREADABLE = fixture('pages/search-unreadable.html');

/** The history after the content script reported `html` at `url`. */
function historyAfter(html: string, url: string): History {
  const result = parsePage(documentFrom(html, url), url, DEFAULT_SETTINGS);
  return mergeObservation(emptyHistory(), result, NOW);
}

function popupAt(history: History, url: string, requestReport?: () => Promise<string>): HTMLElement {
  const root = document.createElement('div');
  const state = stateOf(history, NOW, []);
  render(<PopupView state={state} now={NOW} activeUrl={url} requestPageReport={requestReport} />, root);
  return root;
}

describe('a page JSS Guard could not read', () => {
  it('is stored as such, with what it had: job links but no tile read', () => {
    const status = historyAfter(UNREADABLE, SEARCH).pages['job-list'];
    expect(status).toMatchObject({ failed: true, unread: '10 job links, 0 tiles read' });
    const readable = historyAfter(fixture('pages/search-tiles.html'), SEARCH).pages['job-list'];
    expect(readable).toMatchObject({ failed: false });
    expect(readable?.unread).toBeUndefined();
    const noBox = historyAfter(
      '<main><h1>A job</h1></main>',
      'https://www.upwork.com/jobs/~021990000000000000001',
    );
    expect(noBox.pages.job).toMatchObject({ failed: true, unread: 'no “About the client” box' });
  });

  it('is said in the popup’s This page, with a page report to copy, shown before it is pasted', async () => {
    const history = historyAfter(UNREADABLE, SEARCH);
    let asked = 0;
    const root = popupAt(history, SEARCH, async () => {
      asked++;
      return '{"jssGuardPageReport":1}';
    });
    const section = root.querySelector('.this-page');
    expect(section?.textContent).toContain('JSS Guard could not read this page: 10 job links, 0 tiles read.');
    const button = [...(section?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Copy page report',
    );
    button?.click();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(asked).toBe(1);
    expect(section?.querySelector('textarea')?.value).toBe('{"jssGuardPageReport":1}');
    // jsdom has no clipboard: the report stays there to copy by hand, and the popup says so.
    expect(section?.querySelector('[role="status"]')?.textContent).toContain('select the report below');
    // Another page of the same kind is not this one.
    expect(
      popupAt(history, 'https://www.upwork.com/nx/search/jobs/?q=vue').querySelector('.this-page'),
    ).toBeNull();
  });
});

describe('the page outline', () => {
  it('keeps tags, classes and the data-test/-qa/-testid values, marks job links, and has none of the text', () => {
    const doc = documentFrom(UNREADABLE, SEARCH);
    const outline = pageOutline(doc.body);
    expect(outline).toContain('main\n    div.results\n      div.card ×10\n        h2\n          a[job-link]');
    expect(outline).not.toMatch(/Acme|Job 0|★|~02|\/jobs\//);
    const html = fixture('pages/search-2024-multi-name-tiles.html');
    const tiles = pageOutline(documentFrom(html, SEARCH).body);
    expect(tiles).toContain('    article[data-test="JobTile JobTileFeature"][job-uid]\n');
    expect(tiles).toContain('li[data-test="feedback-rating UpCRating"]');
    expect(tiles).not.toMatch(/Germany|Vue to React|4\.9/);
  });

  it('builds back into a page where the tile finder finds as many tiles', () => {
    for (const html of [
      UNREADABLE,
      fixture('pages/search-2026-tiles.html'),
      fixture('pages/search-tiles.html'),
    ]) {
      const doc = documentFrom(html, SEARCH);
      const rebuilt = skeleton(pageOutline(doc.body), documentFrom('', SEARCH));
      expect(jobTiles(rebuilt)).toHaveLength(jobTiles(doc).length);
    }
  });

  it('counts the selectors and text anchors that matched', () => {
    const doc = documentFrom(
      fixture('pages/job-new-client.html'),
      'https://www.upwork.com/jobs/~021990000000000000051',
    );
    expect(selectorMatches(doc)).toMatchObject({ 'job-client.box[1]': 1, 'job-client.rating': 0 });
    expect(textAnchorMatches(doc.body)).toMatchObject({
      'About the client': 1,
      'N jobs posted': 1,
      'No feedback yet': 0,
    });
  });
});

describeRealPages('the outline of a real page', { timeout: 30_000 }, () => {
  it('has none of the feed’s text and finds its two tiles again', () => {
    const doc = documentFrom(
      realPage('find-work-most-recent.html'),
      'https://www.upwork.com/nx/find-work/most-recent',
    );
    const outline = pageOutline(doc.body);
    expect(outline).not.toMatch(/Expo|Italy|Payment verified|Turkey|\$10K/);
    expect(jobTiles(skeleton(outline, documentFrom('', SEARCH)))).toHaveLength(2);
  });
});

describe('npm run parse -- --outline', { timeout: 60_000 }, () => {
  it('prints which selectors matched on a reported page, and the text anchors counted there', () => {
    const doc = documentFrom(fixture('pages/search-2026-tiles.html'), SEARCH);
    const report = {
      jssGuardPageReport: 1,
      result: { page: 'job-list', url: SEARCH, missed: [] },
      outline: pageOutline(doc.body),
      selectors: selectorMatches(doc),
      textAnchors: textAnchorMatches(doc.body),
    };
    const file = join(mkdtempSync(join(tmpdir(), 'jss-report-')), 'report.json');
    writeFileSync(file, JSON.stringify(report));
    const run = spawnSync('node', ['scripts/run-ts.mjs', 'src/cli/parse.ts', '--', '--outline', file], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({ page: 'job-list', jobLinks: 4, tiles: 4, clientBox: false });
    expect(printed.selectors.matched).toMatchObject({ 'tiles.tileHint': 4, 'tile-fields.ratingBox[0]': 4 });
    expect(printed.selectors.notMatched).toContain('job-client.box[0]');
    // One tooltip is a title attribute, not text.
    expect(printed.textAnchors.matched).toMatchObject({
      'N Stars, based on N feedbacks': 2,
      'No feedback yet': 1,
    });
  });
});
