import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage, type Sender } from '../../src/background/handler';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { emptyHistory } from '../../src/core/history/empty';
import { mergeObservation } from '../../src/core/history/merge';
import { migrate } from '../../src/core/history/migrate';
import { ageWords, rememberedNote, rememberTiles } from '../../src/core/history/remembered-tiles';
import { MAX_REMEMBERED_TILES } from '../../src/core/limits';
import { History } from '../../src/core/schema/history';
import type { JobListParse, TileClient } from '../../src/core/schema/job';
import { jobParse } from '../helpers/job-parse';

const JOB = '~021990000000000000001';
const SEARCH_URL = 'https://www.upwork.com/nx/search/jobs/?q=react';
const SEEN = '2026-11-28T06:00:00.000Z';
const LATER = '2026-11-28T08:05:00.000Z';

function list(tiles: { jobId: string; client: Partial<TileClient> }[], url = SEARCH_URL): JobListParse {
  return {
    page: 'job-list',
    url,
    missed: [],
    tiles: tiles.map(({ jobId, client }) => ({
      jobId,
      title: 'A job',
      client: {
        paymentVerified: null,
        rating: null,
        reviews: null,
        totalSpent: null,
        country: null,
        ...client,
      },
      verdict: { level: 'unknown', reasons: [] },
    })),
  };
}

/** The 2026 job page: the client box shows no rating, no review count and no payment status. */
const jobPageWithoutRating = () => jobParse(JOB, { rating: null, reviews: null, paymentVerified: null });

describe('a client remembered from its tile, for a job page that does not show it', () => {
  it('fills the job page’s missing rating and payment from the search tile, in the stored client and verdict', () => {
    const seen = mergeObservation(
      emptyHistory(),
      list([{ jobId: JOB, client: { rating: 2.4, reviews: 12, paymentVerified: true } }]),
      SEEN,
    );
    const history = mergeObservation(seen, jobPageWithoutRating(), LATER);
    const client = Object.values(history.clients)[0];
    expect(client).toMatchObject({ rating: 2.4, reviews: 12, paymentVerified: true });
    expect(history.jobs[0]?.verdict.level).toBe('avoid');
  });

  it('keeps what the job page itself shows over the tile', () => {
    const seen = rememberTiles(
      emptyHistory(),
      list([{ jobId: JOB, client: { rating: 2.4, reviews: 12, paymentVerified: false } }]),
      SEEN,
    );
    const history = mergeObservation(seen, jobParse(JOB, { rating: 4.9, paymentVerified: true }), LATER);
    expect(Object.values(history.clients)[0]).toMatchObject({ rating: 4.9, paymentVerified: true });
  });

  it('takes nothing for a job whose tile was never seen, and a later tile without a rating keeps the earlier one', () => {
    const first = rememberTiles(
      emptyHistory(),
      list([{ jobId: JOB, client: { rating: 4.82, reviews: 38, paymentVerified: true } }]),
      SEEN,
    );
    const again = rememberTiles(first, list([{ jobId: JOB, client: { paymentVerified: true } }]), LATER);
    expect(again.tiles?.[JOB]).toMatchObject({ rating: 4.82, reviews: 38, seenAt: LATER, from: 'search' });
    const other = mergeObservation(
      again,
      jobParse('~021990000000000000002', { rating: null, reviews: null }),
      LATER,
    );
    expect(Object.values(other.clients)[0]?.rating).toBeNull();
  });

  it('keeps the newest tiles only', () => {
    const ids = Array.from(
      { length: MAX_REMEMBERED_TILES + 5 },
      (_, i) => `~0219900000000${String(i).padStart(6, '0')}`,
    );
    const old = rememberTiles(
      emptyHistory(),
      list(ids.slice(0, 5).map((jobId) => ({ jobId, client: { rating: 5 } }))),
      SEEN,
    );
    const next = rememberTiles(
      old,
      list(ids.slice(5).map((jobId) => ({ jobId, client: { rating: 5 } }))),
      LATER,
    );
    expect(Object.keys(next.tiles ?? {})).toHaveLength(MAX_REMEMBERED_TILES);
    expect(next.tiles?.[ids[0] as string]).toBeUndefined();
  });

  it('says where the figures came from and how long ago', () => {
    const tile = { rating: 4.8, reviews: 20, paymentVerified: true, seenAt: SEEN, from: 'search' as const };
    expect(rememberedNote(tile, ['rating'], LATER)).toBe(
      'Rating 4.8 from the search results, 2 hours ago: this page does not show it.',
    );
    expect(rememberedNote({ ...tile, from: 'feed' }, ['rating', 'paymentVerified'], LATER)).toBe(
      'Rating 4.8 and payment verified from your job feed, 2 hours ago: this page does not show them.',
    );
    expect(rememberedNote(tile, [], LATER)).toBeUndefined();
    expect(ageWords(SEEN, '2026-11-28T06:00:20.000Z')).toBe('just now');
    expect(ageWords(SEEN, '2026-11-28T06:01:00.000Z')).toBe('1 minute ago');
    expect(ageWords(SEEN, '2026-12-01T06:00:00.000Z')).toBe('3 days ago');
  });

  it('migrates a version-6 history to one with no tiles remembered, keeping the rest', () => {
    const v6 = { ...emptyHistory(), schemaVersion: 6, jobs: [] };
    const migration = migrate(JSON.parse(JSON.stringify(v6)));
    if (migration.kind !== 'migrated') throw new Error(migration.kind);
    expect(History.parse(migration.value).tiles).toEqual({});
  });

  it('answers a content script on upwork.com with the remembered tile, and no one else', async () => {
    const EXT = 'abcdefghijklmnopabcdefghijklmnop';
    const store = new Store(memoryStorage({}), () => SEEN);
    const ctx: HandlerContext = { store, extensionId: EXT, extensionOrigin: `chrome-extension://${EXT}/` };
    const tab: Sender = { id: EXT, url: SEARCH_URL, tab: { id: 3 } };
    const result = list([{ jobId: JOB, client: { rating: 4.8, reviews: 20, paymentVerified: true } }]);
    await handleMessage({ type: 'observation', result }, tab, ctx);
    expect(await handleMessage({ type: 'remembered-tile', jobId: JOB }, tab, ctx)).toEqual({
      ok: true,
      remembered: { rating: 4.8, reviews: 20, paymentVerified: true, seenAt: SEEN, from: 'search' },
    });
    const elsewhere = await handleMessage(
      { type: 'remembered-tile', jobId: JOB },
      { ...tab, url: 'https://evil.example/' },
      ctx,
    );
    expect(elsewhere.ok).toBe(false);
    const popup = await handleMessage(
      { type: 'remembered-tile', jobId: JOB },
      { id: EXT, url: ctx.extensionOrigin },
      ctx,
    );
    expect(popup.ok).toBe(false);
    expect((await handleMessage({ type: 'remembered-tile', jobId: 'x' }, tab, ctx)).ok).toBe(false);
  });
});
