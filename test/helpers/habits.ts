import { mergeInvitations, mergeNavigation } from '../../src/core/history/merge-habits';
import type { History } from '../../src/core/schema/history';

const PROPOSALS = 'https://www.upwork.com/nx/proposals/';

/**
 * The history after a day on Upwork as of `now`: the proposals page read half an hour ago with invitations received
 * the given hours before, and the navigation read 4 hours ago showing `unread` messages.
 */
export function seenToday(
  history: History,
  now: string,
  invitationHours: number[] = [],
  unread = 0,
): History {
  const before = (hours: number) => new Date(Date.parse(now) - hours * 3_600_000).toISOString();
  const invitations = invitationHours.map((hours, i) => ({
    id: `9${i}`,
    title:
      ['Chrome extension for a CRM', 'Stripe billing for a SaaS', 'Translate a Vue app'][i] ??
      `Invitation ${i}`,
    clientName: ['Harbor Goods', 'Blue Fern Co', 'Paper Plane'][i] ?? null,
    receivedAt: before(hours),
    precision: 'minute' as const,
    url: `https://www.upwork.com/nx/proposals/interview/9${i}`,
  }));
  const read = mergeInvitations(
    history,
    { page: 'proposals', url: PROPOSALS, missed: [], invitations },
    before(0.5),
  );
  return mergeNavigation(read, { url: PROPOSALS, unreadMessages: unread, missed: [] }, before(4));
}
