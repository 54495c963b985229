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
