import { emptyHistory } from '../core/history/empty';
import { migrate } from '../core/history/migrate';
import { salvage } from '../core/history/salvage';
import type { StoreProblem } from '../core/replies';
import type { History } from '../core/schema/history';
import { HISTORY_KEY, SETTINGS_KEY, WRITE_KEY } from '../core/storage-keys';
import { isoDay } from '../core/time';
import type { StorageArea } from './storage-area';
import { StoreProblems } from './store-problems';

type Change = (history: History, now: string) => History;

/** A change made in steps: see `Store.inSteps`. */
export interface ChangeInSteps {
  /** Applies `change` to what the steps so far made, in its own turn of the queue; nothing is saved. */
  step(change: Change): Promise<void>;
  /** The last step: applies `change` likewise, then saves the whole; resolves with the saved history. */
  save(change: Change): Promise<History>;
  /** Forgets what the steps made, e.g. when one of them failed. */
  drop(): void;
}

interface Held {
  /** What the steps so far made, or null before the first. */
  history: History | null;
  /** Why the steps cannot go on (the history was deleted meanwhile), or null. */
  dropped: string | null;
}

/**
 * The history in `storage.local`. Every change is read-modify-write, one at a time through a queue, so two tabs
 * reporting at once cannot overwrite each other. The MV3 worker can be stopped between any two changes, so what
 * it keeps in memory lives as long as the worker.
 */
export class Store {
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * The history as last loaded or saved, for this worker's life only: MV3 may stop the worker at any time, and then
   * the next change loads from storage again. `storageChanged()` drops it when storage changes behind the store's
   * back.
   */
  private cached: History | null = null;
  /** Ids of this store's writes not yet seen in `storage.onChanged`: every write carries one, so it always fires. */
  private readonly ownWrites = new Set<string>();
  private writes = 0;
  /** The UTC day `derive` last ran on, or null when what it saved may be out of date. */
  private derivedDay: string | null = null;
  /** Whether storage holds a history, as of the last load or save. */
  private hasStored = false;
  /** When each history was saved, for `timeOf`. */
  private readonly savedAt = new WeakMap<History, string>();
  /** Changes being made in steps (`inSteps`), each with what its steps made so far. */
  private readonly held = new Set<Held>();
  /** Settles when the last change begun in steps has been saved or dropped. */
  private stepsDone: Promise<void> = Promise.resolve();
  private readonly kept: StoreProblems;

  constructor(
    private readonly area: StorageArea,
    /** The time of a change, as an ISO timestamp; tests pass a fixed clock. */
    readonly now: () => string = () => new Date().toISOString(),
    /** What is saved beside every history saved, made from it (the popup snapshot). */
    private readonly derive?: (history: History, now: string) => Record<string, unknown>,
  ) {
    this.kept = new StoreProblems(area);
  }

  /**
   * Applies `change` to the stored history and saves it; resolves with the saved history. A change made meanwhile
   * in steps (`inSteps`) gets it too, so its last step saves both.
   */
  update(change: Change): Promise<History> {
    return this.turn(async (now) => {
      const current = await this.load(now);
      const held = [...this.held].map(
        (steps) => [steps, steps.history && change(steps.history, now)] as const,
      );
      const next = change(current, now);
      for (const [steps, history] of held) if (history) steps.history = history;
      // A change that changed nothing is not written (the same unread count read on every page, say).
      return next === current ? next : this.saveOrTrim(next, now);
    });
  }

  /**
   * A change made in steps (a long import), each its own turn of the queue, so a page's report waits for one step,
   * never for the whole. What the steps make is held in memory beside the stored history until the last step saves
   * it: every other change meanwhile is saved on its own and given to the held history too, and a failure or a
   * stopped worker before the last step leaves storage as those changes left it, without half of this one.
   */
  inSteps(): ChangeInSteps {
    const steps: Held = { history: null, dropped: null };
    this.held.add(steps);
    let finish = () => {};
    const finished = new Promise<void>((resolve) => {
      finish = resolve;
    });
    // One change in steps at a time: the next starts from what the last one saved, so two imports at once keep both.
    const before = this.stepsDone;
    this.stepsDone = finished;
    const end = () => {
      this.held.delete(steps);
      finish();
    };
    const apply = async (change: Change, now: string) => {
      const current = await this.load(now);
      if (steps.dropped) throw new Error(steps.dropped);
      return change(steps.history ?? current, now);
    };
    return {
      step: (change) =>
        before.then(() =>
          this.turn(async (now) => {
            steps.history = await apply(change, now);
          }),
        ),
      save: (change) =>
        before.then(() =>
          this.turn(async (now) => {
            try {
              return await this.saveOrTrim(await apply(change, now), now);
            } finally {
              end();
            }
          }),
        ),
      drop: end,
    };
  }

