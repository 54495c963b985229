import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage } from '../../src/background/handler';
import { popupSnapshotItems } from '../../src/background/popup-snapshot';
import { memoryStorage, type StorageArea } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { mergeObservation } from '../../src/core/history/merge';
import type { Reply } from '../../src/core/replies';
import type { Contract, ContractsParse } from '../../src/core/schema/contract';
import { SCHEMA_VERSION } from '../../src/core/schema/history';
import { HISTORY_KEY } from '../../src/core/storage-keys';
import { typicalHistory } from '../helpers/histories';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const popup = { id: EXTENSION, url: `${ORIGIN}options.html` };
const tab = { id: EXTENSION, url: 'https://www.upwork.com/nx/wm/contracts', tab: { id: 1 } };

function setup(area: StorageArea & { data: Record<string, unknown> } = memoryStorage()) {
  let tick = 0;
  const store = new Store(
    area,
    () => new Date(Date.UTC(2026, 10, 25, 12, 0, 0, tick++)).toISOString(),
    popupSnapshotItems,
  );
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  const send = (message: unknown, sender = popup) => handleMessage(message, sender, ctx);
  return { area, store, ctx, send };
}

const contract = (id: string, fields: Partial<Contract> = {}): Contract => ({
  id,
  title: `Contract ${id}`,
  clientId: null,
  clientName: 'Client',
  kind: 'hourly',
  status: 'active',
  startedAt: '2026-09-01',
  endedAt: null,
  lastActivityAt: '2026-11-20',
  earnings: 100,
  feedbackReceived: null,
  feedbackGiven: null,
  endedBy: null,
  ...fields,
});
const contractsPage = (contracts: Contract[]): ContractsParse => ({
  page: 'contracts',
  url: 'https://www.upwork.com/nx/wm/contracts',
  missed: [],
  contracts,
});
const stateOf = (reply: Reply) => {
  if (!reply.ok || !reply.state) throw new Error(reply.ok ? 'no state' : reply.error);
  return reply.state;
};

