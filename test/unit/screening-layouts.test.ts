/**
 * Screening on the layouts of issue #14, from fixtures written from its description: the 2026 search tile, the
 * 2024 tile with several names in one `data-test`, the brand-new client's box (two shapes) and the April 2026 job
 * page. Tiles are found by their job links whatever wraps them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tileNote } from '../../src/content/job-client-panel';
import { verdictOf } from '../../src/core/rules/client';
import { JobListParse, JobParse } from '../../src/core/schema/job';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parsePage } from '../../src/pages';
import { screenJobClient } from '../../src/pages/job';
import { clientBox } from '../../src/pages/job-client';
import { jobIdOfLink, jobTiles, readTile, screenTile } from '../../src/pages/tiles';
import { documentFrom, fixture } from '../helpers/dom';
import { describeRealPages, realPage } from '../helpers/shared-pages';

const U = 'https://www.upwork.com';
const SEARCH = `${U}/nx/search/jobs/?q=shopify`;
const JOB = `${U}/jobs/Landing-page-copy_~021990000000000000051/`;
const parse = (html: string, url: string) => parsePage(documentFrom(html, url), url, DEFAULT_SETTINGS);
const tiles = (html: string, url = SEARCH) => JobListParse.parse(parse(html, url));
const job = (html: string, url = JOB) => JobParse.parse(parse(html, url));

/** The badge must show the verdict the whole read gives. */
function expectBadgesAsFullRead(html: string, url = SEARCH): void {
  const doc = documentFrom(html, url);
  const badges = jobTiles(doc).map((tile) => verdictOf(screenTile(tile, DEFAULT_SETTINGS)));
  expect(badges).toEqual(jobTiles(doc).map((tile) => readTile(tile, DEFAULT_SETTINGS).tile.verdict));
}

describe('the 2026 search tile (article.job-tile, no data-test, no JobInfoClient)', () => {
  const result = tiles(fixture('pages/search-2026-tiles.html'));

  it('finds every tile and reads the most precise rating, from the tooltip, with its count', () => {
    expect(result.tiles.map((t) => [t.jobId, t.client, t.verdict])).toEqual([
      [
        '~021990000000000000031',
        { paymentVerified: true, rating: 4.82, reviews: 38, totalSpent: 10_000, country: 'USA' },
        { level: 'fine', reasons: [] },
      ],
      [
        '~021990000000000000032',
        { paymentVerified: true, rating: 5, reviews: 1, totalSpent: 120, country: 'GBR' },
        { level: 'fine', reasons: [] },
      ],
      [
        '~021990000000000000033',
        { paymentVerified: true, rating: null, reviews: 0, totalSpent: 700, country: 'MYS' },
        { level: 'careful', reasons: ['client-no-reviews'] },
      ],
      [
        '~021990000000000000034',
        { paymentVerified: true, rating: 2.64, reviews: 14, totalSpent: 3000, country: 'CAN' },
        { level: 'avoid', reasons: ['client-low-rating'] },
      ],
    ]);
    expect(result.tiles[0]?.title).toBe('Shopify theme fixes');
    expect(result.missed).toEqual([]);
  });

  it('gives each badge the verdict of the full read', () => {
    expectBadgesAsFullRead(fixture('pages/search-2026-tiles.html'));
  });
});

describe('the 2024 search tile', () => {
  it('matches one name of several in a data-test, and tells unverified payment by its words', () => {
    const html = fixture('pages/search-2024-multi-name-tiles.html');
    expect(
      tiles(html).tiles.map((t) => [t.client.paymentVerified, t.client.rating, t.client.country]),
    ).toEqual([
      [true, 4.9, 'Germany'],
      [false, 4.7, 'India'],
    ]);
    expect(tiles(html).tiles[1]?.verdict).toEqual({
      level: 'careful',
      reasons: ['client-payment-unverified'],
    });
    expectBadgesAsFullRead(html);
  });

  it('reads a tile by its words alone when every attribute is gone', () => {
    const html = `<main><div><div><a href="/jobs/Words_~021990000000000000061/">Words only</a>
      <p>Payment method verified</p><p>Rating is 4.5 out of 5.</p><p>$2K+ spent</p></div>
      <div><a href="/jobs/New_~021990000000000000062/">New client</a><p>Payment unverified</p>
      <p>4.91 Stars, based on 22 feedbacks</p><p>$0 spent</p></div></div></main>`;
    expect(tiles(html).tiles.map((t) => t.client)).toEqual([
      { paymentVerified: true, rating: 4.5, reviews: null, totalSpent: 2000, country: null },
      { paymentVerified: false, rating: 4.91, reviews: 22, totalSpent: 0, country: null },
    ]);
    expectBadgesAsFullRead(html);
  });

  it('says unknown, naming what is missing, when a tile shows a rating but no payment status', () => {
    const html = `<main><article data-ev-job-uid="1990000000000000071"><h2><a href="/jobs/X_~021990000000000000071/">X</a></h2>
      <span class="sr-only">Rating is 4.9 out of 5.</span></article></main>`;
    const result = tiles(html);
    expect(result.tiles[0]?.verdict).toEqual({ level: 'unknown', reasons: [], missing: ['paymentVerified'] });
    expect(result.missed).toEqual(['tiles.0.client.paymentVerified']);
  });
});

