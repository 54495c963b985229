import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../src/core/rules/client';
import { JobListParse, JobParse } from '../../src/core/schema/job';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parsePage } from '../../src/pages';
import { screenJobClient } from '../../src/pages/job';
import { clientBox } from '../../src/pages/job-client';
import { jobTiles, readTile, screenTile } from '../../src/pages/tiles';
import { documentFrom, fixture } from '../helpers/dom';
import { describeRealPages, realPage } from '../helpers/shared-pages';

const U = 'https://www.upwork.com';
const SLIDER_URL = `${U}/nx/find-work/most-recent/details/~021999055296412911573?pageTitle=Job%20Details&nav_dir=pop`;
const parse = (html: string, url: string) => parsePage(documentFrom(html, url), url, DEFAULT_SETTINGS);
const job = (html: string, url: string) => JobParse.parse(parse(html, url));
const tiles = (html: string, url: string) => JobListParse.parse(parse(html, url));

describeRealPages('real saved Upwork pages', { timeout: 30_000 }, () => {
  it('reads every fact of About the client on the logged-in slider', () => {
    const result = job(realPage('job-slider-most-recent.html'), SLIDER_URL);
    expect(result.job).toEqual({
      id: '~021999055296412911573',
      title: 'Expo Prototype Development (iOS/Android/Web) using Atomic Design + Gluestack UI + NativeWind',
    });
    expect(result.client).toEqual({
      paymentVerified: true,
      rating: 4.28,
      reviews: 7,
      country: 'Italy',
      city: 'Milano',
      jobsPosted: 28,
      hireRate: 68,
      openJobs: 1,
      totalSpent: 11_000,
      hires: 19,
      activeHires: 7,
      avgHourlyRate: 5,
      hours: 157,
      memberSince: '2014-07-07',
      industry: null,
      companySize: null,
    });
    expect(result.missed).toEqual([]);
  });

  it('reads the client’s history both ways, and calls a client who gave a freelancer 1.6 stars one to avoid', () => {
    const result = job(realPage('job-slider-most-recent.html'), SLIDER_URL);
    expect(result.clientHistory.total).toBe(17);
    expect(result.clientHistory.items).toHaveLength(5);
    expect(result.clientHistory.items[0]).toEqual({
      title: 'Video Management Panel UI Development (React + Redux Toolkit)',
      ratingByFreelancer: 1,
      ratingToFreelancer: 1.6,
      feedbackByFreelancer: 'given',
      feedbackToFreelancer: 'given',
      start: '2025-04',
      end: '2025-07',
      pay: 'fixed',
      amount: 625,
    });
    // "No feedback given" is recorded as such, not as a rating that could not be read.
    expect(result.clientHistory.items.filter((i) => i.feedbackToFreelancer === 'none')).toHaveLength(1);
    expect(result.clientHistory.items.filter((i) => i.ratingToFreelancer === null)).toHaveLength(1);
    expect(result.clientHistory.items.find((i) => i.pay === 'hourly')).toMatchObject({
      amount: 786.66,
      start: '2021-02',
      end: '2021-06',
    });
    expect(result.verdict).toEqual({ level: 'avoid', reasons: ['client-harsh-feedback'] });
    expect(result.activity).toMatchObject({ proposals: 'Less than 5', invitesSent: 5, unansweredInvites: 5 });
  });

  it('reads the logged-out layout without inventing the rating or payment it does not show', () => {
    const url = `${U}/jobs/~021932165759059685628`;
    const p628 = job(realPage('job-page-visitor-628.html'), url);
    expect(p628.client).toMatchObject({
      memberSince: '2020-06-30',
      country: 'United States',
      totalSpent: 7800,
      hires: 21,
      activeHires: 5,
      hours: 2,
    });
    expect(p628.client).toMatchObject({
      rating: null,
      reviews: null,
      paymentVerified: null,
      jobsPosted: null,
    });
    expect(p628.verdict.level).toBe('unknown');
    expect(p628.missed).toEqual([]);
    expect(job(realPage('job-page-visitor-629.html'), url).client).toMatchObject({
      memberSince: '2025-08-19',
      industry: 'Health & Fitness',
      companySize: 'Individual client',
      totalSpent: null,
    });
    expect(job(realPage('job-page-visitor-630.html'), url).client).toMatchObject({
      memberSince: '2020-01-08',
      city: 'Salt Lake City',
      totalSpent: 699,
      hires: 2,
      activeHires: 0,
      hours: 11,
      companySize: 'Small company (2-9 people)',
    });
  });

  it('reads the feed’s tiles: payment, rating, spend, country, and a client nobody rated', () => {
    const result = tiles(realPage('find-work-most-recent.html'), `${U}/nx/find-work/most-recent`);
    expect(result.tiles).toHaveLength(2);
    expect(result.tiles[0]).toMatchObject({
      jobId: '~021999055296412911573',
      client: { paymentVerified: true, rating: 4.3, totalSpent: 10_000, country: 'Italy' },
      verdict: { level: 'fine' },
    });
    expect(result.tiles[1]).toMatchObject({
      client: { rating: null, reviews: 0, totalSpent: 0, country: 'Turkey' },
      verdict: { level: 'careful', reasons: ['client-no-reviews'] },
    });
  });

  it('gives the panel the verdict the page gets when read in full', () => {
    const pages = [
      ['job-slider-most-recent.html', SLIDER_URL],
      ...[628, 629, 630, 631].map((n) => [`job-page-visitor-${n}.html`, `${U}/jobs/~021932165759059685628`]),
    ] as const;
    for (const [name, url] of pages) expectPanelAsFullRead(realPage(name), url);
  });

  it('knows the proposal form shows the job but not its client', () => {
    const result = job(
      realPage('proposal-apply.html'),
      `${U}/nx/proposals/job/~021998744339961847531/apply/`,
    );
    expect(result.job.title).toBe('Senior React Native Developer with UX Expertise Needed');
    expect(result.missed).toEqual([]);
  });
});

