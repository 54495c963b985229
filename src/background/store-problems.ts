import type { StoreProblem } from '../core/replies';
import { BACKUP_PREFIX, PROBLEMS_KEY } from '../core/storage-keys';
import type { StorageArea } from './storage-area';

/** Backups kept at most: the newest; an older one goes with its problem when a newer one is made. */
export const MAX_BACKUPS = 5;

/**
 * What the store could not keep as it was: the problems shown in the popup, and the raw data kept aside for each
 * under a backup key. The store calls these in its queue's turns, so they never run beside a change of its own.
 */
export class StoreProblems {
  constructor(private readonly area: StorageArea) {}

  async list(): Promise<StoreProblem[]> {
    const raw = (await this.area.get(PROBLEMS_KEY))[PROBLEMS_KEY];
    return Array.isArray(raw)
      ? raw.filter((p): p is StoreProblem => typeof p?.at === 'string' && typeof p.message === 'string')
      : [];
  }

  /** Keeps `raw` aside under a backup key and records the problem; only the newest MAX_BACKUPS are kept. */
  async keepAside(now: string, message: string, raw: unknown): Promise<void> {
    const backupKey = `${BACKUP_PREFIX}${now}`;
    const all = [...(await this.list()), { at: now, message, backupKey }];
    const withBackup = all.filter((p) => p.backupKey !== null);
    const old = withBackup.slice(0, Math.max(0, withBackup.length - MAX_BACKUPS)).map((p) => p.backupKey);
    await this.area.set({ [backupKey]: raw, [PROBLEMS_KEY]: all.filter((p) => !old.includes(p.backupKey)) });
    if (old.length > 0) await this.area.remove(old as string[]);
  }

  async change(change: (problems: StoreProblem[]) => StoreProblem[]): Promise<void> {
    await this.area.set({ [PROBLEMS_KEY]: change(await this.list()) });
  }

  /** What a backup holds, for the user to download; undefined when there is none under `key`. */
  async backup(key: string): Promise<unknown> {
    if (!key.startsWith(BACKUP_PREFIX)) return undefined;
    return (await this.area.get(key))[key];
  }
}
