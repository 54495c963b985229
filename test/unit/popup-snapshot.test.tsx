// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { popupSnapshot, popupSnapshotItems } from '../../src/background/popup-snapshot';
import { stateOf } from '../../src/background/state';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { mergeObservation } from '../../src/core/history/merge';
import type { PopupSnapshot, State } from '../../src/core/replies';
import type { History } from '../../src/core/schema/history';
import { HISTORY_KEY, SNAPSHOT_KEY } from '../../src/core/storage-keys';
import { type PopupState, PopupView } from '../../src/popup/popup-view';
import { stateFromSnapshot } from '../../src/popup/snapshot';
import { largeHistory, NOW, typicalHistory } from '../helpers/histories';

const TODAY = NOW.slice(0, 10);
const wholeState = (history: History): State => stateOf(history, NOW);
/** The snapshot as the popup reads it from storage: after a JSON round trip. */
const stored = (history: History): PopupSnapshot => JSON.parse(JSON.stringify(popupSnapshot(history, NOW)));

function popupText(state: PopupState, activeUrl: string | null = null): string {
  const root = document.createElement('div');
  render(<PopupView state={state} now={NOW} activeUrl={activeUrl} />, root);
  return root.textContent ?? '';
}

describe('the popup’s snapshot', () => {
  it('paints exactly what the popup shows once the whole history has loaded', () => {
    for (const history of [typicalHistory(), largeHistory(1000)]) {
      const first = stateFromSnapshot(stored(history), [], TODAY);
      if (!first) throw new Error('snapshot refused');
      const activeJob = history.jobs[0]?.url ?? null;
      expect(popupText(first, activeJob)).toBe(popupText(wholeState(history), activeJob));
    }
    const first = stateFromSnapshot(stored(largeHistory(1000)), [], TODAY);
    expect(first && popupText(first)).toContain('Show all 1000 contracts');
  });

  it('stays small however long the history', () => {
    expect(JSON.stringify(popupSnapshot(largeHistory(1000), NOW)).length).toBeLessThan(40_000);
  });

  it('is not used on another day, from another version, or in a shape the popup cannot show', () => {
    const good = stored(typicalHistory());
    expect(stateFromSnapshot(good, [], TODAY)).not.toBeNull();
    expect(stateFromSnapshot(good, [], '2026-11-26')).toBeNull();
    expect(stateFromSnapshot({ ...good, version: 99 }, [], TODAY)).toBeNull();
    for (const damaged of [
      null,
      'popup',
      [],
      { ...good, contractCount: '8' },
      { ...good, state: null },
      { ...good, state: { ...good.state, warnings: {} } },
      { ...good, state: { ...good.state, history: { ...good.state.history, jobs: null } } },
    ]) {
      expect(stateFromSnapshot(damaged, [], TODAY)).toBeNull();
    }
  });

  it('is saved with every change, and made again on the first read of a new day', async () => {
    let now = NOW;
    const area = memoryStorage({ [HISTORY_KEY]: typicalHistory() });
    const store = new Store(area, () => now, popupSnapshotItems);
    await store.update((h, at) =>
      mergeObservation(
        h,
        { page: 'contracts', url: 'https://www.upwork.com/nx/wm/contracts', missed: [], contracts: [] },
        at,
      ),
    );
    await store.derived();
    expect(area.data[SNAPSHOT_KEY]).toMatchObject({ day: TODAY, contractCount: 8 });
    now = '2026-11-26T08:00:00.000Z';
    await store.read();
    await store.derived();
    expect(area.data[SNAPSHOT_KEY]).toMatchObject({ day: '2026-11-26', contractCount: 8 });
  });
});