/** The panel reads only what its verdict rests on; its verdict must be the one the whole page gives. */
function expectPanelAsFullRead(html: string, url: string): void {
  const box = clientBox(documentFrom(html, url));
  const panel = box && screenJobClient(box, DEFAULT_SETTINGS);
  const { verdict } = job(html, url);
  expect(panel && verdictOf(panel)).toEqual(verdict);
}

describe('our job page fixtures', () => {
  const demo = fixture('demo/job-risky-client.html');
  const url = `${U}/jobs/Fix-my-Shopify-checkout_~021990000000000000001/`;

  it('give the panel the verdict the page gets when read in full', () => {
    expectPanelAsFullRead(demo, url);
    const unverifiedNoReviews = demo
      .replace('class="payment-verified text-success"', 'class="payment-not-verified"')
      .replace(
        /<div data-testid="buyer-rating"[\s\S]*?reviews <\/span>\s*<\/div>/,
        '<span>No reviews yet</span>',
      );
    expectPanelAsFullRead(unverifiedNoReviews, url);
  });

  it('show no verdict while the client box is empty, and "unknown" once it shows only where the client is', () => {
    const box = (inner: string) =>
      documentFrom(`<div class="cfe-about-client-v2">${inner}</div>`, url).body.firstElementChild as Element;
    expect(screenJobClient(box('<h4>About the client</h4>'), DEFAULT_SETTINGS)).toBeNull();
    const located = box(
      '<h4>About the client</h4><div data-qa="client-location"><strong>Italy</strong></div>',
    );
    expect(screenJobClient(located, DEFAULT_SETTINGS)?.level).toBe('unknown');
  });

  it('flags a client rated 2.86 who hires on 22% of 41 jobs', () => {
    const result = job(demo, url);
    expect(result.client).toMatchObject({
      rating: 2.86,
      reviews: 9,
      jobsPosted: 41,
      hireRate: 22,
      openJobs: 3,
      totalSpent: 4200,
      avgHourlyRate: 9.5,
    });
    expect(result.verdict).toEqual({
      level: 'avoid',
      reasons: ['client-low-rating', 'client-low-hire-rate'],
    });
  });

  it('reads an unverified payment method and a client with no reviews', () => {
    const html = demo
      .replace('class="payment-verified text-success"', 'class="payment-not-verified"')
      .replace('Payment method verified', 'Payment method not verified')
      .replace(
        /<div data-testid="buyer-rating"[\s\S]*?reviews <\/span>\s*<\/div>/,
        '<div data-testid="buyer-rating"><span class="nowrap">No reviews yet</span></div>',
      );
    const result = job(html, url);
    expect(result.client).toMatchObject({ paymentVerified: false, rating: null, reviews: 0 });
    expect(result.verdict.reasons).toEqual([
      'client-no-reviews',
      'client-payment-unverified',
      'client-low-hire-rate',
    ]);
    expect(result.missed).toEqual([]);
  });

  it('reads odd numbers as Upwork writes them', () => {
    const html = demo
      .replace('$4.2K', '$1.2M')
      .replace('41 jobs posted', '1,024 jobs posted')
      .replace('12 hires, 1 active', '86,795 hires, 1,024 active')
      .replace('88 hours', '2\n   hours');
    expect(job(html, url).client).toMatchObject({
      totalSpent: 1_200_000,
      jobsPosted: 1024,
      hires: 86_795,
      activeHires: 1024,
      hours: 2,
    });
  });

  it('says "unknown" and names what it missed when Upwork changed the markup', () => {
    // The box is still there, but its rating and location lost their attributes and their usual words.
    const html = demo
      .replace(/data-testid="buyer-rating"/, 'data-testid="client-score"')
      .replace(/2\.86 of 9 reviews/, '')
      .replace(/Rating is 2\.9 out of 5\./, '')
      .replace('<div aria-hidden="true" class="air3-rating-value-text">2.9</div>', '')
      .replace('data-qa="client-location"', 'data-qa="where"');
    const result = job(html, url);
    expect(result.client).toMatchObject({ rating: null, reviews: null, country: null });
    expect(result.missed).toEqual(['client.rating', 'client.reviews', 'client.country']);
    expect(result.client.totalSpent).toBe(4200);
  });

  it('says the client box is missing on a job page without one', () => {
    const result = job('<main><h1>Some job</h1></main>', url);
    expect(result.missed).toEqual(['client']);
    expect(result.verdict.level).toBe('unknown');
  });
});