describe('the store', () => {
  // Each write saves the whole history and its snapshot (up to 1,000 contracts here): 15–35 s on a loaded
  // two-core machine, so it is given three minutes; it asserts what is kept, not how fast.
  it('loses nothing when 10 writers send 100 observations each at once', { timeout: 180_000 }, async () => {
    const { store } = setup();
    await Promise.all(
      Array.from({ length: 10 }, (_, writer) =>
        Promise.all(
          Array.from({ length: 100 }, (_, n) =>
            store.update((h, now) => mergeObservation(h, contractsPage([contract(`${writer}-${n}`)]), now)),
          ),
        ),
      ),
    );
    expect(Object.keys((await store.read()).contracts)).toHaveLength(1000);
  });

  it('keeps the newest value of each field and never drops a contract', async () => {
    const { store } = setup();
    await store.update((h, now) =>
      mergeObservation(h, contractsPage([contract('a', { earnings: 100 }), contract('b')]), now),
    );
    await store.update((h, now) =>
      mergeObservation(h, contractsPage([contract('a', { earnings: 250, title: null })]), now),
    );
    const { contracts } = await store.read();
    expect(contracts.a).toMatchObject({ earnings: 250, title: 'Contract a' });
    expect(contracts.b).toBeDefined();
  });

  it('lets a user’s correction win over later reads of the page', async () => {
    const { send, store } = setup();
    await send(
      {
        type: 'observation',
        result: contractsPage([contract('a', { status: 'ended', endedAt: '2026-11-01', endedBy: null })]),
      },
      tab,
    );
    await send({ type: 'edit-contract', contract: { id: 'a', endedBy: 'client', feedbackReceived: 5 } });
    await send(
      {
        type: 'observation',
        result: contractsPage([
          contract('a', {
            status: 'ended',
            endedAt: '2026-11-01',
            endedBy: 'freelancer',
            feedbackReceived: 3,
          }),
        ]),
      },
      tab,
    );
    expect((await store.read()).contracts.a).toMatchObject({
      endedBy: 'client',
      feedbackReceived: 5,
      userFields: expect.arrayContaining(['endedBy', 'feedbackReceived']),
    });
  });

  it('migrates a version-0 history (contracts in a list) to the current version', async () => {
    const old = { contracts: [contract('x'), contract('y')], jss: [] };
    const { store, area } = setup(memoryStorage({ [HISTORY_KEY]: old }));
    // v0 contracts lack the fields v1 adds: they are kept aside, not silently turned into something else.
    const history = await store.read();
    expect(history.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(area.data).some((k) => k.startsWith('backup:'))).toBe(true);
    expect(typeof history.contracts).toBe('object');
  });

  it('migrates a version-0 history whose contracts validate, keeping every one', async () => {
    const stored = (id: string) => ({
      ...contract(id),
      firstSeenAt: '2026-01-01T00:00:00.000Z',
      lastSeenAt: '2026-01-01T00:00:00.000Z',
      userFields: [],
    });
    const { store, area } = setup(
      memoryStorage({ [HISTORY_KEY]: { contracts: [stored('x'), stored('y')] } }),
    );
    expect(Object.keys((await store.read()).contracts)).toEqual(['x', 'y']);
    expect(Object.keys(area.data).filter((k) => k.startsWith('backup:'))).toEqual([]);
  });

  it('keeps a history from a newer JSS Guard aside untouched and says so', async () => {
    const future = { schemaVersion: SCHEMA_VERSION + 1, contracts: { a: { anything: true } } };
    const { send, area } = setup(memoryStorage({ [HISTORY_KEY]: future }));
    const state = stateOf(await send({ type: 'get-state' }));
    expect(state.problems[0]?.message).toContain('newer JSS Guard');
    expect(area.data[state.problems[0]?.backupKey ?? '']).toEqual(future);
  });

  it('keeps every part of a damaged history that still validates, and the rest aside', async () => {
    const history = typicalHistory();
    const damaged = {
      ...history,
      contracts: { ...history.contracts, broken: { id: 'broken', earnings: 'lots' } },
      settings: { inactiveDays: -3 },
    };
    const { send, area } = setup(memoryStorage({ [HISTORY_KEY]: JSON.parse(JSON.stringify(damaged)) }));
    const state = stateOf(await send({ type: 'get-state' }));
    expect(Object.keys(state.history.contracts)).toHaveLength(8);
    expect(state.history.jss).toHaveLength(4);
    expect(state.problems[0]?.message).toContain('1 contract');
    expect(state.problems[0]?.message).toContain('the setting inactiveDays (reset to its default, 30)');
    // Only what failed is kept aside: the broken contract and the bad setting, not the 8 contracts kept.
    expect(area.data[state.problems[0]?.backupKey ?? '']).toEqual({
      contracts: { broken: { id: 'broken', earnings: 'lots' } },
      settings: { inactiveDays: -3 },
    });
  });

  it('starts anew from data that is not a history at all, keeping it aside', async () => {
    const { send, area } = setup(memoryStorage({ [HISTORY_KEY]: 'not json at all' }));
    const state = stateOf(await send({ type: 'get-state' }));
    expect(state.history.contracts).toEqual({});
    expect(area.data[state.problems[0]?.backupKey ?? '']).toBe('not json at all');
  });

  it('says the change was not saved when storage is full, and keeps what was stored', async () => {
    const area = memoryStorage();
    const { send, store } = setup(area);
    await send({ type: 'observation', result: contractsPage([contract('kept')]) }, tab);
    area.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    const reply = await send({ type: 'observation', result: contractsPage([contract('new')]) }, tab);
    expect(reply).toMatchObject({
      ok: false,
      error: expect.stringContaining('storage for JSS Guard is full'),
    });
    expect(Object.keys((await store.read()).contracts)).toEqual(['kept']);
  });

  it('exports the history and imports it back into an empty one, saying what changed', async () => {
    const from = setup(memoryStorage({ [HISTORY_KEY]: typicalHistory() }));
    const exported = await from.send({ type: 'export' });
    if (!exported.ok || !exported.exported) throw new Error('no export');
    expect(exported.exported.contracts).toHaveLength(8);

    const to = setup();
    const reply = await to.send({ type: 'import', data: JSON.parse(JSON.stringify(exported.exported)) });
    expect(reply).toMatchObject({
      ok: true,
      summary: '8 contracts added, 0 contracts updated, 4 scores added, 0 clients added.',
    });
    expect(stateOf(reply).history.contracts).toEqual(typicalHistory().contracts);
    const again = await to.send({ type: 'import', data: JSON.parse(JSON.stringify(exported.exported)) });
    expect(again).toMatchObject({
      summary: '0 contracts added, 0 contracts updated, 0 scores added, 0 clients added.',
    });
  });

  it('refuses a file that is not an export and changes nothing', async () => {
    const { send, area } = setup();
    const reply = await send({ type: 'import', data: { hello: 'world' } });
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('cannot be imported') });
    expect(area.data[HISTORY_KEY]).toBeUndefined();
  });

  it('deletes all of the user’s data', async () => {
    const { send, area } = setup(
      memoryStorage({ [HISTORY_KEY]: typicalHistory(), 'backup:old': {}, problems: [] }),
    );
    const state = stateOf(await send({ type: 'delete-all' }));
    expect(area.data).toEqual({});
    expect(state.history.contracts).toEqual({});
  });
});
