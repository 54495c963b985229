import { emptyHistory } from '../core/history/empty';
import { type History, History as HistorySchema } from '../core/schema/history';
import type { StorageArea } from './storage-area';

export const HISTORY_KEY = 'history';
export const SETTINGS_KEY = 'settings';
export const PROBLEMS_KEY = 'problems';
const BACKUP_PREFIX = 'backup:';

/** Something the store could not keep as it was; shown in the popup, with the key its raw data was saved under. */
export interface StoreProblem {
  at: string;
  message: string;
  backupKey: string | null;
}

/**
 * The history in `storage.local`. Every change is read-modify-write, one at a time through a queue, so two tabs
 * reporting at once cannot overwrite each other. The MV3 worker can be stopped between any two changes, so
 * nothing is cached across them.
 */
export class Store {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly area: StorageArea,
    /** The time of a change, as an ISO timestamp; tests pass a fixed clock. */
    readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Applies `change` to the stored history and saves it; resolves with the saved history. */
  update(change: (history: History, now: string) => History): Promise<History> {
    const run = this.queue.then(async () => {
      const now = this.now();
      const next = change(await this.load(now), now);
      await this.area.set({ [HISTORY_KEY]: next, [SETTINGS_KEY]: next.settings });
      return next;
    });
    // A failed change must not block the ones after it.
    this.queue = run.catch(() => undefined);
    return run;
  }

  read(): Promise<History> {
    const run = this.queue.then(() => this.load(this.now()));
    this.queue = run.catch(() => undefined);
    return run;
  }

  async problems(): Promise<StoreProblem[]> {
    const raw = (await this.area.get(PROBLEMS_KEY))[PROBLEMS_KEY];
    return Array.isArray(raw) ? (raw as StoreProblem[]) : [];
  }

  /** Loads the history; data that does not validate is kept aside under a backup key and reported, never dropped. */
  private async load(now: string): Promise<History> {
    const raw = (await this.area.get(HISTORY_KEY))[HISTORY_KEY];
    if (raw === undefined) return emptyHistory();
    const parsed = HistorySchema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const backupKey = `${BACKUP_PREFIX}${now}`;
    const issue = parsed.error.issues[0];
    const message = `Stored history did not validate (${issue?.path.join('.') || 'root'}: ${issue?.message}); it was kept aside and JSS Guard started a new one.`;
    await this.area.set({
      [backupKey]: raw,
      [PROBLEMS_KEY]: [...(await this.problems()), { at: now, message, backupKey }],
    });
    await this.area.remove(HISTORY_KEY);
    return emptyHistory();
  }
}
