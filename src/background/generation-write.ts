import type { Dict } from '../core/dict';
import {
  type ContractParts,
  emptyParts,
  type PartsBeingMade,
  partKey,
  RECONCILE_STEP,
  reconcileParts,
  rootOf,
} from '../core/history/stored-parts';
import type { History, StoredContract } from '../core/schema/history';
import { runAtOnce, type Steps } from '../core/steps';
import { HISTORY_KEY } from '../core/storage-keys';

/** What storage holds of the contracts once a generation is written: the map they came from, and its parts. */
export interface Stored {
  contracts: Readonly<Dict<StoredContract>>;
  parts: Dict<StoredContract>[];
  sizes: number[];
}

/** Contracts checked against the parts per turn: the first fill, into new parts, takes about 10 ms on 50,000. */
const CHECKED_PER_TURN = RECONCILE_STEP;

/**
 * A write of a history as a new generation of parts (core/history/stored-parts.ts), a turn at a time: first the
 * parts are filled from the history, a few thousand contracts a turn, then written a few at a time, and the last
 * write names the generation in `history`. Until then storage holds the generation before, so a worker stopped
 * midway loses none of it. The filling compares each contract with what its part holds, so a change meanwhile (a
 * page's report) is found by the same pass, without a copy of the history kept aside.
 */
export class GenerationWrite {
  private readonly made: PartsBeingMade;
  private filling: Steps<void> | null;
  private latest: History;
  private readonly everWritten = new Set<number>();

  constructor(
    history: History,
    private readonly named: ContractParts,
    /** Told what storage holds once the last write is done; returns the keys of the generation before. */
    private readonly committed: (stored: Stored) => string[],
  ) {
    this.made = emptyParts(named.count);
    // Every part is written once, empty ones too: one may replace what a stopped write left under its key.
    for (const index of this.made.parts.keys()) this.made.changed.add(index);
    this.latest = history;
    this.filling = reconcileParts(this.made, history.contracts);
  }

  /**
   * The history being written changed: the parts are brought to it now, in one pass (some 20 ms on 50,000
   * contracts). Begun again in turns, the filling would never end while a page reports between every two of them.
   */
  changed(history: History): void {
    this.latest = history;
    this.filling = null;
    runAtOnce(reconcileParts(this.made, history.contracts));
  }

  /**
   * The next turn's write: nothing while the parts are being filled, then changed parts holding at most `limit`
   * contracts (one part at least), and with the last of them `history` naming the generation (`last`).
   */
  next(limit: number): { items: Record<string, unknown>; last: boolean } {
    const items: Record<string, unknown> = {};
    for (
      let checked = 0;
      this.filling && checked < Math.max(limit, CHECKED_PER_TURN);
      checked += RECONCILE_STEP
    )
      if (this.filling.next().done) this.filling = null;
    if (this.filling) return { items, last: false };
    const { parts, sizes, changed } = this.made;
    let taken = 0;
    for (const index of changed) {
      const size = sizes[index] ?? 0;
      if (taken > 0 && taken + size > limit) break;
      taken += size;
      changed.delete(index);
      this.everWritten.add(index);
      items[partKey(this.named.generation, index)] = parts[index];
    }
    if (changed.size > 0) return { items, last: false };
    items[HISTORY_KEY] = rootOf(this.latest, this.named);
    return { items, last: true };
  }

  /** The last write is done: the keys of the generation before, to remove. */
  commit(): string[] {
    const { parts, sizes } = this.made;
    return this.committed({ contracts: this.latest.contracts, parts, sizes });
  }

  /** The keys written so far, to remove when the write is given up. */
  written(): string[] {
    return [...this.everWritten].map((index) => partKey(this.named.generation, index));
  }
}
