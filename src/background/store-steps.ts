import type { History } from '../core/schema/history';
import type { GenerationWrite } from './generation-write';

/** A change of the history: pure, given the history and the time of the change. */
export type Change = (history: History, now: string) => History;

/**
 * A step of a change made in steps; `theirsAlone` says the history's contracts map is referenced by nothing but the
 * steps' own history (another change made it for them), so the step may change it in place instead of copying it.
 */
export type StepChange = (history: History, now: string, theirsAlone: boolean) => History;

/** A change made in steps: see `Store.inSteps`. */
export interface ChangeInSteps {
  /** Applies `change` to what the steps so far made, in its own turn of the queue; nothing is saved. */
  step(change: StepChange): Promise<void>;
  /** The last step: applies `change` likewise, then saves the whole; resolves with the saved history. */
  save(change: StepChange): Promise<History>;
  /** Forgets what the steps made, e.g. when one of them failed. */
  drop(): void;
}

/** What a change in steps made so far, held beside the stored history until its last step saves it. */
export interface Held {
  /** What the steps so far made, or null before the first. */
  history: History | null;
  /** The contracts map a change meanwhile made for `history` alone (so the next step may change it), or null. */
  theirs: object | null;
  /** Why the steps cannot go on (the history was deleted meanwhile), or null. */
  dropped: string | null;
  /** The last step's write, while it is written in turns: a change meanwhile is written with it. */
  write: GenerationWrite | null;
}

/**
 * Whether `map` has more than `count` keys, without counting past that: a long import's last step is written in
 * turns only when it holds more than one batch.
 */
export function moreThan(map: object, count: number): boolean {
  let n = 0;
  for (const _ in map) if (++n > count) return true;
  return false;
}
