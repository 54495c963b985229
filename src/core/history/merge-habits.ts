import type { Invitation, NavigationRead, ProposalsParse, TimePrecision } from '../schema/habits';
import type { History } from '../schema/history';

const PRECISION_RANK: Record<TimePrecision, number> = { minute: 0, hour: 1, day: 2 };

/**
 * When an invitation came, from two reads: the more precise one wins ("3:15 PM" over "yesterday"); of two equally
 * precise, the earlier ("5 hours ago" read at 10:20 and again at 10:40 says 5:20 then 5:40: it came by 5:20).
 */
function receivedOf(
  old: Pick<Invitation, 'receivedAt' | 'precision'> | undefined,
  next: Invitation,
): Pick<Invitation, 'receivedAt' | 'precision'> {
  if (!old?.receivedAt || !old.precision) return next;
  if (!next.receivedAt || !next.precision) return old;
  const rank = PRECISION_RANK[next.precision] - PRECISION_RANK[old.precision];
  if (rank < 0) return next;
  if (rank > 0) return old;
  return next.receivedAt < old.receivedAt ? next : old;
}

/**
 * The proposals page lists every invitation still waiting: what it shows replaces the stored list (an answered
 * invitation leaves it). A page that could not be read leaves the stored list as it was; one read in part adds to it.
 */
export function mergeInvitations(history: History, result: ProposalsParse, now: string): History {
  if (result.missed.includes('invitations')) return history;
  const before = new Map((history.invitations?.items ?? []).map((i) => [i.id, i]));
  const items = result.invitations.map((invitation) => {
    const old = before.get(invitation.id);
    return { ...invitation, ...receivedOf(old, invitation), firstSeenAt: old?.firstSeenAt ?? now };
  });
  // The heading counted more rows than were read: those not read may still be waiting, so they stay.
  if (result.missed.some((m) => /^invitations\.\d+$/.test(m))) {
    const shown = new Set(items.map((i) => i.id));
    items.push(...[...before.values()].filter((i) => !shown.has(i.id)));
  }
  return { ...history, invitations: { items, readAt: now } };
}

/** A read that changes nothing is not saved again before this long: every Upwork page shows the navigation. */
const NAVIGATION_RESAVE_MS = 15 * 60_000;

/**
 * Unread messages: the count as last read, and since when some have been waiting (reset when none are). The same
 * count read again soon after returns the history itself, which the store then does not write.
 */
export function mergeNavigation(history: History, read: NavigationRead, now: string): History {
  if (read.unreadMessages === null) return history;
  const unread = read.unreadMessages;
  const last = history.messages;
  if (last?.unread === unread && Date.parse(now) - Date.parse(last.readAt) < NAVIGATION_RESAVE_MS)
    return history;
  const since = history.messages?.unread ? history.messages.unreadSince : null;
  return { ...history, messages: { unread, unreadSince: unread > 0 ? (since ?? now) : null, readAt: now } };
}
