import { dict } from '../dict';
import { SCHEMA_VERSION } from '../schema/history';
import { DEFAULT_SETTINGS, upgradeSettings } from '../settings';

/**
 * Steps that bring a stored history from one schema version to the next. Each is pure and small; a history of any
 * earlier version runs through every step after it. Version 0 is the unreleased shape that kept contracts in a list
 * and had no version number; it shows how a step is written and is tested.
 */
const STEPS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({
    ...old,
    schemaVersion: 1,
    contracts: Array.isArray(old.contracts)
      ? dict(old.contracts.map((c: { id?: unknown }) => [String(c?.id), c] as const))
      : (old.contracts ?? {}),
    clients: old.clients ?? {},
    jobs: old.jobs ?? [],
    jss: old.jss ?? [],
    pages: old.pages ?? {},
    settings: { ...DEFAULT_SETTINGS, ...(old.settings as object | undefined) },
  }),
  /** Version 2 knows contracts from Upwork's earnings report: their rows, and a status that may be `unknown`. */
  1: (old) => ({ ...old, schemaVersion: 2, reportRows: old.reportRows ?? {} }),
  // Version 3: the JSS model's version 2 (docs/jss-model.md). The settings gain the rule set (`current`) and the
  // model's new numbers at their defaults; the old model's minimum and update period move to the `legacy` keys.
  2: (old) => ({
    ...old,
    schemaVersion: 3,
    settings: { ...DEFAULT_SETTINGS, ...(upgradeSettings(old.settings) as object | undefined) },
  }),
  // Version 4: the daily habits' settings (invitations, messages, asking for feedback) at their defaults. The
  // invitations and unread messages it keeps are optional: a history without them is whole.
  3: (old) => ({
    ...old,
    schemaVersion: 4,
    settings: { ...DEFAULT_SETTINGS, ...(old.settings as object | undefined) },
  }),
  // Version 5: the option to fold the tiles of clients to avoid, off.
  4: (old) => ({
    ...old,
    schemaVersion: 5,
    settings: { ...DEFAULT_SETTINGS, ...(old.settings as object | undefined) },
  }),
  // Version 6: the switch for the hints beside invitations to interview, on.
  5: (old) => ({
    ...old,
    schemaVersion: 6,
    settings: { ...DEFAULT_SETTINGS, ...(old.settings as object | undefined) },
  }),
  // Version 7: the client facts job tiles showed, by job id (history/remembered-tiles.ts), none yet.
  6: (old) => ({ ...old, schemaVersion: 7, tiles: old.tiles ?? {} }),
};

export type Migration =
  | { kind: 'current' | 'migrated'; value: Record<string, unknown>; from: number }
  | { kind: 'future'; version: number }
  | { kind: 'unreadable' };

/** Brings stored data to the current version; says so when it is newer than this JSS Guard, or not a history. */
export function migrate(raw: unknown): Migration {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { kind: 'unreadable' };
  let value = raw as Record<string, unknown>;
  const from = typeof value.schemaVersion === 'number' ? value.schemaVersion : 0;
  if (!Number.isInteger(from) || from < 0) return { kind: 'unreadable' };
  if (from > SCHEMA_VERSION) return { kind: 'future', version: from };
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) return { kind: 'unreadable' };
    value = step(value);
  }
  return { kind: from === SCHEMA_VERSION ? 'current' : 'migrated', value, from };
}
