// Remembered tiles (a client's rating and payment status seen on a job's tile) travel with the history export: a
// freelancer who exports and imports, or moves to another browser, keeps them; a hostile file is refused like any
// other (security.md, "Hostile input, second round", case 5).
import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage } from '../../src/background/handler';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { emptyHistory } from '../../src/core/history/empty';
import { checkImport } from '../../src/core/history/import-check';
import { exportSummary, importHistory } from '../../src/core/history/transfer';
import { MAX_REMEMBERED_TILES } from '../../src/core/limits';
import type { Reply } from '../../src/core/replies';
import type { History, RememberedTile } from '../../src/core/schema/history';
import { HISTORY_KEY } from '../../src/core/storage-keys';
import { contract } from '../helpers/contracts';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const options = { id: EXTENSION, url: `${ORIGIN}options.html` };
const upworkTab = {
  id: EXTENSION,
  url: 'https://www.upwork.com/jobs/Fix_~021990000000000000001/',
  tab: { id: 2 },
};

const JOB = '~021990000000000000001';
const OTHER = '~021990000000000000002';
const NOW = '2026-11-28T09:00:00.000Z';

function setup(history?: History, now = NOW) {
  const area = memoryStorage(history ? { [HISTORY_KEY]: JSON.parse(JSON.stringify(history)) } : {});
  const store = new Store(area, () => now);
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  return { area, send: (message: unknown, sender = options) => handleMessage(message, sender, ctx) };
}

const tile = (fields: Partial<RememberedTile> = {}): RememberedTile => ({
  rating: 4.82,
  reviews: 38,
  paymentVerified: true,
  seenAt: '2026-11-28T06:00:00.000Z',
  from: 'search',
  ...fields,
});
const withTiles = (tiles: Record<string, RememberedTile>): History => ({ ...emptyHistory(), tiles });
const file = (tiles: unknown, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 7,
  contracts: [contract({ id: '1' })],
  tiles,
  ...extra,
});
const summaryOf = (reply: Reply) => (reply.ok ? (reply.summary ?? '') : reply.error);
const exported = async (send: ReturnType<typeof setup>['send']) => {
  const reply = await send({ type: 'export' });
  if (!reply.ok || !reply.exported) throw new Error('no export');
  // As the file the user downloads, and picks again.
  return JSON.parse(JSON.stringify(reply.exported));
};

