// The history is stored in parts (core/history/stored-parts.ts): a page's report writes the part its contract is
// in, not the whole history, and a long import writes a batch at a time, named by its last write, so a worker
// stopped midway, a part storage lost, or storage filling up loses nothing that was stored.
import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage } from '../../src/background/handler';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { IMPORT_BATCH } from '../../src/core/history/transfer';
import type { Reply } from '../../src/core/replies';
import type { Contract, ContractsParse } from '../../src/core/schema/contract';
import { HISTORY_KEY } from '../../src/core/storage-keys';
import { contract } from '../helpers/contracts';
import { largeHistory, storedHistory, typicalHistory } from '../helpers/histories';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const options = { id: EXTENSION, url: `${ORIGIN}options.html` };
const tab = { id: EXTENSION, url: 'https://www.upwork.com/nx/wm/contracts', tab: { id: 1 } };

type Items = Record<string, unknown>;
type Area = ReturnType<typeof memoryStorage>;

/** Storage that records every write, and can fail one (`failAt`, counted from 1) as a full disk does. */
function recorded(initial: Items = {}, failAt: (n: number, items: Items) => boolean = () => false) {
  const area = memoryStorage(initial);
  const writes: Items[] = [];
  const set = area.set.bind(area);
  area.set = async (items) => {
    if (failAt(writes.length + 1, items)) throw new Error('QUOTA_BYTES quota exceeded');
    writes.push(items);
    await set(items);
  };
  return { area, writes };
}

function worker(area: Area) {
  let tick = 0;
  const store = new Store(area, () => new Date(Date.UTC(2026, 10, 25, 12, 0, 0, tick++)).toISOString());
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  return (message: unknown, sender: typeof options = options) => handleMessage(message, sender, ctx);
}

/** How many contracts a write carries, in parts or in a history stored whole. */
function contractsIn(items: Items): number {
  let n = 0;
  for (const [key, value] of Object.entries(items)) {
    if (key.startsWith('contracts:')) n += Object.keys(value as object).length;
    const whole = key === HISTORY_KEY && (value as { contracts?: object }).contracts;
    if (whole) n += Object.keys(whole).length;
  }
  return n;
}
const partKeys = (area: Area) => Object.keys(area.data).filter((k) => k.startsWith('contracts:'));
const report = (id: string): ContractsParse => ({
  page: 'contracts',
  url: tab.url,
  missed: [],
  contracts: [contract({ id })],
});
const ids = (reply: Reply) => {
  if (!reply.ok || !reply.state) throw new Error(reply.ok ? 'no state' : reply.error);
  return Object.keys(reply.state.history.contracts);
};
const fileOf = (count: number): Contract[] =>
  Array.from({ length: count }, (_, i) => contract({ id: String(60_000_000 + i) }));

