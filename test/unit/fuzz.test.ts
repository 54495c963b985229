import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParseResult } from '../../src/core/schema/parse-result';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parsePage } from '../../src/pages';
import { SAMPLE_URLS } from '../../src/pages/detect';
import { documentFrom, fixture } from '../helpers/dom';
import { mutatedCopy } from '../helpers/mutate';
import { hasSharedPages, realPage } from '../helpers/shared-pages';

/** Cases per page: a few in `npm test`; `npm run fuzz` sets these for 10,000+ in all, a batch per process. */
const RUNS = Number(process.env.FUZZ_RUNS) || 15;
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Only this page (by index), so a batch runs in a process of its own: jsdom keeps what it parsed until exit. */
const ONLY = process.env.FUZZ_PAGE ? Number(process.env.FUZZ_PAGE) : undefined;
const SLIDER = SAMPLE_URLS.isJobSlider[0] as string;

const PAGES: [string, () => string, string][] = [
  [
    'our job page',
    () => fixture('demo/job-risky-client.html'),
    'https://www.upwork.com/jobs/Fix_~021990000000000000001/',
  ],
  ['our search tiles', () => fixture('pages/search-tiles.html'), SAMPLE_URLS.isJobSearch[0] as string],
  ['our 2026 feed tiles', () => fixture('pages/feed-2026-tiles.html'), SAMPLE_URLS.isJobFeed[4] as string],
  [
    'our contracts cards',
    () => fixture('pages/contracts-active-cards.html'),
    SAMPLE_URLS.isContracts[0] as string,
  ],
  [
    'our closed contracts table',
    () => fixture('pages/contracts-closed-table.html'),
    SAMPLE_URLS.isContracts[2] as string,
  ],
  ['our contract page', () => fixture('pages/contract-ended.html'), SAMPLE_URLS.isContract[0] as string],
  ['our profile', () => fixture('pages/profile-top-rated-plus.html'), SAMPLE_URLS.isProfile[0] as string],
  ['our stats page', () => fixture('pages/stats-top-rated.html'), SAMPLE_URLS.isStats[0] as string],
  ...(hasSharedPages
    ? ([
        ['the real slider', () => realPage('job-slider-most-recent.html'), SLIDER],
        ['the real feed', () => realPage('find-work-most-recent.html'), SAMPLE_URLS.isJobFeed[2] as string],
        [
          'a real logged-out job page',
          () => realPage('job-page-visitor-630.html'),
          SAMPLE_URLS.isJobPage[0] as string,
        ],
      ] as [string, () => string, string][])
    : []),
];

describe('parsers on mutated pages', () => {
  for (const [index, [name, html, url]] of PAGES.entries()) {
    if (ONLY !== undefined && index !== ONLY) continue;
    it(`${name}: never throws, never returns a value outside the schema`, { timeout: 600_000 }, () => {
      fc.assert(
        fc.property(mutatedCopy(documentFrom(html(), url)), (doc) => {
          const result = parsePage(doc, url, DEFAULT_SETTINGS);
          const checked = ParseResult.safeParse(result);
          expect(
            checked.success,
            checked.success ? '' : JSON.stringify(checked.error.issues.slice(0, 3)),
          ).toBe(true);
        }),
        { numRuns: RUNS, ...(SEED !== undefined && { seed: SEED }) },
      );
    });
  }
});