describe('remembered tiles in the history export', () => {
  it('come back after export and import into a fresh browser, and a job page there is answered with them', async () => {
    const exportedFile = await exported(setup(withTiles({ [JOB]: tile() })).send);
    expect(exportedFile.tiles).toEqual({ [JOB]: tile() });
    // What the options page says after the download: the tiles are in the file, so they are counted.
    expect(exportSummary(exportedFile)).toBe(
      'Exported 0 contracts, 0 scores, 0 clients and 1 remembered job tile.',
    );

    const fresh = setup();
    const reply = await fresh.send({ type: 'import', data: exportedFile });
    expect(summaryOf(reply)).toBe(
      '0 contracts added, 0 contracts updated, 0 scores added, 0 clients added, 1 job tile remembered.',
    );
    expect(await fresh.send({ type: 'remembered-tile', jobId: JOB }, upworkTab)).toEqual({
      ok: true,
      remembered: tile(),
    });
    // The same file again adds nothing.
    expect(summaryOf(await fresh.send({ type: 'import', data: exportedFile }))).toBe(
      '0 contracts added, 0 contracts updated, 0 scores added, 0 clients added.',
    );
  });

  it('merge per job: the later read wins either way, and keeps the earlier figure the later one did not show', () => {
    const stored = withTiles({
      [JOB]: tile({ rating: 4.9, seenAt: '2026-11-28T08:00:00.000Z' }),
      [OTHER]: tile({ rating: null, reviews: null, seenAt: '2026-11-28T08:00:00.000Z', from: 'feed' }),
    });
    const data = checkImport(
      file({
        [JOB]: tile({ rating: 2.1, seenAt: '2026-11-27T08:00:00.000Z' }),
        [OTHER]: tile({ rating: 3.9, reviews: 7, paymentVerified: false, seenAt: '2026-11-27T08:00:00Z' }),
      }),
    );
    if (!data.ok) throw new Error(data.error);
    const older = importHistory(stored, data.data, NOW).history.tiles;
    expect(older?.[JOB]).toEqual(stored.tiles?.[JOB]);
    // The stored read was later, showing payment only: the file's rating stays, as one browser would have kept it.
    expect(older?.[OTHER]).toEqual(
      tile({
        rating: 3.9,
        reviews: 7,
        paymentVerified: true,
        seenAt: '2026-11-28T08:00:00.000Z',
        from: 'feed',
      }),
    );

    const newer = checkImport(file({ [JOB]: tile({ rating: 2.1, seenAt: '2026-11-28T08:30:00Z' }) }));
    if (!newer.ok) throw new Error(newer.error);
    expect(importHistory(stored, newer.data, NOW).history.tiles?.[JOB]).toEqual(
      tile({ rating: 2.1, seenAt: '2026-11-28T08:30:00.000Z' }),
    );
  });

  it('takes a read dated after the import as read at the import, so it cannot outlive every later one', () => {
    const data = checkImport(file({ [JOB]: tile({ seenAt: '2099-01-01T00:00:00Z' }) }));
    if (!data.ok) throw new Error(data.error);
    expect(importHistory(emptyHistory(), data.data, NOW).history.tiles?.[JOB]?.seenAt).toBe(NOW);
  });

  it('keeps the newest tiles of both, as many as the store keeps', () => {
    const id = (n: number) => `~0219900000000${String(n).padStart(6, '0')}`;
    const at = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString();
    // Stored: the even minutes; the file: the odd ones.
    const stored = withTiles(
      Object.fromEntries(
        Array.from({ length: MAX_REMEMBERED_TILES }, (_, i) => [id(2 * i), tile({ seenAt: at(2 * i) })]),
      ),
    );
    const data = checkImport(
      file(
        Object.fromEntries(
          Array.from({ length: MAX_REMEMBERED_TILES }, (_, i) => [
            id(2 * i + 1),
            tile({ seenAt: at(2 * i + 1) }),
          ]),
        ),
      ),
    );
    if (!data.ok) throw new Error(data.error);
    const { history, summary } = importHistory(stored, data.data, NOW);
    const kept = Object.keys(history.tiles ?? {});
    expect(kept).toHaveLength(MAX_REMEMBERED_TILES);
    expect(Math.min(...kept.map((k) => Number(k.slice(-6))))).toBe(MAX_REMEMBERED_TILES);
    expect(summary.tilesAdded).toBe(MAX_REMEMBERED_TILES / 2);
  });

  it('imports a file from before remembered tiles as before, keeping those already remembered', async () => {
    const { send } = setup(withTiles({ [JOB]: tile() }));
    const reply = await send({
      type: 'import',
      data: { schemaVersion: 6, contracts: [contract({ id: '1' })] },
    });
    expect(summaryOf(reply)).toBe('1 contract added, 0 contracts updated, 0 scores added, 0 clients added.');
    expect(reply.ok && reply.state?.history.tiles).toEqual({ [JOB]: tile() });
  });
});

describe('a hostile file’s remembered tiles', () => {
  const refused = async (tiles: unknown, expected: string) => {
    const { send, area } = setup();
    const error = summaryOf(await send({ type: 'import', data: file(tiles) }));
    expect(error).toContain(expected);
    expect(error).toContain('Nothing was imported.');
    expect(area.data[HISTORY_KEY]).toBeUndefined();
  };

  it('refuses dates that do not exist, naming the job and the field', async () => {
    await refused(
      { [JOB]: tile({ seenAt: '2026-02-30T10:00:00Z' }) },
      `the job tile “${JOB}”, field “seenAt” is “2026-02-30T10:00:00Z”: expected a date and time`,
    );
    await refused({ [JOB]: tile({ seenAt: '9999-99-99T::Z' }) }, 'field “seenAt”');
  });

  it('refuses keys that are not job ids: object property names and huge strings', async () => {
    const entry = (key: string) => JSON.parse(`{${JSON.stringify(key)}: ${JSON.stringify(tile())}}`);
    for (const key of ['__proto__', 'constructor', 'toString'])
      await refused(entry(key), `the job tile “${key}”: expected an Upwork job id like ~021999…`);
    await refused(entry(`~02${'1'.repeat(100_000)}`), '1111…: expected an Upwork job id');
  });

  it('refuses figures out of range, and more tiles than JSS Guard keeps', async () => {
    await refused({ [JOB]: tile({ rating: 7 }) }, 'field “rating” is 7: expected a number no more than 5');
    await refused({ [JOB]: { ...tile(), from: 'x'.repeat(1_000_000) } }, 'field “from”');
    const many = Object.fromEntries(
      Array.from({ length: MAX_REMEMBERED_TILES + 1 }, (_, i) => [
        `~0219900000000${String(i).padStart(6, '0')}`,
        tile(),
      ]),
    );
    await refused(many, `“tiles”: expected at most ${MAX_REMEMBERED_TILES} entries`);
  });

  it('stores no field the schema does not name', async () => {
    const { send } = setup();
    const reply = await send({
      type: 'import',
      data: file({ [JOB]: { ...tile(), note: 'x'.repeat(100_000) } }),
    });
    expect(reply.ok && reply.state?.history.tiles?.[JOB]).toEqual(tile());
  });
});
