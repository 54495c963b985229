import { copyDict, own } from '../core/dict';
import { checkImportInSteps } from '../core/history/import-check';
import { editContract, mergeObservation } from '../core/history/merge';
import { mergeNavigation } from '../core/history/merge-habits';
import {
  batches,
  contractImporter,
  exportHistory,
  IMPORT_BATCH,
  importSummary,
  importTheRest,
  uniqueContracts,
} from '../core/history/transfer';
import { resolveMatch } from '../core/history/work-history-merge';
import { Message } from '../core/messages';
import type { Reply } from '../core/replies';
import { parseEarningsReports } from '../core/report/earnings-report';
import { importEarningsReports } from '../core/report/import-report';
import type { History } from '../core/schema/history';
import { stateInTurns } from './state';
import type { Store } from './store';
import { nextTask } from './turns';

/** Who sent a message, as the browser reports it (`runtime.MessageSender`). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface HandlerContext {
  store: Store;
  extensionId: string;
  extensionOrigin: string;
  /** Called after every change, e.g. to refresh the badge. */
  changed?: (history: History, sender: Sender, message: Message) => Promise<void> | void;
}

const UPWORK_ORIGIN = 'https://www.upwork.com/';

/** Why the sender may not send this message, or null when it may. */
export function senderProblem(message: Message, sender: Sender, ctx: HandlerContext): string | null {
  if (sender.id !== ctx.extensionId) return 'message from another extension or a web page';
  const fromUpworkTab = sender.tab !== undefined && !!sender.url?.startsWith(UPWORK_ORIGIN);
  const fromOwnPage = !!sender.url?.startsWith(ctx.extensionOrigin);
  if (message.type === 'observation' || message.type === 'navigation') {
    if (!fromUpworkTab) return 'page observations are only taken from content scripts on www.upwork.com';
    const url = message.type === 'observation' ? message.result.url : message.read.url;
    if (new URL(url).origin !== new URL(sender.url ?? '').origin) return 'observation for another site';
    return null;
  }
  if (message.type === 'remembered-tile')
    return fromUpworkTab ? null : 'tile facts are only given to content scripts on www.upwork.com';
  return fromOwnPage ? null : `"${message.type}" is only taken from the extension's own pages`;
}

/** Validates a message and its sender, applies it, and says what happened. Never throws. */
export async function handleMessage(raw: unknown, sender: Sender, ctx: HandlerContext): Promise<Reply> {
  const parsed = Message.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `invalid message at ${issue?.path.join('.') || 'root'}: ${issue?.message}` };
  }
  const message = parsed.data;
  const refused = senderProblem(message, sender, ctx);
  if (refused) return { ok: false, error: refused };
  try {
    const { history, summary } = await apply(message, ctx.store);
    if (message.type === 'remembered-tile') {
      const remembered = own(history.tiles ?? {}, message.jobId);
      return { ok: true, ...(remembered && { remembered }) };
    }
    if (message.type !== 'get-state' && message.type !== 'export' && message.type !== 'get-backup')
      await ctx.changed?.(history, sender, message);
    if (message.type === 'observation' || message.type === 'navigation') return { ok: true };
    const now = ctx.store.timeOf(history);
    if (message.type === 'export') return { ok: true, exported: exportHistory(history, now) };
    if (message.type === 'get-backup') return { ok: true, backup: await ctx.store.backup(message.key) };
    const state = { ...(await stateInTurns(history, now)), problems: await ctx.store.problems() };
    return { ok: true, state, ...(summary && { summary }) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

async function apply(message: Message, store: Store): Promise<{ history: History; summary?: string }> {
  switch (message.type) {
    case 'observation':
      return { history: await store.update((h, now) => mergeObservation(h, message.result, now)) };
    case 'navigation':
      return { history: await store.update((h, now) => mergeNavigation(h, message.read, now)) };
    case 'edit-contract':
      return { history: await store.update((h, now) => editContract(h, message.contract, now)) };
    case 'save-settings':
      return { history: await store.update((h) => ({ ...h, settings: message.settings })) };
    case 'get-state':
    case 'export':
    case 'remembered-tile':
      return { history: await store.read() };
    case 'import':
      return importInSteps(message.data, store);
    case 'dismiss-notice': {
      const { notice } = message;
      if (notice.kind === 'problem') {
        await store.dismissProblem(notice.at);
        return { history: await store.read() };
      }
      return { history: await store.update((h) => dismissPage(h, notice.page)) };
    }
    case 'import-report': {
      const reports = parseEarningsReports(message.files);
      if (!reports.ok) throw new Error(`${reports.error}. Nothing was imported.`);
      let summary = '';
      const history = await store.update((h, now) => {
        const imported = importEarningsReports(h, reports.files, now);
        summary = imported.summary.text;
        return imported.history;
      });
      return { history, summary };
    }
    case 'delete-backup':
      await store.deleteBackup(message.key);
      return { history: await store.read() };
    case 'get-backup':
      return { history: await store.read() };
    case 'resolve-match':
      return {
        history: await store.update((h) => resolveMatch(h, message.id, message.other, message.same)),
      };
    case 'delete-all':
      await store.clear();
      return { history: await store.read() };
  }
}

/** The page's failure notice closed; the next read of that page replaces its status, and with it the notice. */
function dismissPage(history: History, page: string): History {
  const status = own(history.pages, page);
  if (!status) return history;
  const pages = copyDict(history.pages);
  pages[page] = { ...status, dismissed: true };
  return { ...history, pages };
}

/**
 * Checks the file, then merges its contracts, IMPORT_BATCH at a time each, with a task boundary between steps and
 * each merge its own turn of the store's queue: a page's report waits for one step, never for the whole file. The
 * merged history is saved once, by the last step (store.ts, `inSteps`): until then storage holds the history as it
 * was, with what pages reported meanwhile.
 */
async function importInSteps(raw: unknown, store: Store): Promise<{ history: History; summary: string }> {
  // Begun before the check, so that deleting everything meanwhile stops the import wherever it is.
  const steps = store.inSteps();
  try {
    const checking = checkImportInSteps(raw);
    let check = checking.next();
    for (; !check.done; check = checking.next()) await nextTask();
    if (!check.value.ok) throw new Error(check.value.error);
    const data = check.value.data;
    const { contracts, repeated } = uniqueContracts(data.contracts);
    const tally = { contractsAdded: 0, contractsUpdated: 0 };
    const importContracts = contractImporter(tally);
    for (const batch of batches(contracts, IMPORT_BATCH)) {
      await steps.step((h, now, theirsAlone) => importContracts(h, batch, now, theirsAlone));
      await nextTask();
    }
    let rest = { scores: 0, clients: 0, tiles: 0 };
    const history = await steps.save((h, now) => {
      const done = importTheRest(h, data, now);
      rest = done;
      return done.history;
    });
    const summary = importSummary({
      ...tally,
      contractsRepeated: repeated,
      scoresAdded: rest.scores,
      clientsAdded: rest.clients,
      tilesAdded: rest.tiles,
    });
    return { history, summary: summary.text };
  } finally {
    steps.drop();
  }
}
