// Hostile import files (security.md, "Hostile input, second round", cases 1 and 5): what a file may hold and how
// a refusal reads.
import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage } from '../../src/background/handler';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { checkImport } from '../../src/core/history/import-check';
import type { Reply } from '../../src/core/replies';
import type { Contract, ContractsParse } from '../../src/core/schema/contract';
import { HISTORY_KEY } from '../../src/core/storage-keys';
import { contract } from '../helpers/contracts';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const options = { id: EXTENSION, url: `${ORIGIN}options.html` };
const tab = { id: EXTENSION, url: 'https://www.upwork.com/nx/wm/contracts', tab: { id: 1 } };

function setup(area = memoryStorage()) {
  let tick = 0;
  const store = new Store(area, () => new Date(Date.UTC(2026, 10, 25, 12, 0, 0, tick++)).toISOString());
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  return { area, store, send: (message: unknown, sender = options) => handleMessage(message, sender, ctx) };
}
const file = (contracts: unknown[], extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  contracts,
  ...extra,
});
const refusal = (reply: Reply) => (reply.ok ? '' : reply.error);
const summaryOf = (reply: Reply) => (reply.ok ? (reply.summary ?? '') : reply.error);

describe('importing a history file', () => {
  it('refuses a file saved by a newer JSS Guard and says so, changing nothing', async () => {
    const { send, area } = setup();
    const error = refusal(
      await send({ type: 'import', data: file([contract({ id: '1' })], { schemaVersion: 99 }) }),
    );
    expect(error).toContain('newer JSS Guard (schema 99)');
    expect(error).toContain('Update JSS Guard');
    expect(area.data[HISTORY_KEY]).toBeUndefined();
  });

  it('keeps contracts whose ids are names of object properties, and they survive a worker restart', async () => {
    const ids = ['__proto__', 'hasOwnProperty', 'constructor', 'toString'];
    const { send, area } = setup();
    const reply = await send({
      type: 'import',
      data: file(ids.map((id) => contract({ id, title: `T ${id}` }))),
    });
    expect(summaryOf(reply)).toMatch(/^4 contracts added/);
    // The user corrects one of them in the options' contract form.
    const edited = await send({ type: 'edit-contract', contract: { id: '__proto__', feedbackReceived: 5 } });
    expect(edited.ok).toBe(true);
    // A new worker reads them back from storage.
    const state = await setup(area).send({ type: 'get-state' });
    if (!state.ok || !state.state) throw new Error('no state');
    const stored = state.state.history.contracts;
    expect(Object.keys(stored).sort()).toEqual([...ids].sort());
    expect(Object.getOwnPropertyDescriptor(stored, '__proto__')?.value).toMatchObject({
      title: 'T __proto__',
      feedbackReceived: 5,
      userFields: ['feedbackReceived'],
    });
    expect(state.state.problems).toEqual([]);
  });

  it('adds a contract the user types with a prototype name as its id', async () => {
    const { send } = setup();
    for (const id of ['toString', 'constructor']) {
      const reply = await send({ type: 'edit-contract', contract: { id, title: 'typed', earnings: 10 } });
      expect(reply.ok ? 'ok' : reply.error).toBe('ok');
    }
  });

  it('refuses dates that do not exist, naming the contract and the field', async () => {
    for (const [field, value] of [
      ['startedAt', '9999-99-99'],
      ['endedAt', '2026-02-30'],
      ['firstSeenAt', '9999-99-99T::Z'],
      ['lastSeenAt', '2026-13-01T10:00:00Z'],
    ] as const) {
      const { send, area } = setup();
      const error = refusal(
        await send({ type: 'import', data: file([contract({ id: '777', [field]: value })]) }),
      );
      expect(error).toContain(`contract 1 (id “777”), field “${field}” is “${value}”`);
      expect(error).toMatch(
        /expected a real date as YYYY-MM-DD|expected a date and time as YYYY-MM-DDTHH:MM:SSZ/,
      );
      expect(error).toContain('Nothing was imported.');
      expect(area.data[HISTORY_KEY]).toBeUndefined();
    }
  });

  it('takes leap days only in leap years', () => {
    const on = (startedAt: string) => checkImport(file([contract({ id: '1', startedAt })])).ok;
    expect([on('2024-02-29'), on('2000-02-29'), on('2026-12-31')]).toEqual([true, true, true]);
    expect([on('2025-02-29'), on('2100-02-29'), on('2026-04-31'), on('2026-4-01')]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('refuses a number too large to read instead of storing it as unknown', () => {
    const data = JSON.parse('{"schemaVersion":1,"contracts":[{"id":"5","earnings":1e999}]}');
    const check = checkImport(data);
    expect(check.ok ? '' : check.error).toContain(
      'contract 1 (id “5”), field “earnings” holds a number too large',
    );
  });

  it('says what each refused field would accept, in words', () => {
    const check = checkImport(
      file([{ ...contract({ id: '9' }), status: 'finished', feedbackReceived: 7, kind: 3 }]),
    );
    const error = check.ok ? '' : check.error;
    expect(error).toContain('field “kind” is 3: expected one of “hourly”, “fixed”');
    expect(error).toContain('field “status” is “finished”: expected one of “active”, “paused”, “ended”');
    expect(error).toContain('field “feedbackReceived” is 7: expected a number no more than 5');
    expect(error).not.toMatch(/Invalid input|undefined|ZodError/);
  });

  it('counts a contract listed three times under one id once, and says the file repeated it', async () => {
    const { send } = setup();
    const twice = [
      contract({ id: '42', earnings: 10 }),
      contract({ id: '42', earnings: 20 }),
      contract({ id: '42', earnings: null }),
    ];
    const reply = await send({ type: 'import', data: file(twice) });
    expect(summaryOf(reply)).toMatch(/^1 contract added, 0 contracts updated/);
    expect(summaryOf(reply)).toContain('listed 2 contracts again under an id it already had');
    const state = await send({ type: 'get-state' });
    expect(state.ok && state.state?.history.contracts['42']?.earnings).toBe(20);
  });

  it('holds the store for one step at a time: a page reported during a long import is stored before it ends', {
    timeout: 60_000,
  }, async () => {
    const { send } = setup();
    const contracts: Contract[] = Array.from({ length: 12_000 }, (_, i) =>
      contract({ id: String(60_000_000 + i) }),
    );
    const order: string[] = [];
    const importing = send({ type: 'import', data: file(contracts) }).then((r) =>
      order.push(`import ${r.ok}`),
    );
    const page: ContractsParse = {
      page: 'contracts',
      url: tab.url,
      missed: [],
      contracts: [contract({ id: 'p1' })],
    };
    const observing = send({ type: 'observation', result: page }, tab).then((r) =>
      order.push(`page ${r.ok}`),
    );
    await Promise.all([importing, observing]);
    expect(order).toEqual(['page true', 'import true']);
    const state = await send({ type: 'get-state' });
    expect(state.ok && Object.keys(state.state?.history.contracts ?? {})).toHaveLength(12_001);
  });
});
