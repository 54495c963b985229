import { IMPORT_BATCH } from '../core/history/transfer';
import type { StoreProblem } from '../core/replies';
import type { History } from '../core/schema/history';
import { HISTORY_KEY, SETTINGS_KEY, WRITE_KEY } from '../core/storage-keys';
import { isoDay } from '../core/time';
import { Derived } from './derived';
import { loadHistory } from './load-history';
import type { StorageArea } from './storage-area';
import { StoreProblems } from './store-problems';
import { type Change, type ChangeInSteps, type Held, moreThan, type StepChange } from './store-steps';
import { StoredHistory } from './stored-history';
import { nextTask } from './turns';

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
  /** What is saved after each history, made from it (the popup snapshot), when the store was given a `derive`. */
  private readonly made: Derived<Record<string, unknown>> | null;
  /** Whether storage holds a history, as of the last load or save. */
  private hasStored = false;
  /** When each history was saved, for `timeOf`. */
  private readonly savedAt = new WeakMap<History, string>();
  /** Changes being made in steps (`inSteps`), each with what its steps made so far. */
  private readonly held = new Set<Held>();
  /** Settles when the last change begun in steps has been saved or dropped. */
  private stepsDone: Promise<void> = Promise.resolve();
  private readonly kept: StoreProblems;
  private readonly parts: StoredHistory;

  constructor(
    private readonly area: StorageArea,
    /** The time of a change, as an ISO timestamp; tests pass a fixed clock. */
    readonly now: () => string = () => new Date().toISOString(),
    /** What is saved after every history saved, made from it (the popup snapshot), in turns of its own. */
    derive?: (history: History, now: string) => Promise<Record<string, unknown>>,
  ) {
    this.kept = new StoreProblems(area);
    this.parts = new StoredHistory(area);
    const saveUnlessStale = (history: History, items: Record<string, unknown>) =>
      this.turn(async () => history === this.cached && this.save(items));
    this.made = derive ? new Derived(derive, saveUnlessStale) : null;
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
      for (const [steps, history] of held) {
        if (!history) continue;
        // A contracts map the change made is held by this history alone: the steps' next merge may go into it.
        if (history.contracts !== steps.history?.contracts) steps.theirs = history.contracts;
        steps.history = history;
        steps.write?.changed(history);
      }
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
    const steps: Held = { history: null, theirs: null, dropped: null, write: null };
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
    const apply = async (change: StepChange, now: string) => {
      const current = await this.load(now);
      if (steps.dropped) throw new Error(steps.dropped);
      const history = steps.history ?? current;
      steps.history = change(history, now, steps.theirs !== null && steps.theirs === history.contracts);
      steps.theirs = null;
    };
    return {
      step: (change) => before.then(() => this.turn((now) => apply(change, now))),
      save: (change) =>
        before.then(async () => {
          try {
            await this.turn((now) => apply(change, now));
            return await this.saveInTurns(steps);
          } finally {
            end();
          }
        }),
      drop: end,
    };
  }

  /**
   * Saves what the steps made. A change of more than one batch of contracts is written as a new generation of
   * parts (stored-history.ts), a batch's worth a turn, and named by the last turn: a page's report meanwhile waits
   * for one turn, is saved on its own, and is written again with the rest.
   */
  private async saveInTurns(steps: Held): Promise<History> {
    try {
      for (;;) {
        const saved = await this.turn(async (now) => {
          if (steps.dropped) throw new Error(steps.dropped);
          const history = steps.history as History;
          if (!steps.write && !moreThan(history.contracts, IMPORT_BATCH))
            return this.saveOrTrim(history, now);
          steps.write ??= this.parts.generationWrite(history);
          const { items, last } = steps.write.next(WRITTEN_PER_TURN);
          if (!last) {
            if (Object.keys(items).length > 0) await this.area.set(items);
            return null;
          }
          await this.save({ ...items, [SETTINGS_KEY]: history.settings });
          const old = steps.write.commit();
          steps.write = null;
          this.saved(history, now);
          await this.area.remove(old).catch(() => undefined); // a stopped worker's next load removes them
          return history;
        });
        if (saved) return saved;
        await nextTask();
      }
    } catch (error) {
      const written = steps.write?.written() ?? [];
      if (written.length > 0) await this.area.remove(written).catch(() => undefined);
      throw /quota/i.test(String(error)) ? new Error(FULL) : error;
    }
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
        throw new Error(FULL);
      }
    }
  }

  read(): Promise<History> {
    return this.turn(async (now) => {
      const history = await this.load(now);
      // What is derived counts days ("no activity for 41 days"), so the first read of a day makes it again; with no
      // history stored (a first run, or after "delete all") nothing is derived and nothing written.
      if (this.made && this.made.day !== isoDay(now) && this.hasStored) this.made.request(history, now);
      return history;
    });
  }

  /** Settles once what is derived from the last history saved is saved too, or given up. */
  async derived(): Promise<void> {
    await this.made?.settled();
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
      this.made?.drop();
    }
  }

  /** Saves the parts of the history a change touched and the rest of it with the settings' copy, in one write. */
  private async saveHistory(history: History, now: string): Promise<void> {
    const { items, wrote } = this.parts.itemsFor(history);
    await this.save({ ...items, [SETTINGS_KEY]: history.settings });
    const unused = wrote();
    this.saved(history, now);
    if (unused.length > 0) await this.area.remove(unused).catch(() => undefined); // else the next load removes them
  }

  private saved(history: History, now: string): void {
    this.cached = history;
    this.hasStored = true;
    this.savedAt.set(history, now);
    this.made?.request(history, now);
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
      this.made?.drop();
      this.parts.cleared();
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

  /** The history, loaded from storage (load-history.ts) the first time and after storage changed behind our back. */
  private async load(now: string): Promise<History> {
    if (this.cached) return this.cached;
    const loaded = await loadHistory(this.parts, this.kept, now);
    this.hasStored = loaded.stored;
    if (loaded.save) await this.saveHistory(loaded.history, now);
    this.cached = loaded.history;
    return loaded.history;
  }
}

/** Contracts written per turn of a long import's last step: a few ms of serialising, less than one batch. */
const WRITTEN_PER_TURN = IMPORT_BATCH / 4;

const FULL =
  'The browser’s storage for JSS Guard is full: this change was not saved. Export your history, then delete old data.';
