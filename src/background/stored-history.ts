import {
  type ContractParts,
  emptyParts,
  joinParts,
  namedParts,
  PART_COUNT,
  partKey,
  partKeys,
  reconcileParts,
  rootOf,
} from '../core/history/stored-parts';
import type { History } from '../core/schema/history';
import { runAtOnce } from '../core/steps';
import { HISTORY_KEY } from '../core/storage-keys';
import { GenerationWrite, type Stored } from './generation-write';
import type { StorageArea } from './storage-area';

/** What storage holds of the history's contracts, as this worker last read or wrote them. */
interface Written extends Stored {
  generation: number;
}

/**
 * The history's keys in storage (core/history/stored-parts.ts): reads its parts back into one raw history, and
 * writes only the parts a change touched.
 */
export class StoredHistory {
  private written: Written | null = null;
  /** The parts storage names, as last read or written. */
  private stored: ContractParts | null = null;
  /** The last generation a write took, written yet or not. */
  private taken = -1;

  constructor(private readonly area: StorageArea) {}

  /** The raw history as stored (its contracts joined from the parts), and any part that was not a map. */
  async read(): Promise<{ raw: unknown; unreadable: Record<string, unknown> }> {
    this.written = null;
    const root = (await this.area.get(HISTORY_KEY))[HISTORY_KEY];
    const parts = namedParts(root);
    this.stored = parts;
    if (!parts) return { raw: root, unreadable: {} };
    // What a write stopped midway may have left: the generation after this one, or the one before it.
    const left = [parts.generation - 1, parts.generation + 1].filter((g) => g >= 0);
    await this.area.remove(left.flatMap((generation) => partKeys({ generation, count: parts.count })));
    return joinParts(root as Record<string, unknown>, parts, await this.area.get(partKeys(parts)));
  }

  /**
   * The history made from what `read` gave: when it is the history as stored (nothing migrated or set right),
   * its next change writes only the parts it touches; else the next write is of the whole, as a new generation.
   */
  loaded(history: History, asStored: boolean): void {
    const { stored } = this;
    // Parts of another count (a later version's) are written again as a whole, in this version's.
    if (!asStored || stored?.count !== PART_COUNT) return;
    const { parts, sizes } = emptyParts(PART_COUNT);
    runAtOnce(reconcileParts({ parts, sizes, changed: new Set() }, history.contracts));
    this.written = { generation: stored.generation, contracts: history.contracts, parts, sizes };
  }

  /** Removes the history from storage, parts and all (it was kept aside). */
  async remove(): Promise<void> {
    const { stored } = this;
    this.stored = null;
    this.written = null;
    await this.area.remove([HISTORY_KEY, ...(stored ? partKeys(stored) : [])]);
  }

  /** Storage holds nothing of JSS Guard's any more ("delete all"). */
  cleared(): void {
    this.stored = null;
    this.written = null;
  }

  /**
   * The items that store `history` over what storage holds: the parts its change touched and `history` naming
   * them, or, when what storage holds is not known, the whole as a new generation. Call `wrote` once written: it
   * returns the keys the write left unused, to remove.
   */
  itemsFor(history: History): { items: Record<string, unknown>; wrote: () => string[] } {
    const was = this.written;
    if (!was) {
      const whole = this.generationWrite(history);
      return { items: whole.next(Number.POSITIVE_INFINITY).items, wrote: () => whole.commit() };
    }
    // Copies of the parts a change touches: what storage holds stays as it is until the write succeeds.
    const made = { parts: [...was.parts], sizes: [...was.sizes], changed: new Set<number>() };
    // Most reports change no contract (a job page, a score): then no part is looked at.
    if (history.contracts !== was.contracts) runAtOnce(reconcileParts(made, history.contracts, true));
    const items: Record<string, unknown> = {};
    for (const index of made.changed) items[partKey(was.generation, index)] = made.parts[index];
    items[HISTORY_KEY] = rootOf(history, { generation: was.generation, count: PART_COUNT });
    return {
      items,
      wrote: () => {
        const { parts, sizes } = made;
        this.written = { generation: was.generation, contracts: history.contracts, parts, sizes };
        return [];
      },
    };
  }

  /**
   * A write of `history` as a new generation of parts, in as many turns as the caller likes (generation-write.ts).
   */
  generationWrite(history: History): GenerationWrite {
    // A number no other write has taken: a page's report may store a history known only whole (before parts) as a
    // generation of its own while a long import writes its generation in turns.
    const generation = Math.max(this.stored?.generation ?? -1, this.taken) + 1;
    this.taken = generation;
    const named: ContractParts = { generation, count: PART_COUNT };
    return new GenerationWrite(history, named, (stored) => {
      const replaced = this.stored;
      this.written = { generation, ...stored };
      this.stored = named;
      return replaced ? partKeys(replaced) : [];
    });
  }
}
