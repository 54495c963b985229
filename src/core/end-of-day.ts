import type { WarningId } from './schema/common';
import type { History } from './schema/history';
import type { Warning } from './warnings';

const counted = (one: string, many: string) => (n: number) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** What is left for today, by kind, in the words of the popup's "end of day" line. */
const LEFT: { ids: WarningId[]; text: (n: number, history: History) => string }[] = [
  { ids: ['invitation-waiting'], text: counted('invitation to answer', 'invitations to answer') },
  {
    ids: ['messages-waiting'],
    text: (_, history) => counted('unread message', 'unread messages')(history.messages?.unread ?? 0),
  },
  {
    ids: ['contract-feedback-to-give'],
    text: (n) => `feedback to leave for ${counted('client', 'clients')(n)}`,
  },
  {
    ids: ['contract-ask-feedback', 'contract-ended-no-feedback'],
    text: counted('client to ask for feedback', 'clients to ask for feedback'),
  },
  { ids: ['contract-inactive', 'contract-no-earnings'], text: counted('quiet contract', 'quiet contracts') },
  { ids: ['contract-unfunded'], text: counted('contract to get funded', 'contracts to get funded') },
];

export interface EndOfDay {
  /** What is left, worst kinds first: "2 invitations to answer". Empty when nothing is. */
  left: string[];
  /** The parts of the all-clear JSS Guard has evidence for: it never says "no invitation waiting" unseen. */
  clear: string[];
  /** What JSS Guard has not seen yet, so cannot vouch for. */
  unseen: string[];
}

/**
 * The popup's "end of day" line: every invitation, message and feedback still owed, or the all-clear — said only
 * for what JSS Guard has read (the proposals page for invitations, the navigation for messages, the contracts).
 */
export function endOfDay(history: History, warnings: readonly Warning[]): EndOfDay {
  const left: string[] = [];
  for (const kind of LEFT) {
    const subjects = new Set(
      warnings.filter((w) => w.needsAction && kind.ids.includes(w.id)).map((w) => w.subject.id),
    );
    if (subjects.size > 0) left.push(kind.text(subjects.size, history));
  }
  const clear: string[] = [];
  const unseen: string[] = [];
  if (history.invitations) clear.push('no invitation waiting');
  else unseen.push('your proposals page (invitations)');
  if (history.messages) clear.push('no message unanswered');
  else unseen.push('Upwork’s navigation while logged in (messages)');
  if (Object.keys(history.contracts).length > 0) clear.push('no contract quiet');
  else unseen.push('your contracts');
  return { left, clear, unseen };
}
