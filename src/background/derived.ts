import type { History } from '../core/schema/history';
import { isoDay } from '../core/time';

/**
 * What the store saves made from each history it saved (the popup snapshot): made after the save, outside the
 * store's queue and in turns of its own (`derive` yields), so no page's report waits for it. When histories are
 * saved faster than it is made, only the newest waiting one is made next.
 */
export class Derived {
  private waiting: { history: History; now: string } | null = null;
  private running: Promise<void> | null = null;
  /** The UTC day last derived for, or null when what was saved may be out of date. */
  day: string | null = null;

  constructor(
    private readonly derive: (history: History, now: string) => Promise<Record<string, unknown>>,
    /** Saves what was made, unless `history` is no longer the one stored. */
    private readonly save: (history: History, items: Record<string, unknown>) => Promise<unknown>,
  ) {}

  /** Makes what is derived from `history`, as of `now`, once what is being made is done. */
  request(history: History, now: string): void {
    this.day = isoDay(now);
    this.waiting = { history, now };
    this.running ??= this.run();
  }

  private async run(): Promise<void> {
    for (let next = this.waiting; next; next = this.waiting) {
      const items = await this.derive(next.history, next.now).catch(() => null);
      if (this.waiting !== next) continue; // a newer history was saved meanwhile: that one is made now
      this.waiting = null;
      // Only ever a shortcut for the popup: never fatal.
      if (items) await this.save(next.history, items).catch(() => undefined);
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
