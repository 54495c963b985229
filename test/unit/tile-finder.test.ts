/**
 * The tile finder as the badges use it: in slices (steps), the badge beside the title however the tile orders its
 * links, and private jobs (no link) found beside the linked ones without a query of the whole page.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { runAtOnce } from '../../src/core/steps';
import { findJobTiles } from '../../src/pages/tile-finder';
import { badgeAnchor, jobTiles, readTile } from '../../src/pages/tiles';
import { documentFrom } from '../helpers/dom';

const SEARCH = 'https://www.upwork.com/nx/search/jobs/?q=shopify';
const id = (n: number) => `19900000000000001${String(n).padStart(2, '0')}`;
const linked = (n: number, wrap = false) => {
  const tile = `<article data-test="JobTile"><a href="/jobs/~02${id(n)}/?more">See more</a>
    <h2><a href="/jobs/Job-${n}_~02${id(n)}/">Job ${n}</a></h2><p>Payment verified</p></article>`;
  return wrap ? `<div class="wrap">${tile}</div>` : tile;
};
const privateTile = (wrap = false) => {
  const tile = '<article class="job-tile"><h2>A private job</h2><p>Payment verified</p></article>';
  return wrap ? `<div class="wrap">${tile}</div>` : tile;
};

describe('the tile finder', () => {
  it('puts the badge on the title link, not on a job link that comes before it', () => {
    const doc = documentFrom(`<main><div>${linked(1)}${linked(2)}</div></main>`, SEARCH);
    expect(jobTiles(doc).map((tile) => badgeAnchor(tile)?.textContent)).toEqual(['Job 1', 'Job 2']);
    expect(jobTiles(doc).map((tile) => readTile(tile, DEFAULT_SETTINGS).tile.title)).toEqual([
      'Job 1',
      'Job 2',
    ]);
  });

  it('finds a private job beside linked ones, in the list or in a wrapper of its own, in page order', () => {
    for (const wrap of [false, true]) {
      const doc = documentFrom(
        `<main><h1>Jobs</h1><div>${linked(1, wrap)}${privateTile(wrap)}${linked(2, wrap)}</div></main>`,
        SEARCH,
      );
      expect(jobTiles(doc).map((tile) => readTile(tile, DEFAULT_SETTINGS).tile.title)).toEqual([
        'Job 1',
        'A private job',
        'Job 2',
      ]);
    }
  });

  it('finds a private job beside a single linked one, and on a page of private jobs only', () => {
    const one = documentFrom(`<main>${linked(1)}${privateTile()}</main>`, SEARCH);
    expect(jobTiles(one)).toHaveLength(2);
    const none = documentFrom(`<main><section>${privateTile()}${privateTile()}</section></main>`, SEARCH);
    expect(jobTiles(none)).toHaveLength(2);
  });

  it('can stop between steps: a list of 2,000 tiles is found in many short steps, the same tiles as at once', () => {
    const html = Array.from({ length: 2000 }, (_, i) => linked(i % 100)).join('');
    const doc = documentFrom(`<main><div>${html}</div></main>`, SEARCH);
    // Each its own job (19 digits as text: a number that large is inexact).
    doc.querySelectorAll('article').forEach((tile, i) => {
      for (const a of tile.querySelectorAll('a'))
        a.setAttribute('href', `/jobs/~021990000000000${100_000 + i}/`);
    });
    const steps = findJobTiles(doc);
    let pauses = 0;
    let step = steps.next();
    while (!step.done) {
      pauses++;
      step = steps.next();
    }
    expect(step.value).toHaveLength(2000);
    expect(step.value).toEqual(runAtOnce(findJobTiles(doc)));
    // At least one pause per tile: a slice can end anywhere in a long list.
    expect(pauses).toBeGreaterThanOrEqual(2000);
  });
});
