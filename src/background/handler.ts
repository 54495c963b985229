import { editContract, mergeObservation } from '../core/history/merge';
import { projectHistory } from '../core/history/project-history';
import type { Projection } from '../core/jss';
import { Message } from '../core/messages';
import type { History } from '../core/schema/history';
import { computeWarnings, type Warning } from '../core/warnings';
import type { Store, StoreProblem } from './store';

/** Who sent a message, as the browser reports it (`runtime.MessageSender`). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface State {
  history: History;
  projection: Projection;
  warnings: Warning[];
  problems: StoreProblem[];
}

export type Reply = { ok: true; state?: State } | { ok: false; error: string };

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
  if (message.type === 'observation') {
    if (!fromUpworkTab) return 'page observations are only taken from content scripts on www.upwork.com';
    if (new URL(message.result.url).origin !== new URL(sender.url ?? '').origin)
      return 'observation for another site';
    return null;
  }
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
    const history = await apply(message, ctx.store);
    if (message.type !== 'get-state') await ctx.changed?.(history, sender, message);
    if (message.type === 'observation') return { ok: true };
    const now = ctx.store.now();
    const state: State = {
      history,
      projection: projectHistory(history, now),
      warnings: computeWarnings(history, now),
      problems: await ctx.store.problems(),
    };
    return { ok: true, state };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function apply(message: Message, store: Store): Promise<History> {
  switch (message.type) {
    case 'observation':
      return store.update((h, now) => mergeObservation(h, message.result, now));
    case 'edit-contract':
      return store.update((h, now) => editContract(h, message.contract, now));
    case 'save-settings':
      return store.update((h) => ({ ...h, settings: message.settings }));
    case 'get-state':
      return store.read();
    case 'import':
    case 'delete-all':
      return Promise.reject(new Error(`"${message.type}" is not available yet`));
  }
}
