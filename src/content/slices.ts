/**
 * Work over a huge list (5,000 job tiles) done in slices that give the page back its main thread between them: no
 * task of ours runs much past SLICE_MS, so scrolling, typing and Upwork's own scripts go on meanwhile.
 */

/** How long one slice may run before it yields; well under the 50 ms at which a task counts as long. */
export const SLICE_MS = 8;

/** A macrotask later: the page's input, timers and rendering run in between. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/**
 * Calls `work` on each item in order, yielding to the page whenever a slice has run SLICE_MS. Resolves true when
 * every item was done, false when `signal` aborted first (the page moved on).
 */
export async function eachInSlices<T>(
  items: readonly T[],
  work: (item: T, index: number) => void,
  signal: AbortSignal,
): Promise<boolean> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    if (signal.aborted) return false;
    work(items[i] as T, i);
    if (i + 1 < items.length && performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return !signal.aborted;
}
