/**
 * Work over a huge list (5,000 job tiles) done in slices that give the page back its main thread between them: no
 * task of ours runs much past SLICE_MS, so scrolling, typing and Upwork's own scripts go on meanwhile.
 */
import { runSliced, type Steps } from '../core/steps';

/**
 * How long one slice may run before it yields: under the 50 ms at which a task counts as long. The one long step
 * (the query for job links, some 10 ms on 5,000 tiles) is always the first of its task. A list of 500 real tiles
 * (about 36 ms) is badged in one slice: a yield lets Chromium lay out the page first, which on 57,000 elements
 * takes half a second before the next slice runs.
 */
export const SLICE_MS = 40;

/**
 * A timer later: the page's timers already due run first (timers run in the order they are due), then its input
 * and rendering. A message-channel yield let the next slice run ahead of the page's own timers.
 */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs `steps`, yielding to the page whenever a slice has run SLICE_MS. Resolves with their result, or null when
 * `signal` aborted first (the page moved on).
 */
export async function runInSlices<T>(steps: Steps<T>, signal: AbortSignal): Promise<T | null> {
  const clock = () => performance.now();
  const run = await runSliced(steps, {
    sliceMs: SLICE_MS,
    clock,
    pause: yieldToPage,
    stopped: () => signal.aborted,
  });
  return run ? run.value : null;
}
