/**
 * The page's reports on their way to the background. MV3 stops the worker whenever it likes, and a message sent
 * meanwhile is lost; so a report stays here until the background has taken (or refused) it: tried again with
 * backoff for as long as the page lives, and at once when the tab comes back into view. Nothing a page showed is
 * dropped while its tab is open.
 */

/** What one try came to: taken (stored), refused (invalid: sending again will not change it), or failed. */
export type Delivery = 'taken' | 'refused' | 'failed';

/** The first wait after a failed try, doubled after each one up to the last. */
export const RETRY_FIRST_MS = 250;
export const RETRY_MAX_MS = 15_000;

export interface Outbox<T> {
  /** Queues a report; one equal to a report still queued is not queued twice. */
  add(key: string, report: T): void;
  /** Tries every queued report now, whatever the backoff said (the tab came back into view). */
  flush(): void;
  /** Reports not yet taken. */
  readonly pending: number;
}

export function createOutbox<T>(
  deliver: (report: T) => Promise<Delivery>,
  wait: (ms: number, run: () => void) => void = (ms, run) => void setTimeout(run, ms),
): Outbox<T> {
  const queue = new Map<string, T>();
  let sending = false;
  let delay = RETRY_FIRST_MS;
  /** Bumped by `flush`, so a backoff timer set before it does nothing. */
  let round = 0;

  async function drain(): Promise<void> {
    if (sending) return;
    sending = true;
    try {
      for (const [key, report] of queue) {
        const outcome = await deliver(report).catch((): Delivery => 'failed');
        if (outcome === 'failed') {
          const mine = ++round;
          wait(delay, () => mine === round && void drain());
          delay = Math.min(delay * 2, RETRY_MAX_MS);
          return;
        }
        queue.delete(key);
        delay = RETRY_FIRST_MS;
      }
    } finally {
      sending = false;
    }
  }

  return {
    add(key, report) {
      queue.set(key, report);
      void drain();
    },
    flush() {
      if (queue.size === 0) return;
      round++;
      delay = RETRY_FIRST_MS;
      void drain();
    },
    get pending() {
      return queue.size;
    },
  };
}
