// A long history import and the pages reporting meanwhile (security.md, "Hostile input, second round", case 1): a
// page's report waits for one step of the import (IMPORT_BATCH contracts checked or merged), never for the whole
// file, and nothing is half-imported: until the import's last step the stored history is the one from before it,
// with what pages reported meanwhile.
import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage } from '../../src/background/handler';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { dict } from '../../src/core/dict';
import { emptyHistory } from '../../src/core/history/empty';
import { contractImporter, IMPORT_BATCH } from '../../src/core/history/transfer';
import type { Reply } from '../../src/core/replies';
import type { Contract, ContractsParse } from '../../src/core/schema/contract';
import type { StoredContract } from '../../src/core/schema/history';
import { contract } from '../helpers/contracts';
import { NOW } from '../helpers/histories';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const options = { id: EXTENSION, url: `${ORIGIN}options.html` };
const tab = { id: EXTENSION, url: 'https://www.upwork.com/nx/wm/contracts', tab: { id: 1 } };
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A worker over `area`: a new one over the same storage is what the browser starts after stopping the last. */
function worker(area = memoryStorage()) {
  let tick = 0;
  const store = new Store(area, () => new Date(Date.UTC(2026, 10, 25, 12, 0, 0, tick++)).toISOString());
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  return { area, send: (message: unknown, sender = options) => handleMessage(message, sender, ctx) };
}
type Send = ReturnType<typeof worker>['send'];

const manyContracts = (batches: number): Contract[] =>
  Array.from({ length: batches * IMPORT_BATCH }, (_, i) => contract({ id: String(60_000_000 + i) }));
const report = (id: string): ContractsParse => ({
  page: 'contracts',
  url: tab.url,
  missed: [],
  contracts: [contract({ id })],
});
async function storedIds(send: Send): Promise<string[]> {
  const reply = await send({ type: 'get-state' });
  if (!reply.ok || !reply.state) throw new Error('no state');
  return Object.keys(reply.state.history.contracts);
}

/** A page reporting back to back (a task apart, as messages arrive) until `until` settles; the replies it got. */
async function pageReportingUntil(send: Send, until: Promise<unknown>): Promise<Reply[]> {
  let done = false;
  until.finally(() => {
    done = true;
  });
  const replies: Reply[] = [];
  for (let n = 0; !done; n++) {
    const reply = await send({ type: 'observation', result: report(`page-${n}`) }, tab);
    if (!done) replies.push(reply);
    await nextTask();
  }
  return replies;
}

