import type { History, StoredContract } from '../schema/history';
import type { Settings } from '../settings';
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
  const today = now.slice(0, 10);
  const byClient = new Map<string, StoredContract[]>();
  for (const c of Object.values(history.contracts)) {
    const key = clientOf(c);
    if (!key) continue;
    const list = byClient.get(key);
    if (list) list.push(c);
    else byClient.set(key, [c]);
  }
  const liked: LikedClient[] = [];
  for (const [key, contracts] of byClient) {
    // One pass: none open (or paused, or of unknown status), the last ended, the last with the client's feedback.
    let last: (StoredContract & { endedAt: string }) | undefined;
    let rated: (StoredContract & { endedAt: string; feedbackReceived: number }) | undefined;
    let open = false;
    for (const c of contracts) {
      if (c.status !== 'ended') open = true;
      if (c.endedAt === null) continue;
      if (!last || c.endedAt > last.endedAt) last = c as StoredContract & { endedAt: string };
      if (c.feedbackReceived !== null && (!rated || c.endedAt > rated.endedAt))
        rated = c as StoredContract & { endedAt: string; feedbackReceived: number };
    }
    if (open || !last || !rated || rated.feedbackReceived < settings.likedClientStars) continue;
    const daysSince = daysBetween(last.endedAt, today);
    if (daysSince < settings.likedClientAfterDays) continue;
    liked.push({
      key,
      name: last.clientName ?? rated.clientName,
      stars: rated.feedbackReceived,
      contracts: contracts.length,
      lastEndedAt: last.endedAt,
      daysSince,
      contractId: last.id,
    });
  }
  return liked.sort((a, b) => b.lastEndedAt.localeCompare(a.lastEndedAt));
}
