// The demo: our own pages shaped like Upwork's, each served at a real upwork.com URL (no network involved).
// Used by `npm start`, the end-to-end tests and the bench.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Demo pages are our test fixtures: the demo shows exactly what the tests check. */
export const FIXTURES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures');
export const DEMO_INDEX_URL = 'https://www.upwork.com/jss-guard-demo/';

/** One page per layout; `layout` says which of Upwork's layouts the page stands for. */
export const DEMO_PAGES = [
  {
    file: 'demo/job-risky-client.html',
    url: 'https://www.upwork.com/jobs/Fix-my-Shopify-checkout_~021990000000000000001/',
    layout: 'Job page, logged in: a client rated 2.9 who hires rarely',
  },
  {
    file: 'demo/feed-with-slider.html',
    url: 'https://www.upwork.com/nx/find-work/most-recent',
    layout:
      'Job feed: a badge on every tile; click a title to open the slider, whose client box fills in late',
  },
  {
    file: 'pages/search-tiles.html',
    url: 'https://www.upwork.com/nx/search/jobs/?q=react',
    layout: 'Search results: verified, unrated and low-rated clients',
  },
  {
    file: 'pages/search-2026-tiles.html',
    url: 'https://www.upwork.com/nx/jobs/search/?q=shopify',
    layout: 'Search results, 2026 layout: ratings from their tooltips (4.82), a client nobody rated yet',
  },
  {
    file: 'pages/search-unreadable.html',
    url: 'https://www.upwork.com/ab/jobs/search/?q=unreadable',
    layout: 'A search page JSS Guard cannot read: open the popup to see it say so and copy a page report',
  },
  {
    file: 'pages/contracts-active-cards.html',
    url: 'https://www.upwork.com/nx/wm/contracts/?status=active',
    layout: 'Your contracts: one open contract gone quiet with $0 earned',
  },
  {
    file: 'pages/contract-active-idle.html',
    url: 'https://www.upwork.com/nx/wm/contracts/41000001',
    layout: 'A contract page: no activity for weeks, and the End contract button',
  },
  {
    file: 'demo/proposals.html',
    url: 'https://www.upwork.com/nx/proposals/',
    layout:
      'Your proposals: invitations to interview received 3, 21 and 26 hours ago, and 3 unread messages in the navigation',
  },
  {
    file: 'demo/contract-ready-to-end.html',
    url: 'https://www.upwork.com/nx/wm/contracts/42000001',
    layout: 'A fixed-price contract with every milestone paid: ask the client to end it (a message to copy)',
  },
  {
    file: 'pages/contract-fixed-unfunded.html',
    url: 'https://www.upwork.com/nx/wm/contracts/42000002',
    layout: 'A fixed-price contract started with no funded milestone',
  },
  {
    file: 'demo/reports.html',
    url: 'https://www.upwork.com/nx/reports/freelancer/',
    layout: 'Reports: export your earnings report, a CSV a year, and import them on JSS Guard’s options page',
    hint: false,
  },
  {
    file: 'pages/profile-own-work-history.html',
    url: 'https://www.upwork.com/freelancers/~01abcdef0123456789',
    layout:
      'Your profile: Job Success, badges and the work history with every contract’s feedback (read for the popup; no hint on this page)',
    hint: false,
  },
];

/** Files the demo pages link to (the earnings reports the Reports page exports), by URL. */
export const DEMO_FILES = Object.fromEntries(
  ['2024', '2025', '2026'].map((year) => [
    `https://www.upwork.com/nx/reports/freelancer/earnings-${year}.csv`,
    `demo/earnings-${year}.csv`,
  ]),
);

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/** The body to serve for a URL, or null when it is not a demo page. */
export function demoBody(url) {
  const { origin, pathname } = new URL(url);
  if (`${origin}${pathname}` === DEMO_INDEX_URL) {
    const links = DEMO_PAGES.map(
      (p) => `<li><a href="${escapeHtml(p.url)}">${escapeHtml(p.layout)}</a></li>`,
    ).join('');
    return readFileSync(join(FIXTURES_DIR, 'demo', 'index.html'), 'utf8').replace(
      '<ul id="pages"></ul>',
      `<ul id="pages">${links}</ul>`,
    );
  }
  const file = DEMO_FILES[`${origin}${pathname}`];
  if (file) return readFileSync(join(FIXTURES_DIR, file), 'utf8');
  const page = DEMO_PAGES.find((p) => {
    const u = new URL(p.url);
    return u.origin === origin && u.pathname === pathname;
  });
  return page ? readFileSync(join(FIXTURES_DIR, page.file), 'utf8') : null;
}

/**
 * A search page of `n` job tiles shaped like Upwork's (the 5,000-tile test), each with
 * its own 19-digit job id, a client rated 4.8 (every fifth 2.9) and every fourth payment unverified.
 */
export function searchPage(n) {
  const tiles = Array.from({ length: n }, (_, i) => {
    const uid = `19900000000${String(i).padStart(8, '0')}`;
    return `<article data-test="JobTile" data-ev-job-uid="${uid}"><h2><a data-test="job-tile-title-link" href="/jobs/Job-${i}_~02${uid}/">Job ${i}</a></h2>
      <ul data-test="JobInfoClient"><li data-test="payment-verified"><div class="${i % 4 ? 'is-verified' : 'is-unverified'}"></div>Payment verified</li>
      <li data-test="UpCRating"><div class="air3-rating-value-text">${i % 5 ? '4.8' : '2.9'}</div></li>
      <li data-test="total-spent"><strong>$${i}K+</strong> spent</li><li data-test="location">Canada</li></ul></article>`;
  }).join('');
  return `<!doctype html><html><body><main><section data-test="JobsList">${tiles}</section></main></body></html>`;
}
