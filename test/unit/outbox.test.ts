// The content script's outbox (security.md, "Hostile input, second round", case 4): a report is never given up on
// while the page lives.
import { describe, expect, it } from 'vitest';
import { createOutbox, type Delivery, RETRY_MAX_MS } from '../../src/content/outbox';

/** A background that fails the first `failures` tries, and timers run by hand. */
function setup(failures: number, outcome: Delivery = 'taken') {
  const stored: string[] = [];
  const waits: number[] = [];
  const timers: (() => void)[] = [];
  let tries = 0;
  const outbox = createOutbox<string>(
    async (report) => {
      tries++;
      if (tries <= failures)
        return tries % 2 ? 'failed' : Promise.reject(new Error('Receiving end does not exist'));
      if (outcome === 'taken') stored.push(report);
      return outcome;
    },
    (ms, run) => {
      waits.push(ms);
      timers.push(run);
    },
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const fireTimers = async () => {
    for (const run of timers.splice(0)) run();
    await settle();
  };
  return { outbox, stored, waits, fireTimers, settle, tries: () => tries };
}

describe('the outbox of a page’s reports', () => {
  it('keeps trying with growing waits, past any fixed number of tries, until the background takes it', async () => {
    const { outbox, stored, waits, fireTimers, settle } = setup(20);
    outbox.add('a', 'job page A');
    await settle();
    for (let i = 0; i < 20; i++) await fireTimers();
    expect(stored).toEqual(['job page A']);
    expect(outbox.pending).toBe(0);
    expect(waits.slice(0, 4)).toEqual([250, 500, 1000, 2000]);
    expect(Math.max(...waits)).toBe(RETRY_MAX_MS);
  });

  it('sends at once when asked (the tab came back into view), without waiting out the backoff', async () => {
    const { outbox, stored, settle } = setup(6);
    outbox.add('a', 'A');
    await settle();
    for (let i = 0; i < 6; i++) {
      outbox.flush();
      await settle();
    }
    expect(stored).toEqual(['A']);
  });

  it('delivers every distinct report in order, and one equal to a queued report once', async () => {
    const { outbox, stored, fireTimers, settle } = setup(3);
    outbox.add('a', 'A');
    outbox.add('b', 'B');
    outbox.add('a', 'A');
    await settle();
    for (let i = 0; i < 5; i++) await fireTimers();
    expect(stored).toEqual(['A', 'B']);
  });

  it('drops a report the background refused: sending it again would not change the answer', async () => {
    const { outbox, settle, tries } = setup(0, 'refused');
    outbox.add('a', 'A');
    await settle();
    outbox.flush();
    await settle();
    expect([outbox.pending, tries()]).toEqual([0, 1]);
  });
});
