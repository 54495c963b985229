// @vitest-environment jsdom
// @vitest-environment-options {"url":"https://www.upwork.com/jobs/Fix-the-checkout_~021990000000000000001/"}
// A job page that does not show the client's rating or payment status, judged with those its tile showed in the search
// results: what the page reports (the observation, and the page report the freelancer copies from the popup) and what
// the history keeps of the page do not call them missed; they say where they came from. What neither showed stays
// missed.

import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { type HandlerContext, handleMessage, type Sender } from '../../src/background/handler';
import { stateOf } from '../../src/background/state';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { emptyHistory } from '../../src/core/history/empty';
import { mergeObservation } from '../../src/core/history/merge';
import type { JobListParse, JobParse, TileClient } from '../../src/core/schema/job';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { parsePage } from '../../src/pages';
import { PopupView } from '../../src/popup/popup-view';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const JOB_ID = '~021990000000000000001';
const JOB_URL = `https://www.upwork.com/jobs/Fix-the-checkout_${JOB_ID}/`;
const SEARCH_URL = 'https://www.upwork.com/nx/search/jobs/?q=checkout';
const SEEN = '2026-11-28T06:00:00.000Z';
const LATER = '2026-11-28T08:00:00.000Z';

/** The background the content script talks to: the real handler over a store in memory. */
const background = vi.hoisted(() => ({
  send: (async () => undefined) as (message: unknown) => Promise<unknown>,
  /** The content script's listener for the popup's requests. */
  listener: null as
    | null
    | ((message: unknown, sender: { id?: string }, respond: (r: unknown) => void) => unknown),
}));
vi.mock('../../src/ext', () => ({
  ext: {
    runtime: {
      id: 'abcdefghijklmnopabcdefghijklmnop',
      sendMessage: (message: unknown) => background.send(message),
      onMessage: { addListener: (listener: typeof background.listener) => (background.listener = listener) },
    },
  },
}));
const { answerPageReportRequests, pageReport } = await import('../../src/content/page-report');

/** A logged-in client box (it shows rating and payment when Upwork has them) that shows neither. */
const JOB_PAGE = `<main><h1>Fix the checkout</h1><section data-test="AboutClientUser"><h5>About the client</h5><ul>
  <li data-qa="client-location"><strong>United States</strong></li>
  <li data-qa="client-job-posting-stats"><strong>3 jobs posted</strong></li>
  <li data-qa="client-contract-date"><small>Member since Jan 4, 2019</small></li></ul></section></main>`;

function searchWith(client: Partial<TileClient>): JobListParse {
  const blank = { paymentVerified: null, rating: null, reviews: null, totalSpent: null, country: null };
  return {
    page: 'job-list',
    url: SEARCH_URL,
    missed: [],
    tiles: [
      {
        jobId: JOB_ID,
        title: 'Fix the checkout',
        client: { ...blank, ...client },
        verdict: { level: 'unknown', reasons: [] },
      },
    ],
  };
}

const readJobPage = (): JobParse => {
  const result = parsePage(document, JOB_URL, DEFAULT_SETTINGS);
  if (result.page !== 'job') throw new Error(result.page);
  return result;
};

beforeEach(() => {
  document.body.innerHTML = JOB_PAGE;
});

describe('the history of a job page judged with its remembered tile', () => {
  it('keeps the page as read with no rating or payment missed, and what neither showed still missed', () => {
    const seen = mergeObservation(
      emptyHistory(),
      searchWith({ rating: 4.82, reviews: 38, paymentVerified: true }),
      SEEN,
    );
    const history = mergeObservation(seen, readJobPage(), LATER);
    expect(history.pages.job?.missed).toEqual([]);
    expect(history.jobs[0]?.verdict).toEqual({ level: 'fine', reasons: [] });
    // The popup's This page says where they came from.
    const popup = document.createElement('div');
    render(<PopupView state={stateOf(history, LATER, [])} now={LATER} activeUrl={JOB_URL} />, popup);
    expect(popup.querySelector('.this-page')?.textContent).toContain(
      'Rating 4.82 and payment verified from the search results, 2 hours ago: this page does not show them.',
    );

    const ratingOnly = mergeObservation(emptyHistory(), searchWith({ rating: 4.82, reviews: 38 }), SEEN);
    expect(mergeObservation(ratingOnly, readJobPage(), LATER).pages.job?.missed).toEqual([
      'client.paymentVerified',
    ]);
    // No tile seen: the page is as it was read.
    expect(mergeObservation(emptyHistory(), readJobPage(), LATER).pages.job?.missed).toEqual([
      'client.paymentVerified',
      'client.rating',
      'client.reviews',
    ]);
  });
});

describe('what the content script reports of the page', () => {
  async function backgroundAfter(search: JobListParse) {
    const store = new Store(memoryStorage({}), () => SEEN);
    const ctx: HandlerContext = { store, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` };
    const tab = (url: string): Sender => ({ id: EXT, url, tab: { id: 4 } });
    await handleMessage({ type: 'observation', result: search }, tab(SEARCH_URL), ctx);
    background.send = (message) => handleMessage(message, tab(JOB_URL), ctx);
    return { stored: async () => (await store.read()).pages.job };
  }

  it('names the remembered facts, where and when they were seen, instead of calling them missed', async () => {
    await backgroundAfter(searchWith({ rating: 4.82, reviews: 38, paymentVerified: true }));
    const { result } = await pageReport();
    expect(result).toMatchObject({
      page: 'job',
      missed: [],
      client: { rating: 4.82, reviews: 38, paymentVerified: true },
      verdict: { level: 'fine', reasons: [] },
      remembered: {
        fields: ['client.rating', 'client.reviews', 'client.paymentVerified'],
        from: 'search',
        seenAt: SEEN,
      },
    });
  });

  it('is what the popup’s Copy page report gets, answered once the background has said', async () => {
    await backgroundAfter(searchWith({ rating: 4.82, reviews: 38, paymentVerified: true }));
    answerPageReportRequests();
    const answer = new Promise<unknown>((respond) => {
      // True keeps the channel open for the answer that follows.
      expect(background.listener?.({ type: 'page-report' }, { id: EXT }, respond)).toBe(true);
    });
    expect(await answer).toMatchObject({
      jssGuardPageReport: 1,
      result: { missed: [], remembered: { from: 'search' } },
    });
  });

  it('still calls missed what the tile did not show either', async () => {
    await backgroundAfter(searchWith({ paymentVerified: false }));
    const { result } = await pageReport();
    expect(result).toMatchObject({
      missed: ['client.rating', 'client.reviews'],
      remembered: { fields: ['client.paymentVerified'], from: 'search' },
    });
    // The unverified payment the tile showed is a reason of the verdict.
    if (result.page !== 'job') throw new Error(result.page);
    expect(result.verdict.reasons).toContain('client-payment-unverified');
  });

  it('reports the page as read when no tile of the job was seen', async () => {
    await backgroundAfter(searchWith({}));
    const { result } = await pageReport();
    expect(result).toMatchObject({ missed: ['client.paymentVerified', 'client.rating', 'client.reviews'] });
    expect(result).not.toHaveProperty('remembered');
  });
});
