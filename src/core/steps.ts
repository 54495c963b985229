/**
 * Work written as a generator that yields wherever it may pause: run at once where a caller wants the answer now
 * (a parser, a test), or in slices that give the page its main thread back (`src/content/slices.ts`) where the
 * work is a whole list of 5,000 job tiles, or an imported file of 50,000 contracts checked between pages' reports.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs every step now and returns the result. */
export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How `runSliced` shares the thread: its clock and pause are given, so this module stays pure. */
export interface Slicing {
  /** How long a slice may run before it pauses. */
  sliceMs: number;
  /** Milliseconds, as `performance.now()` gives them. */
  clock: () => number;
  /** Resolves once what waited for the thread has run (a task boundary). */
  pause: () => Promise<void>;
  /** Checked before every step: when it says stop, the work is dropped. */
  stopped?: () => boolean;
}

/** Runs `steps`, pausing whenever a slice has run `sliceMs`: their result, or null when stopped first. */
export async function runSliced<T>(steps: Steps<T>, slicing: Slicing): Promise<{ value: T } | null> {
  const { sliceMs, clock, pause, stopped } = slicing;
  let sliceStart = clock();
  for (;;) {
    if (stopped?.()) return null;
    const step = steps.next();
    if (step.done) return { value: step.value };
    if (clock() - sliceStart > sliceMs) {
      await pause();
      sliceStart = clock();
    }
  }
}

/**
 * How many contracts the background's state work (projection, warnings, completeness, liked clients) handles per
 * step: on a 50,000-contract history the heaviest pass, classifying, takes ~1.2 ms per step (~0.5 ms for most
 * passes), so a page's report waits little for the state being made, and 300 yields cost nothing measurable.
 */
export const STATE_STEP = 2_000;

/**
 * Calls `visit` on each item, yielding after every `size` of them and after the last few: a step then holds no more
 * than `size` items' work, of this loop or of the one after it.
 */
export function* eachInSteps<T>(
  items: Iterable<T>,
  visit: (item: T, index: number) => void,
  size = STATE_STEP,
): Steps<void> {
  let index = 0;
  for (const item of items) {
    visit(item, index);
    index++;
    if (index % size === 0) yield;
  }
  if (index % size !== 0) yield;
}
