import { contractListSteps } from '../history/contract-list';
import type { History, StoredContract } from '../schema/history';
import type { Settings } from '../settings';
import { eachInSteps, runAtOnce, type Steps } from '../steps';
import { daysBetween } from '../time';

export interface LikedClient {
  /** The client's id where known, else their name: how their contracts are grouped. */
  key: string;
  name: string | null;
  /** The stars of their most recent feedback to you. */
  stars: number;
  contracts: number;
  lastEndedAt: string;
  daysSince: number;
  /** The contract to open for a message (the most recent). */
  contractId: string;
}

const clientOf = (c: StoredContract) => c.clientId ?? c.clientName;

/** How many the popup lists: the most recent are the likeliest to hire again. */
export const LIKED_CLIENTS_SHOWN = 8;

/**
 * Clients worth a message about new work: their latest feedback to you was 4.5 stars or more, their last contract
 * ended 60 days ago or more, and nothing is open with them. Repeat hires count for you. Most recently ended first.
 */
export function likedClients(history: History, now: string, settings: Settings): LikedClient[] {
  return runAtOnce(likedClientsSteps(history, now, settings));
}

/** What one client's contracts add up to, for `likedClients`: figures, so that no contract is read twice. */
interface ClientContracts {
  contracts: number;
  /** One is open (or paused, or of unknown status). */
  open: boolean;
  /** The last ended (the first seen of equal dates). */
  last: { endedAt: string; id: string; name: string | null } | null;
  /** The last ended with the client's feedback (the first seen of equal dates). */
  rated: { endedAt: string; stars: number; name: string | null } | null;
}

/** `likedClients` a step at a time: one pass over the contracts adds each to its client's figures, then the clients. */
export function* likedClientsSteps(history: History, now: string, settings: Settings): Steps<LikedClient[]> {
  const today = now.slice(0, 10);
  const byClient = new Map<string, ClientContracts>();
  yield* eachInSteps(yield* contractListSteps(history), (c) => {
    const key = clientOf(c);
    if (!key) return;
    let client = byClient.get(key);
    if (!client) {
      client = { contracts: 0, open: false, last: null, rated: null };
      byClient.set(key, client);
    }
    client.contracts++;
    if (c.status !== 'ended') client.open = true;
    const { endedAt, feedbackReceived } = c;
    if (endedAt === null) return;
    if (!client.last || endedAt > client.last.endedAt)
      client.last = { endedAt, id: c.id, name: c.clientName };
    if (feedbackReceived !== null && (!client.rated || endedAt > client.rated.endedAt))
      client.rated = { endedAt, stars: feedbackReceived, name: c.clientName };
  });
  const liked: LikedClient[] = [];
  yield* eachInSteps(byClient, ([key, { contracts, open, last, rated }]) => {
    if (open || !last || !rated || rated.stars < settings.likedClientStars) return;
    const daysSince = daysBetween(last.endedAt, today);
    if (daysSince < settings.likedClientAfterDays) return;
    liked.push({
      key,
      name: last.name ?? rated.name,
      stars: rated.stars,
      contracts,
      lastEndedAt: last.endedAt,
      daysSince,
      contractId: last.id,
    });
  });
  return liked.sort((a, b) => b.lastEndedAt.localeCompare(a.lastEndedAt));
}
