// An import of 50,000 contracts (a 13 MB file) through the background's message handler, as the options page sends
// it: how long it takes alone, and, in a second run with a page reporting every 20 ms meanwhile, the longest a
// report waited for its turn in the store's queue (the import holds it one step of IMPORT_BATCH at a time).
import { type HandlerContext, handleMessage } from '../src/background/handler';
import { popupSnapshotItems } from '../src/background/popup-snapshot';
import { memoryStorage } from '../src/background/storage-area';
import { Store } from '../src/background/store';
import { emptyHistory } from '../src/core/history/empty';
import { checkImportInSteps } from '../src/core/history/import-check';
import { batches, contractImporter, exportHistory, IMPORT_BATCH } from '../src/core/history/transfer';
import type { ContractsParse } from '../src/core/schema/contract';
import { largeHistory } from '../test/helpers/histories';

const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION}/`;
const OPTIONS = { id: EXTENSION, url: `${ORIGIN}options.html` };
const TAB = { id: EXTENSION, url: 'https://www.upwork.com/nx/wm/contracts', tab: { id: 1 } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A worker's store over in-memory storage, with the popup snapshot saved after each history as in the extension. */
function worker() {
  const store = new Store(memoryStorage(), undefined, popupSnapshotItems);
  const ctx: HandlerContext = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
  return { store, ctx };
}

/** An export of `count` contracts as the options page sends it: read back through JSON (13 MB for 50,000). */
function exportOf(count: number) {
  return JSON.parse(JSON.stringify(exportHistory(largeHistory(count, 7), '2026-11-25T12:00:00.000Z')));
}

/**
 * Small imports first, so a figure is measured warm: they compile the code every step runs, and give the garbage
 * left by making the file time to be collected.
 */
const warmUp = () => importTime(IMPORT_BATCH, 3);

/** Milliseconds to import `count` contracts into an empty history, reply included. */
export async function importTime(count: number, runs: number): Promise<number[]> {
  const file = exportOf(count);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { ctx } = worker();
    const start = performance.now();
    const reply = await handleMessage({ type: 'import', data: file }, OPTIONS, ctx);
    times.push(performance.now() - start);
    if (!reply.ok) throw new Error(reply.error);
  }
  return times;
}

/** The store's queue, whose turns the bench times from outside (`turn` is private). */
type Queue = { turn: <T>(run: (now: string) => Promise<T>) => Promise<T> };

/**
 * While `count` contracts are imported with a page reporting every 20 ms: the longest a report waited, from when it
 * was due until its change ran (so a worker busy with a step counts as much as a queue held by one), and the
 * longest the import held the store's queue, a turn of its own (the reports' turns left out).
 */
export async function queueWaitDuringImport(count: number): Promise<{ wait: number; turn: number }> {
  const file = exportOf(count);
  await warmUp();
  const { store, ctx } = worker();
  let done = false;
  let longest = 0;
  let longestTurn = 0;
  /** Set just before a report is handled: its change is the next one the handler asks the store for. */
  let reportDue: number | null = null;
  /** Whether the turn running is a report's. */
  let reportTurn = false;
  const update = store.update.bind(store);
  store.update = (change) => {
    const due = reportDue;
    reportDue = null;
    if (due === null) return update(change);
    let ran = false;
    return update((history, now) => {
      reportTurn = true;
      // Its first run is when its turn came: during an import it runs again on the history being imported.
      if (!ran) longest = Math.max(longest, performance.now() - due);
      ran = true;
      return change(history, now);
    });
  };
  const queue = store as unknown as Queue;
  const turn = queue.turn.bind(store);
  queue.turn = (run) =>
    turn(async (now) => {
      const start = performance.now();
      reportTurn = false;
      try {
        return await run(now);
      } finally {
        if (!reportTurn) longestTurn = Math.max(longestTurn, performance.now() - start);
      }
    });
  const reports = (async () => {
    for (let n = 0; !done; n++) {
      const due = performance.now() + 20;
      await sleep(20);
      const result: ContractsParse = {
        page: 'contracts',
        url: TAB.url,
        missed: [],
        contracts: [{ ...file.contracts[0], id: `page-${n}` }],
      };
      reportDue = due;
      await handleMessage({ type: 'observation', result }, TAB, ctx);
    }
  })();
  await sleep(1);
  const reply = await handleMessage({ type: 'import', data: file }, OPTIONS, ctx);
  done = true;
  await reports;
  if (!reply.ok) throw new Error(reply.error);
  return { wait: longest, turn: longestTurn };
}

/**
 * What "one batch" of the import costs, the yardstick of `importQueueWait50kMs`: the longest, over the file's
 * batches, of checking IMPORT_BATCH contracts and merging them, each step timed alone as the import runs it, warm.
 */
export async function batchTime(count: number): Promise<number> {
  const file = exportOf(count);
  await warmUp();
  const checks: number[] = [];
  const checking = checkImportInSteps(file);
  let step = checking.next();
  for (let start = performance.now(); !step.done; start = performance.now()) {
    step = checking.next();
    checks.push(performance.now() - start);
  }
  if (!step.value.ok) throw new Error(step.value.error);
  const merge = contractImporter({ contractsAdded: 0, contractsUpdated: 0 });
  let history = emptyHistory();
  const steps = batches(step.value.data.contracts, IMPORT_BATCH).map((batch, i) => {
    const start = performance.now();
    history = merge(history, batch, '2026-11-25T12:00:00.000Z');
    return (checks[i] ?? 0) + performance.now() - start;
  });
  return Math.max(...steps);
}