describe('a brand-new client is never called fine', () => {
  const expectNewClient = (html: string) => {
    const result = job(html);
    expect(result.client).toMatchObject({
      paymentVerified: true,
      rating: null,
      reviews: null,
      jobsPosted: 1,
      hireRate: 0,
      openJobs: 1,
      totalSpent: null,
      hires: null,
      memberSince: '2026-11-20',
    });
    expect(result.verdict).toEqual({ level: 'careful', reasons: ['client-no-reviews'] });
    const box = clientBox(documentFrom(html, JOB));
    const panel = box && screenJobClient(box, DEFAULT_SETTINGS);
    expect(panel && verdictOf(panel)).toEqual(result.verdict);
    return result;
  };

  it('in the AboutClientUser box, and does not call its missing rating unread', () => {
    const result = expectNewClient(fixture('pages/job-new-client.html'));
    expect(result.client.country).toBe('Portugal');
    expect(result.missed).toEqual([]);
  });

  it('in the April 2026 box with no attributes at all, found by its heading', () => {
    const result = expectNewClient(fixture('pages/job-new-client-2026.html'));
    expect(result.missed).toEqual(['client.country']);
  });

  it('but is unknown, naming the rating, when the box shows past hires and no rating', () => {
    const html = fixture('pages/job-new-client.html')
      .replaceAll('1 job posted', '12 jobs posted')
      .replaceAll('0% hire rate', '75% hire rate')
      .replace('</ul>', '<li><strong data-qa="client-spend">$4K total spent</strong></li></ul>');
    const result = job(html);
    expect(result.verdict).toEqual({ level: 'unknown', reasons: [], missing: ['rating'] });
    expect(result.missed).toEqual(['client.rating', 'client.reviews']);
  });
});

describe('the April 2026 job page (Nuxt 3)', () => {
  const result = job(fixture('pages/job-history-2026.html'), `${U}/jobs/API_~021990000000000000081/`);

  it('reads payment as plain words, and the precise rating', () => {
    expect(result.client).toMatchObject({ paymentVerified: true, rating: 4.62, reviews: 13, hires: 15 });
    expect(result.verdict).toEqual({ level: 'fine', reasons: [] });
  });

  it('records "No feedback given" as such, and ratings it does not show as null, never 0', () => {
    expect(
      result.clientHistory.items.map((i) => [
        i.title,
        i.ratingByFreelancer,
        i.ratingToFreelancer,
        i.feedbackByFreelancer,
        i.feedbackToFreelancer,
      ]),
    ).toEqual([
      [null, null, null, 'given', 'given'],
      [null, null, null, 'none', 'none'],
      [null, null, null, null, null],
    ]);
    expect(result.clientHistory.items[1]).toMatchObject({ pay: 'hourly', amount: 600, start: '2025-11' });
  });
});

describeRealPages('tiles on the real pages', { timeout: 30_000 }, () => {
  it('finds no tile in a slider: its client history links to other jobs', () => {
    const url = `${U}/nx/find-work/most-recent/details/~021999055296412911573`;
    expect(jobTiles(documentFrom(realPage('job-slider-most-recent.html'), url))).toEqual([]);
  });

  it('finds the feed’s two tiles as the sections Upwork marks', () => {
    const doc = documentFrom(realPage('find-work-most-recent.html'), `${U}/nx/find-work/most-recent`);
    const found = jobTiles(doc);
    expect(found.map((t) => t.getAttribute('data-ev-opening_uid'))).toEqual([
      '1999055296412911573',
      '1999053614064784340',
    ]);
  });
});

