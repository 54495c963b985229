import { emptyHistory } from '../core/history/empty';
import { migrate } from '../core/history/migrate';
import { salvage } from '../core/history/salvage';
import { sentenceCase } from '../core/jss';
import type { History } from '../core/schema/history';
import type { StoreProblems } from './store-problems';
import type { StoredHistory } from './stored-history';

export interface Loaded {
  history: History;
  /** Whether storage holds a history (none on a first run, after "delete all", or when it was kept aside). */
  stored: boolean;
  /** Whether the history differs from what is stored (migrated, or set right), so it is saved at once. */
  save: boolean;
}

/**
 * Loads the history, migrated to the current version. Whatever does not validate is kept aside under a backup
 * key and reported, never dropped: the parts that still validate are kept and used.
 */
export async function loadHistory(parts: StoredHistory, kept: StoreProblems, now: string): Promise<Loaded> {
  const { raw, unreadable } = await parts.read();
  if (raw === undefined) return { history: emptyHistory(), stored: false, save: false };
  const migration = migrate(raw);
  const startAgain = async (message: string): Promise<Loaded> => {
    await kept.keepAside(now, message, raw);
    await parts.remove();
    return { history: emptyHistory(), stored: false, save: false };
  };
  if (migration.kind === 'future')
    return startAgain(
      `Your history was saved by a newer JSS Guard (schema ${migration.version}); it was kept aside untouched and a new one started. Update JSS Guard to use it.`,
    );
  if (migration.kind === 'unreadable')
    return startAgain(
      'Your stored history could not be read at all; it was kept aside and a new one started.',
    );
  const { history, dropped, keptAside, changed } = salvage(migration.value);
  const unread = Object.keys(unreadable);
  const said = [
    ...(unread.length > 0
      ? [`${unread.length} of the parts your contracts are stored in were missing or could not be read`]
      : []),
    ...(dropped.length > 0 ? [`some stored data did not validate: ${dropped.join(', ')}`] : []),
  ];
  // One backup for both: a second one made at the same time would take the first one's key.
  if (said.length > 0)
    await kept.keepAside(
      now,
      `${sentenceCase(said.join('; '))}. What could not be used was kept aside; everything else was kept.`,
      unread.length > 0
        ? { unreadableParts: unreadable, ...(dropped.length > 0 && { dropped: keptAside }) }
        : keptAside,
    );
  const save = changed || migration.kind === 'migrated' || unread.length > 0;
  parts.loaded(history, !save);
  return { history, stored: true, save };
}
