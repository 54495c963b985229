// The popup's state and its snapshot are made in turns outside the store's queue (background/state.ts, derived.ts):
// on a large history a page's report is answered while they are being made, and the snapshot saved is always of the
// newest history.
import { describe, expect, it } from 'vitest';
import { type HandlerContext, handleMessage } from '../../src/background/handler';
import { popupSnapshotItems } from '../../src/background/popup-snapshot';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import type { ContractsParse } from '../../src/core/schema/contract';
import type { History } from '../../src/core/schema/history';
import { HISTORY_KEY, SNAPSHOT_KEY } from '../../src/core/storage-keys';
import { contract } from '../helpers/contracts';
import { largeHistory } from '../helpers/histories';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const popup = { id: EXTENSION, url: `${ORIGIN}popup.html` };
const tab = { id: EXTENSION, url: 'https://www.upwork.com/nx/wm/contracts', tab: { id: 1 } };
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const report = (id: string): ContractsParse => ({
  page: 'contracts',
  url: tab.url,
  missed: [],
  contracts: [contract({ id })],
});

function worker(area = memoryStorage(), derive = popupSnapshotItems) {
  const store = new Store(area, () => '2026-11-25T12:00:00.000Z', derive);
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  return {
    store,
    send: (message: unknown, sender: typeof popup = popup) => handleMessage(message, sender, ctx),
  };
}

describe('the popup’s state of a large history', () => {
  it('is made in turns: a page’s report sent meanwhile is answered first', { timeout: 60_000 }, async () => {
    const { send } = worker(memoryStorage({ [HISTORY_KEY]: largeHistory(20_000, 5) }));
    expect((await send({ type: 'observation', result: report('first') }, tab)).ok).toBe(true);
    const order: string[] = [];
    const state = send({ type: 'get-state' }).then((reply) => {
      order.push('state');
      return reply;
    });
    await nextTask();
    await send({ type: 'observation', result: report('meanwhile') }, tab).then(() => order.push('report'));
    const reply = await state;
    expect(order).toEqual(['report', 'state']);
    expect(reply.ok && Object.keys(reply.state?.history.contracts ?? {})).toHaveLength(20_001);
  });

  it('saves the snapshot of the newest history when pages report faster than it is made', async () => {
    const made: number[] = [];
    const derive = (history: History, now: string) => {
      made.push(Object.keys(history.contracts).length);
      return popupSnapshotItems(history, now);
    };
    const area = memoryStorage({ [HISTORY_KEY]: largeHistory(3_000, 5) });
    const { store, send } = worker(area, derive);
    await Promise.all(
      Array.from({ length: 6 }, (_, n) => send({ type: 'observation', result: report(`page-${n}`) }, tab)),
    );
    await store.derived();
    expect(area.data[SNAPSHOT_KEY]).toMatchObject({ contractCount: 3_006 });
    // The first was being made when the others came: only the last of those was made after it.
    expect(made).toEqual([3_001, 3_006]);
  });
});