/** One tile's markup, in one of the shapes a layout may give it. */
const tileShape = fc.record({
  tag: fc.constantFrom('article', 'section', 'div', 'li'),
  attributes: fc.constantFrom(
    '',
    'data-test="JobTile"',
    'data-test="job-tile JobTile"',
    'class="job-tile"',
    'data-ev-sublocation="job_feed_tile"',
    'UID',
  ),
  heading: fc.constantFrom('h2', 'h3', 'h4', 'span', 'div'),
  wrappers: fc.array(fc.constantFrom('div', 'span', 'li', 'section'), { maxLength: 3 }),
  moreLink: fc.boolean(),
  freelancerLink: fc.boolean(),
  path: fc.constantFrom(
    '/jobs/Slug_',
    '/jobs/',
    '/freelance-jobs/apply/Slug_',
    'https://www.upwork.com/jobs/Slug_',
  ),
});

type TileShape = typeof tileShape extends fc.Arbitrary<infer T> ? T : never;

function tileHtml(shape: TileShape, uid: string): string {
  const attributes = shape.attributes === 'UID' ? `data-ev-job-uid="${uid}"` : shape.attributes;
  const href = `${shape.path}~02${uid}/`;
  let html = `<${shape.tag} ${attributes}><${shape.heading}><a href="${href}">Job ${uid}</a></${shape.heading}>
    <p>Payment verified</p>${shape.moreLink ? `<a href="${href}?more">more</a>` : ''}
    ${shape.freelancerLink ? '<a href="/freelancers/~01abcdef0123456789">a freelancer</a>' : ''}</${shape.tag}>`;
  for (const wrapper of shape.wrappers) html = `<${wrapper}>${html}</${wrapper}>`;
  return html;
}

describe('tiles are found by their job links', () => {
  it('N job links in any wrappers, attribute sets and order always give N tiles, one job each', {
    timeout: 60_000,
  }, () => {
    const doc = documentFrom('', SEARCH);
    fc.assert(
      fc.property(
        fc.array(tileShape, { minLength: 1, maxLength: 12 }),
        fc.constantFrom('div', 'ul', 'section'),
        fc.boolean(),
        (shapes, list, slider) => {
          // 19 digits, built as text: a JavaScript number that large is not exact.
          const uids = shapes.map((_, i) => `1990000000000${100_000 + i * 7}`);
          const html = `<main><h1>Jobs</h1><${list}>${shapes.map((s, i) => tileHtml(s, uids[i] ?? '')).join('')}</${list}></main>${
            slider
              ? '<div class="air3-slider-job-details"><section data-cy="jobs"><div data-cy="job"><a href="/jobs/~021111111111111111111/">Old job</a></div></section></div>'
              : ''
          }`;
          doc.body.innerHTML = html; // one document for every run: a new one each time is slow
          const found = jobTiles(doc);
          expect(found).toHaveLength(shapes.length);
          const ids = found.map((tile) => {
            const links = [...tile.querySelectorAll('a')].map(jobIdOfLink).filter(Boolean);
            expect(new Set(links).size).toBe(1);
            return links[0];
          });
          expect(ids).toEqual(uids.map((uid) => `~02${uid}`));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('a slider whose client box shows no rating or payment (2026)', () => {
  const url = `${U}/nx/search/jobs/details/~021990000000000000031?q=shopify`;
  const box = `<div class="air3-slider air3-slider-job-details"><div class="job-details-card"><h4><span>Shopify theme fixes</span></h4></div>
    <section class="cfe-about-client-v2"><h5>About the client</h5><ul>
    <li data-qa="client-location"><strong>United States</strong></li>
    <li><strong data-qa="client-spend">$10K total spent</strong><div data-qa="client-hires">12 hires, 2 active</div></li>
    <li data-qa="client-contract-date"><small>Member since Jan 4, 2019</small></li></ul></section></div>`;
  const html = fixture('pages/search-2026-tiles.html').replace('</body>', `${box}</body>`);

  it('takes them from the job’s own tile under it, and the panel says so', () => {
    const result = job(html, url);
    expect(result.client).toMatchObject({
      rating: 4.82,
      reviews: 38,
      paymentVerified: true,
      totalSpent: 10_000,
    });
    expect(result.verdict).toEqual({ level: 'fine', reasons: [] });
    const doc = documentFrom(html, url);
    const panel = screenJobClient(clientBox(doc) as Element, DEFAULT_SETTINGS, url);
    expect(panel && verdictOf(panel)).toEqual(result.verdict);
    expect(panel?.fromTile).toEqual(['rating', 'paymentVerified']);
    expect(tileNote(panel?.fromTile ?? [])).toBe(
      'The client’s rating and payment status as this job’s tile in the list shows them: this box does not.',
    );
  });

  it('takes nothing on a job page, where no tile of the job is under it', () => {
    const result = job(html, `${U}/jobs/~021990000000000000031`);
    expect(result.client).toMatchObject({ rating: null, paymentVerified: null });
    expect(result.verdict.level).toBe('unknown');
  });
});
