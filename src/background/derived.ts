import type { History } from '../core/schema/history';
import { isoDay } from '../core/time';

/**
 * What is made from each history saved (the popup snapshot the store saves, the toolbar badge's count): made after
 * the save, outside the store's queue and in turns of its own (`derive` yields), so no page's report waits for it.
 * When histories are saved faster than it is made, only the newest waiting one is made next.
 */
export class Derived<T> {
  private waiting: { history: History; now: string } | null = null;
  private running: Promise<void> | null = null;
  /** The UTC day last derived for, or null when what was saved may be out of date. */
  day: string | null = null;

  constructor(
    private readonly derive: (history: History, now: string) => Promise<T>,
    /** Uses what was made (the store saves it, unless `history` is no longer the one stored). */
    private readonly use: (history: History, made: T) => Promise<unknown>,
  ) {}

  /** Makes what is derived from `history`, as of `now`, once what is being made is done. */
  request(history: History, now: string): void {
    this.day = isoDay(now);
    this.waiting = { history, now };
    this.running ??= this.run();
  }

  private async run(): Promise<void> {
    for (let next = this.waiting; next; next = this.waiting) {
      const made = await this.derive(next.history, next.now).then(
        (value) => ({ value }),
        () => null,
      );
      if (this.waiting !== next) continue; // a newer history was saved meanwhile: that one is made now
      this.waiting = null;
      // A shortcut for the popup, or the badge: never fatal.
      if (made) await this.use(next.history, made.value).catch(() => undefined);
    }
    this.running = null;
  }

  /** Settles once nothing waits to be made. */
  async settled(): Promise<void> {
    await this.running;
  }

  /** Storage changed behind the store's back, or was cleared: what waits is not made, and the day not known. */
  drop(): void {
    this.waiting = null;
    this.day = null;
  }
}