describe('the history in parts', () => {
  it('writes a page’s report with the part its contract is in, not the whole history', async () => {
    const { area, writes } = recorded({ [HISTORY_KEY]: JSON.parse(JSON.stringify(largeHistory(6_000, 3))) });
    const send = worker(area);
    expect((await send({ type: 'observation', result: report('first') }, tab)).ok).toBe(true);
    // The first write stores a history kept whole by an earlier version in parts.
    expect(contractsIn(writes[0] ?? {})).toBe(6_001);
    expect((area.data[HISTORY_KEY] as { contracts?: unknown }).contracts).toBeUndefined();
    expect((await send({ type: 'observation', result: report('second') }, tab)).ok).toBe(true);
    const last = writes.at(-1) ?? {};
    expect(contractsIn(last)).toBeGreaterThan(0);
    expect(contractsIn(last)).toBeLessThan(6_002 / 10);
    // Nothing lost: a new worker reads every contract back.
    const again = ids(await worker(memoryStorage(area.data))({ type: 'get-state' }));
    expect(again).toHaveLength(6_002);
    expect(again).toEqual(expect.arrayContaining(['first', 'second', '50000000']));
  });

  it('writes a long import a batch at a time; a worker stopped between two writes loses only the import', {
    timeout: 60_000,
  }, async () => {
    let stoppedThere: Items | null = null;
    const { area, writes } = recorded({ [HISTORY_KEY]: typicalHistory() });
    const send = worker(area);
    expect((await send({ type: 'observation', result: report('before') }, tab)).ok).toBe(true);
    const batches = 4;
    const set = area.set.bind(area);
    let importWrites = 0;
    area.set = async (items) => {
      await set(items);
      // The worker is stopped just after the import's second write: what storage holds then is what it left.
      if (Object.keys(items).some((k) => k.startsWith('contracts:1:')) && ++importWrites === 2)
        stoppedThere = structuredClone(area.data);
    };
    const reply = await send({
      type: 'import',
      data: { schemaVersion: 1, contracts: fileOf(batches * IMPORT_BATCH) },
    });
    expect(reply.ok ? reply.summary : reply.error).toMatch(/^20000 contracts added/);
    expect(Math.max(...writes.map(contractsIn))).toBeLessThanOrEqual(IMPORT_BATCH);
    expect(ids(await send({ type: 'get-state' }))).toHaveLength(batches * IMPORT_BATCH + 9);
    // Only the new generation's parts are left once it is named.
    expect(partKeys(area).every((k) => k.startsWith('contracts:1:'))).toBe(true);

    expect(stoppedThere).not.toBeNull();
    const restarted = memoryStorage(stoppedThere ?? {});
    const kept = ids(await worker(restarted)({ type: 'get-state' }));
    expect(kept).toHaveLength(9);
    expect(kept).toContain('before');
    // What the stopped write left behind is removed by the next worker.
    expect(partKeys(restarted).some((k) => k.startsWith('contracts:1:'))).toBe(false);
  });

  it('keeps every contract of an import and of pages reporting during it, read back by a new worker', {
    timeout: 60_000,
  }, async () => {
    // A history stored whole by an earlier version, or none at all: the reports' first writes then store it in parts.
    for (const initial of [{ [HISTORY_KEY]: typicalHistory() }, {}]) {
      const { area } = recorded(initial);
      const send = worker(area);
      const importing = send({
        type: 'import',
        data: { schemaVersion: 1, contracts: fileOf(3 * IMPORT_BATCH) },
      });
      let done = false;
      importing.finally(() => {
        done = true;
      });
      const reported: string[] = [];
      while (!done) {
        const id = `page-${reported.length}`;
        expect((await send({ type: 'observation', result: report(id) }, tab)).ok).toBe(true);
        reported.push(id);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect((await importing).ok).toBe(true);
      const kept = ids(await worker(memoryStorage(area.data))({ type: 'get-state' }));
      expect(kept).toHaveLength(3 * IMPORT_BATCH + reported.length + (HISTORY_KEY in initial ? 8 : 0));
      expect(kept).toEqual(expect.arrayContaining(reported));
    }
  });

  it('keeps a page’s report that comes first while the import is being written, over a history stored whole', {
    timeout: 60_000,
  }, async () => {
    const { area } = recorded({ [HISTORY_KEY]: typicalHistory() });
    const send = worker(area);
    let reportSent: Promise<unknown> | null = null;
    const set = area.set.bind(area);
    area.set = async (items) => {
      await set(items);
      // The import's first write of parts: a page reports now, for the first time since the worker started.
      if (!reportSent && Object.keys(items).some((k) => k.startsWith('contracts:')))
        reportSent = send({ type: 'observation', result: report('while-writing') }, tab);
    };
    expect(
      (await send({ type: 'import', data: { schemaVersion: 1, contracts: fileOf(2 * IMPORT_BATCH) } })).ok,
    ).toBe(true);
    expect(await reportSent).toEqual({ ok: true });
    const kept = ids(await worker(memoryStorage(area.data))({ type: 'get-state' }));
    expect(kept).toHaveLength(2 * IMPORT_BATCH + 9);
    expect(kept).toContain('while-writing');
  });

  it('keeps the other contracts when storage lost or garbled a part, and says so with a backup', async () => {
    const area = memoryStorage();
    const send = worker(area);
    expect((await send({ type: 'import', data: { schemaVersion: 1, contracts: fileOf(300) } })).ok).toBe(
      true,
    );
    const [garbled, gone] = partKeys(area).filter((key) => Object.keys(area.data[key] as object).length > 0);
    const lost = [garbled, gone].flatMap((key) => Object.keys(area.data[key as string] as object));
    area.data[garbled as string] = 'not a part';
    delete area.data[gone as string];
    const reply = await worker(area)({ type: 'get-state' });
    const kept = ids(reply);
    expect(kept).toHaveLength(300 - lost.length);
    expect(kept.filter((id) => lost.includes(id))).toEqual([]);
    const problems = reply.ok ? (reply.state?.problems ?? []) : [];
    expect(problems.map((p) => p.message)).toEqual([
      '2 of the parts your contracts are stored in were missing or could not be read. What could not be used was kept aside; everything else was kept.',
    ]);
    expect(area.data[problems[0]?.backupKey ?? '']).toEqual({
      unreadableParts: { [garbled as string]: 'not a part', [gone as string]: null },
    });
  });

  it('leaves the history as it was when storage fills up during a long import, and says so', {
    timeout: 60_000,
  }, async () => {
    let partWrites = 0;
    const { area } = recorded({ [HISTORY_KEY]: typicalHistory() }, (_, items) =>
      Object.keys(items).some((k) => k.startsWith('contracts:1:')) ? ++partWrites === 3 : false,
    );
    const send = worker(area);
    expect((await send({ type: 'observation', result: report('before') }, tab)).ok).toBe(true);
    const reply = await send({
      type: 'import',
      data: { schemaVersion: 1, contracts: fileOf(3 * IMPORT_BATCH) },
    });
    expect(reply.ok ? 'imported' : reply.error).toMatch(/storage for JSS Guard is full/);
    expect(partKeys(area).some((k) => k.startsWith('contracts:1:'))).toBe(false);
    expect(ids(await worker(memoryStorage(area.data))({ type: 'get-state' }))).toHaveLength(9);
    expect(Object.keys((storedHistory(area.data) as { contracts: object }).contracts)).toContain('before');
  });
});