describe('tile layouts', () => {
  it('reads search tiles: verified or not, rated or not, spend with K and M', () => {
    const result = tiles(fixture('pages/search-tiles.html'), `${U}/nx/search/jobs/?q=react`);
    expect(
      result.tiles.map((t) => [
        t.jobId,
        t.client.paymentVerified,
        t.client.rating,
        t.client.totalSpent,
        t.client.country,
        t.verdict.level,
      ]),
    ).toEqual([
      ['~021990000000000000011', true, 4.9, 50_000, 'Canada', 'fine'],
      ['~021990000000000000012', false, null, 0, 'United Kingdom', 'careful'],
      ['~021990000000000000013', true, 2.7, 1_200_000, 'Australia', 'avoid'],
    ]);
  });

  it('reads the 2026 feed tiles and says what it could not read', () => {
    const result = tiles(fixture('pages/feed-2026-tiles.html'), `${U}/nx/s/find-work/best-matches`);
    expect(result.tiles[0]).toMatchObject({
      jobId: '~021990000000000000021',
      title: 'Data pipeline in Python',
      client: { paymentVerified: true, rating: 3.6 },
    });
    expect(result.tiles[1]).toMatchObject({
      jobId: null,
      title: 'A private job with no link',
      verdict: { level: 'unknown' },
    });
    expect(result.missed).toEqual(['tiles.1.jobId', 'tiles.1.client']);
  });

  it('gives each badge the verdict the tile gets when read in full', () => {
    for (const [file, url] of [
      ['pages/search-tiles.html', `${U}/nx/search/jobs/?q=react`],
      ['pages/feed-2026-tiles.html', `${U}/nx/s/find-work/best-matches`],
    ] as const) {
      const doc = documentFrom(fixture(file), url);
      const read = jobTiles(doc).map((tile) => readTile(tile, DEFAULT_SETTINGS));
      const badges = jobTiles(doc).map((tile) => screenTile(tile, DEFAULT_SETTINGS));
      expect(badges.map((b) => b.level)).toEqual(read.map((r) => r.tile.verdict.level));
      expect(badges.map((b) => b.findings)).toEqual(read.map((r) => r.findings));
    }
  });

  it('says a list with no tiles did not parse', () => {
    expect(tiles('<main><p>Nothing here</p></main>', `${U}/nx/find-work/`).missed).toEqual(['tiles']);
  });
});
