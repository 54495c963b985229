import type { History, StoredContract } from '../schema/history';
import { eachInSteps, type Steps } from '../steps';

/**
 * Each history's contracts as a list, made once: `Object.values` of 50,000 contracts takes ~9 ms (their numeric ids
 * make the map a dictionary), and the projection, the rules, completeness and liked clients each need the list.
 * Keyed by the history, not its contracts map: an import merges step after step into one map it owns, each step's
 * history a new object (transfer.ts, `contractImporter`).
 */
const lists = new WeakMap<History, readonly StoredContract[]>();

/** `Object.values(history.contracts)`, in the same order, a step at a time; the list is shared, so never change it. */
export function* contractListSteps(history: History): Steps<readonly StoredContract[]> {
  const cached = lists.get(history);
  if (cached) return cached;
  const list: StoredContract[] = [];
  yield* eachValueInSteps(history.contracts, (contract) => {
    list.push(contract);
  });
  lists.set(history, list);
  return list;
}

/**
 * Calls `visit` on each of the map's values in `Object.values` order, `STATE_STEP` per step. Only the keys are taken
 * at once: ~6 ms for 50,000, of the ~9 ms `Object.values` would hold the worker for.
 */
export function* eachValueInSteps<T>(
  map: Readonly<Record<string, T>>,
  visit: (value: T) => void,
): Steps<void> {
  yield* eachInSteps(Object.keys(map), (key) => {
    // On a plain object (as storage or JSON gave it), `map.__proto__` reads the prototype, not the own entry.
    visit((key === '__proto__' ? Object.getOwnPropertyDescriptor(map, key)?.value : map[key]) as T);
  });
}
