import type { History } from '../core/schema/history';
import type { GenerationWrite } from './generation-write';

/** A change of the history: pure, given the history and the time of the change. */
export type Change = (history: History, now: string) => History;

/** A change made in steps: see `Store.inSteps`. */
export interface ChangeInSteps {
  /** Applies `change` to what the steps so far made, in its own turn of the queue; nothing is saved. */
  step(change: Change): Promise<void>;
  /** The last step: applies `change` likewise, then saves the whole; resolves with the saved history. */
  save(change: Change): Promise<History>;
  /** Forgets what the steps made, e.g. when one of them failed. */
  drop(): void;
}

/** What a change in steps made so far, held beside the stored history until its last step saves it. */
export interface Held {
  /** What the steps so far made, or null before the first. */
  history: History | null;
  /** Why the steps cannot go on (the history was deleted meanwhile), or null. */
  dropped: string | null;
  /** The last step's write, while it is written in turns: a change meanwhile is written with it. */
  write: GenerationWrite | null;
}
