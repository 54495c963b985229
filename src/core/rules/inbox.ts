import { isolate } from '../bidi';
import type { StoredInvitations } from '../schema/habits';
import type { History } from '../schema/history';
import type { Settings } from '../settings';
import { formatHours, hoursBetween, humanDay } from '../time';
import type { Severity, Warning } from '../warnings';

const PROPOSALS_URL = 'https://www.upwork.com/nx/proposals/';
const MESSAGES_URL = 'https://www.upwork.com/ab/messages/';

/** Upwork's reply window for an invitation to interview: the profile shows "replies within 24 hours" from it. */
export const INVITATION_REPLY_HOURS = 24;

export interface InvitationWait {
  /** Whole hours since it was received. */
  hoursWaited: number;
  /** Hours left of the 24, 0 once past. */
  hoursLeft: number;
  severity: Severity | null;
}

/** How long an invitation received at `receivedAt` has waited at `now`, and whether that warns. Pure. */
export function invitationWait(receivedAt: string, now: string, settings: Settings): InvitationWait {
  const hours = Math.max(0, hoursBetween(receivedAt, now));
  const severity: Severity | null =
    hours > settings.invitationDangerHours ? 'danger' : hours >= settings.invitationWarnHours ? 'warn' : null;
  return {
    hoursWaited: Math.floor(hours),
    hoursLeft: Math.max(0, Math.ceil(INVITATION_REPLY_HOURS - hours)),
    severity,
  };
}

type StoredInvitation = StoredInvitations['items'][number];

function invitationWarning(i: StoredInvitation, now: string, settings: Settings): Warning | null {
  // With no time shown, it has waited at least since JSS Guard first saw it.
  const receivedAt = i.receivedAt ?? i.firstSeenAt;
  const wait = invitationWait(receivedAt, now, settings);
  if (!wait.severity) return null;
  const when =
    i.receivedAt && i.precision !== 'day'
      ? `received ${formatHours(wait.hoursWaited)} ago`
      : i.receivedAt
        ? // The day is the freelancer's local one, which a UTC date could misname: say the hours instead.
          `received ${formatHours(wait.hoursWaited)} ago at most (Upwork showed the day but no time, so JSS Guard counts from the start of that day)`
        : `first seen ${formatHours(wait.hoursWaited)} ago (Upwork showed no date)`;
  return {
    id: 'invitation-waiting',
    severity: wait.severity,
    subject: { kind: 'invitation', id: i.id, name: i.title, url: i.url ?? PROPOSALS_URL },
    title:
      wait.severity === 'danger'
        ? `Invitation unanswered for over ${INVITATION_REPLY_HOURS} hours`
        : `Invitation waiting ${formatHours(wait.hoursWaited)}: ${formatHours(wait.hoursLeft)} left of ${INVITATION_REPLY_HOURS}`,
    reason: `“${isolate(i.title ?? 'An invitation to interview')}”${i.clientName ? ` from ${isolate(i.clientName)}` : ''}, ${when}.`,
    action:
      'Accept or decline — declining counts as a reply. Upwork shows how fast you reply to invitations on your profile.',
    needsAction: true,
  };
}

/** Invitations to interview unanswered from the warn threshold (20 h) on, danger past 24 h. */
export function invitationRules(history: History, now: string, settings: Settings): Warning[] {
  return (history.invitations?.items ?? []).flatMap((i) => invitationWarning(i, now, settings) ?? []);
}

/** Unread messages for longer than the setting (3 h). */
export function messageRules(history: History, now: string, settings: Settings): Warning[] {
  const m = history.messages;
  if (!m || m.unread === 0 || !m.unreadSince) return [];
  const hours = hoursBetween(m.unreadSince, now);
  if (hours < settings.messagesWaitingHours) return [];
  const count = m.unread === 1 ? '1 unread message' : `${m.unread} unread messages`;
  return [
    {
      id: 'messages-waiting',
      severity: 'warn',
      subject: { kind: 'messages', id: 'messages', name: 'Messages', url: MESSAGES_URL },
      title: `${count} for ${formatHours(Math.floor(hours))} or more`,
      reason: `Upwork’s navigation showed ${count} from ${humanDay(m.unreadSince)}${
        m.readAt !== m.unreadSince ? `, still on ${humanDay(m.readAt)}` : ''
      }.`,
      action: 'Answer within a few hours: clients hire, and come back to, freelancers who reply quickly.',
      needsAction: true,
    },
  ];
}
