import type { PopupSnapshot, StoreProblem } from '../core/replies';
import { SNAPSHOT_VERSION } from '../core/storage-keys';
import type { PopupState } from './popup-view';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The popup's first view from the snapshot the worker saved, or null when there is none it should show: made by
 * another version, on another day, or not in the shape it writes. (The whole state follows at once either way.)
 */
export function stateFromSnapshot(raw: unknown, problems: unknown, today: string): PopupState | null {
  if (!isObject(raw) || raw.version !== SNAPSHOT_VERSION || raw.day !== today) return null;
  const { state, contractCount } = raw as Partial<PopupSnapshot>;
  const history = state?.history;
  if (typeof contractCount !== 'number' || !isObject(state) || !isObject(history)) return null;
  const shaped =
    isObject(history.contracts) &&
    isObject(history.clients) &&
    isObject(history.settings) &&
    isObject(history.pages) &&
    Array.isArray(history.jobs) &&
    Array.isArray(history.jss) &&
    isObject(state.projection) &&
    Array.isArray(state.warnings) &&
    Array.isArray(state.likedClients);
  if (!shaped) return null;
  return {
    ...state,
    problems: Array.isArray(problems) ? (problems as StoreProblem[]) : [],
    partial: { contractCount },
  };
}