  /** Runs `run` in the queue's next turn; a failed turn does not block the ones after it. */
  private turn<T>(run: (now: string) => Promise<T>): Promise<T> {
    const result = this.queue.then(() => run(this.now()));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Saves `next`; when storage is full, recent jobs are the only thing that can go (contracts and scores never do). */
  private async saveOrTrim(next: History, now: string): Promise<History> {
    try {
      await this.saveHistory(next, now);
      return next;
    } catch (error) {
      if (!/quota/i.test(String(error))) throw error;
      const trimmed = { ...next, jobs: next.jobs.slice(0, Math.floor(next.jobs.length / 2)) };
      try {
        await this.saveHistory(trimmed, now);
        return trimmed;
      } catch {
        throw new Error(
          'The browser’s storage for JSS Guard is full: this change was not saved. Export your history, then delete old data.',
        );
      }
    }
  }

  read(): Promise<History> {
    return this.turn(async (now) => {
      const history = await this.load(now);
      // What is derived counts days ("no activity for 41 days"), so the first read of a day makes it again; with no
      // history stored (a first run, or after "delete all") nothing is derived and nothing written.
      if (this.derive && this.derivedDay !== isoDay(now) && this.hasStored) {
        await this.save(this.derive(history, now)).catch(() => undefined); // only ever a shortcut: never fatal
        this.derivedDay = isoDay(now);
      }
      return history;
    });
  }

  problems(): Promise<StoreProblem[]> {
    return this.kept.list();
  }

  /** Storage changed: drop the cached history unless the change was this store's own write. */
  storageChanged(changes: Record<string, { newValue?: unknown }>): void {
    const id = changes[WRITE_KEY]?.newValue;
    if (typeof id === 'string' && this.ownWrites.delete(id)) return;
    if (HISTORY_KEY in changes || WRITE_KEY in changes) {
      this.cached = null;
      this.derivedDay = null;
    }
  }

  /** Saves the history with the settings' copy and what is derived from it, in one write. */
  private async saveHistory(history: History, now: string): Promise<void> {
    await this.save({
      [HISTORY_KEY]: history,
      [SETTINGS_KEY]: history.settings,
      ...this.derive?.(history, now),
    });
    this.cached = history;
    this.hasStored = true;
    this.savedAt.set(history, now);
    if (this.derive) this.derivedDay = isoDay(now);
  }

  /**
   * The time to make a state of `history` for: when it was saved, if that was just now (what was derived for it
   * then is used again), else now.
   */
  timeOf(history: History): string {
    const now = this.now();
    const saved = this.savedAt.get(history);
    return saved && Date.parse(now) - Date.parse(saved) < 1000 ? saved : now;
  }

  private async save(items: Record<string, unknown>): Promise<void> {
    const id = `${this.now()}#${this.writes++}`;
    this.ownWrites.add(id);
    try {
      await this.area.set({ ...items, [WRITE_KEY]: id });
    } catch (error) {
      this.ownWrites.delete(id);
      this.cached = null;
      throw error;
    }
  }

  /** Deletes everything JSS Guard stored: history, settings, backups, problems. */
  clear(): Promise<void> {
    return this.turn(async () => {
      const keys = Object.keys(await this.area.get(null));
      this.cached = null;
      this.derivedDay = null;
      for (const steps of this.held)
        steps.dropped =
          'Your history was deleted while the file was being imported, so nothing was imported.';
      if (keys.length > 0) await this.area.remove(keys);
    });
  }

  /** Changes the stored problems, one change at a time with the history's. */
  private changeProblems(change: (problems: StoreProblem[]) => StoreProblem[]): Promise<void> {
    return this.turn(() => this.kept.change(change));
  }

  /** The user closed a problem's notice: it is no longer shown in the popup. */
  dismissProblem(at: string): Promise<void> {
    return this.changeProblems((all) => all.map((p) => (p.at === at ? { ...p, dismissed: true } : p)));
  }

  /** Deletes a backup and the problem that made it: the notice no longer applies. */
  async deleteBackup(key: string): Promise<void> {
    await this.changeProblems((all) => all.filter((p) => p.backupKey !== key));
    await this.area.remove(key);
  }

  backup(key: string): Promise<unknown> {
    return this.kept.backup(key);
  }

  /**
   * Loads the history, migrated to the current version. Whatever does not validate is kept aside under a backup
   * key and reported, never dropped: the parts that still validate are kept and used.
   */
  private async load(now: string): Promise<History> {
    if (this.cached) return this.cached;
    this.cached = await this.loadFromStorage(now);
    return this.cached;
  }

  private async loadFromStorage(now: string): Promise<History> {
    const raw = (await this.area.get(HISTORY_KEY))[HISTORY_KEY];
    this.hasStored = raw !== undefined;
    if (raw === undefined) return emptyHistory();
    const migration = migrate(raw);
    if (migration.kind === 'future') {
      await this.kept.keepAside(
        now,
        `Your history was saved by a newer JSS Guard (schema ${migration.version}); it was kept aside untouched and a new one started. Update JSS Guard to use it.`,
        raw,
      );
      await this.area.remove(HISTORY_KEY);
      this.hasStored = false;
      return emptyHistory();
    }
    if (migration.kind === 'unreadable') {
      await this.kept.keepAside(
        now,
        'Your stored history could not be read at all; it was kept aside and a new one started.',
        raw,
      );
      await this.area.remove(HISTORY_KEY);
      this.hasStored = false;
      return emptyHistory();
    }
    const { history, dropped, keptAside, changed } = salvage(migration.value);
    if (dropped.length > 0) {
      await this.kept.keepAside(
        now,
        `Some stored data did not validate and was kept aside: ${dropped.join(', ')}. Everything else was kept.`,
        keptAside,
      );
    }
    if (changed || migration.kind === 'migrated') await this.saveHistory(history, now);
    return history;
  }
}
