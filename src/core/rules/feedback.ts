import type { Contract } from '../schema/contract';
import type { StoredContract } from '../schema/history';
import type { Settings } from '../settings';
import { daysBetween, daysQuiet, humanDay } from '../time';
import type { Warning } from '../warnings';
import { contractSubject, named } from './contracts';
import { eachContract } from './each-contract';

/**
 * Days left of Upwork's feedback window for an ended contract you have not rated yet, or null when none is due.
 * Feedback is double-blind: the client's shows within the window only once you left yours, so seeing it is proof.
 */
export function feedbackDaysLeft(c: Contract, today: string, settings: Settings): number | null {
  if (c.status !== 'ended' || !c.endedAt || c.feedbackGiven !== null || c.feedbackReceived !== null)
    return null;
  const since = daysBetween(c.endedAt, today);
  return since >= 0 && since <= settings.feedbackWindowDays ? settings.feedbackWindowDays - since : null;
}

export type AskFeedbackReason = 'all-paid' | 'hours-quiet';

/**
 * Why now is the time to ask the client to end this contract with feedback: a fixed-price contract whose
 * milestones are all paid, or an hourly one that earned something and has logged no hours for 14 days. Null when
 * neither holds.
 */
export function askFeedbackReason(c: Contract, today: string, settings: Settings): AskFeedbackReason | null {
  if (c.status !== 'active') return null;
  if (c.kind === 'fixed' && c.funding?.allPaid === true) return 'all-paid';
  const quiet = daysQuiet(c, today);
  if (c.kind === 'hourly' && c.earnings !== 0 && quiet !== null && quiet >= settings.askFeedbackQuietDays)
    return 'hours-quiet';
  return null;
}

/** An active fixed-price contract whose page shows no milestone in escrow (and not all paid): work unprotected. */
export function isUnfunded(c: Contract): boolean {
  return (
    c.status === 'active' && c.kind === 'fixed' && c.funding?.inEscrow === false && c.funding.allPaid !== true
  );
}

/** The message to copy for the client, with their name and the contract's title filled in. */
export function askFeedbackMessage(c: Contract, settings: Settings): string {
  return settings.askFeedbackMessage
    .replaceAll('{client}', c.clientName ?? 'there')
    .replaceAll('{contract}', c.title ?? 'our contract');
}

function feedbackWarnings(c: StoredContract, today: string, s: Settings): Warning[] {
  const warnings: Warning[] = [];
  const left = feedbackDaysLeft(c, today, s);
  if (left !== null) {
    warnings.push({
      id: 'contract-feedback-to-give',
      severity: left <= 3 ? 'warn' : 'info',
      subject: contractSubject(c),
      title: `Leave feedback for the client: ${left === 0 ? 'last day' : `${left} day${left === 1 ? '' : 's'} left`}`,
      reason: `${named(c)} ended ${humanDay(c.endedAt ?? '')}; JSS Guard has not seen your feedback for the client. Upwork’s feedback window closes ${s.feedbackWindowDays} days after the end.`,
      action:
        'Leave thoughtful feedback for the client on the contract’s page: it shows you as a professional and helps them hire again.',
      needsAction: true,
    });
  }
  const ask = askFeedbackReason(c, today, s);
  // An hourly contract quiet for 30 days: `contract-inactive` already says it, with the same action.
  const quiet = daysQuiet(c, today);
  if (ask === 'all-paid' || (ask === 'hours-quiet' && quiet !== null && quiet < s.inactiveDays)) {
    warnings.push({
      id: 'contract-ask-feedback',
      severity: 'info',
      subject: contractSubject(c),
      title:
        ask === 'all-paid'
          ? 'Every milestone is paid: ask the client to end the contract'
          : `No hours logged for ${quiet} days: ask the client to end the contract`,
      reason: `${named(c)} is still open. A finished contract counts for your score once it ends with the client’s feedback.`,
      action:
        'Ask the client to end the contract and, if they are happy, to leave 5 stars. The contract’s page has a message to copy.',
      needsAction: true,
    });
  }
  if (isUnfunded(c)) {
    warnings.push({
      id: 'contract-unfunded',
      severity: 'warn',
      subject: contractSubject(c),
      title: 'Fixed-price contract with no funded milestone',
      reason: `${named(c)} is active, but its page shows no milestone in escrow.`,
      action: 'Ask the client to fund the next milestone before you start the work on it.',
      needsAction: true,
    });
  }
  return warnings;
}

/** Feedback both ways and funding: to give, to ask for, and milestones to fund. */
export const feedbackRulesSteps = eachContract(feedbackWarnings);
