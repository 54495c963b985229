import { runSliced, type Steps } from '../core/steps';

/** A task boundary: a message that arrived meanwhile is handled, and its change queued, before what follows. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * How long the worker computes before it lets messages in: a page's report waits for no more than one import
 * batch (IMPORT_BATCH), some 12–20 ms.
 */
export const TURN_MS = 4;

/** Runs `steps` in turns of TURN_MS, each followed by a task boundary. */
export async function runInTurns<T>(steps: Steps<T>): Promise<T> {
  const run = await runSliced(steps, { sliceMs: TURN_MS, clock: () => performance.now(), pause: nextTask });
  // Never stopped: no `stopped` was given.
  return (run as { value: T }).value;
}