describe('a long history import while pages report', () => {
  it('answers a page between steps of checking the file, even one refused at its last contract', {
    timeout: 60_000,
  }, async () => {
    const { send } = worker();
    const batches = 4;
    const contracts = manyContracts(batches);
    contracts[contracts.length - 1] = {
      ...contract({ id: 'last' }),
      status: 'finished',
    } as unknown as Contract;
    const importing = send({ type: 'import', data: { schemaVersion: 1, contracts } });
    const replies = await pageReportingUntil(send, importing);
    const imported = await importing;
    expect(imported.ok ? '' : imported.error).toContain(
      `contract ${contracts.length} (id “last”), field “status”`,
    );
    // One answer at least between each two steps of the check: no report waited for more than one batch of it.
    expect(replies.length).toBeGreaterThanOrEqual(batches - 1);
    expect(replies.every((r) => r.ok)).toBe(true);
    const ids = await storedIds(send);
    expect(ids).toEqual(expect.arrayContaining(replies.map((_, n) => `page-${n}`)));
    expect(ids.filter((id) => id.startsWith('6')).length).toBe(0);
  });

  it('answers a page between every two steps of an import, checking or merging: none waits for more than one batch', {
    timeout: 60_000,
  }, async () => {
    const { send } = worker();
    const batches = 4;
    const importing = send({ type: 'import', data: { schemaVersion: 1, contracts: manyContracts(batches) } });
    const replies = await pageReportingUntil(send, importing);
    expect((await importing).ok).toBe(true);
    // The file is checked in `batches` steps, then merged in as many.
    expect(replies.length).toBeGreaterThanOrEqual(2 * batches - 1);
    const ids = await storedIds(send);
    expect(ids.filter((id) => id.startsWith('6')).length).toBe(batches * IMPORT_BATCH);
    expect(ids).toEqual(expect.arrayContaining(replies.map((_, n) => `page-${n}`)));
  });

  it('keeps a page reported during an import without half the import: a worker stopped then loses only the import', {
    timeout: 60_000,
  }, async () => {
    const { send, area } = worker();
    expect((await send({ type: 'observation', result: report('before') }, tab)).ok).toBe(true);
    let importDone = false;
    const importing = send({
      type: 'import',
      data: { schemaVersion: 1, contracts: manyContracts(3) },
    }).finally(() => {
      importDone = true;
    });
    await nextTask();
    await nextTask();
    expect((await send({ type: 'observation', result: report('meanwhile') }, tab)).ok).toBe(true);
    expect(importDone).toBe(false);
    // The worker is stopped now: a new one reads what was stored.
    const restarted = worker(memoryStorage(area.data));
    const stored = await storedIds(restarted.send);
    expect({
      fromFile: stored.filter((id) => id.startsWith('6')).length,
      others: stored.filter((id) => !id.startsWith('6')).sort(),
    }).toEqual({
      fromFile: 0,
      others: ['before', 'meanwhile'],
    });
    // This one was not stopped: the import ends, and keeps the page's report.
    expect((await importing).ok).toBe(true);
    const ids = await storedIds(send);
    expect(ids).toHaveLength(3 * IMPORT_BATCH + 2);
    expect(ids).toEqual(expect.arrayContaining(['before', 'meanwhile']));
  });

  it('keeps both of two long imports sent at once (two options pages)', { timeout: 60_000 }, async () => {
    const { send } = worker();
    const half = (from: number) =>
      Array.from({ length: 2 * IMPORT_BATCH }, (_, i) => contract({ id: String(from + i) }));
    const replies = await Promise.all([
      send({ type: 'import', data: { schemaVersion: 1, contracts: half(70_000_000) } }),
      send({ type: 'import', data: { schemaVersion: 1, contracts: half(80_000_000) } }),
    ]);
    expect(replies.map((r) => (r.ok ? r.summary : r.error))).toEqual([
      expect.stringMatching(new RegExp(`^${2 * IMPORT_BATCH} contracts added`)),
      expect.stringMatching(new RegExp(`^${2 * IMPORT_BATCH} contracts added`)),
    ]);
    expect(await storedIds(send)).toHaveLength(4 * IMPORT_BATCH);
  });

  it('merges into a contracts map in place only when told it is the import’s alone, never into one the store holds', () => {
    const merge = contractImporter({ contractsAdded: 0, contractsUpdated: 0 });
    const entry = (id: string): [string, StoredContract] => [
      id,
      { ...contract({ id }), firstSeenAt: NOW, lastSeenAt: NOW, userFields: [] },
    ];
    const stored = { ...emptyHistory(), contracts: dict([entry('kept')]) };
    const first = merge(stored, [contract({ id: 'a' })], NOW, false);
    expect(Object.keys(stored.contracts)).toEqual(['kept']);
    // A page's report meanwhile made a new map for the history being imported, and nothing else holds it.
    const reported = { ...first, contracts: dict([...Object.entries(first.contracts), entry('page')]) };
    const second = merge(reported, [contract({ id: 'b' })], NOW, true);
    expect(second.contracts).toBe(reported.contracts);
    expect(Object.keys(second.contracts).sort()).toEqual(['a', 'b', 'kept', 'page']);
    // Told so of a map with a prototype, it still copies: an id `__proto__` must stay an ordinary key.
    const plain = { ...second, contracts: { ...second.contracts } };
    const third = merge(plain, [contract({ id: '__proto__' })], NOW, true);
    expect(third.contracts).not.toBe(plain.contracts);
    expect(Object.keys(plain.contracts)).not.toContain('__proto__');
    expect(Object.keys(third.contracts)).toContain('__proto__');
  });

  it('stops an import when the user deletes everything meanwhile, and says so', {
    timeout: 60_000,
  }, async () => {
    const { send } = worker();
    const importing = send({ type: 'import', data: { schemaVersion: 1, contracts: manyContracts(3) } });
    await nextTask();
    await nextTask();
    expect((await send({ type: 'delete-all' })).ok).toBe(true);
    const reply = await importing;
    expect(reply.ok ? 'imported' : reply.error).toContain('deleted');
    expect(await storedIds(send)).toEqual([]);
  });
});
