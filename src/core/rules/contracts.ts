import { isolate } from '../bidi';
import { contractUrl } from '../contract-url';
import type { StoredContract } from '../schema/history';
import type { Settings } from '../settings';
import { daysBetween, daysQuiet, humanDay } from '../time';
import type { Warning } from '../warnings';
import { eachContract } from './each-contract';

const money = (usd: number | null) => (usd === null ? 'unknown earnings' : `$${usd.toLocaleString('en-US')}`);
export const named = (c: StoredContract) =>
  `“${isolate(c.title ?? `Contract ${c.id}`)}”${c.clientName ? ` with ${isolate(c.clientName)}` : ''}`;

export function contractSubject(c: StoredContract): Warning['subject'] {
  return {
    kind: 'contract',
    id: c.id,
    name: c.title,
    url: contractUrl(c.id),
  };
}

/** One contract's warnings. Pure: `today` is an ISO date. */
function contractWarnings(c: StoredContract, today: string, s: Settings): Warning[] {
  const warnings: Warning[] = [];
  if (c.status === 'active') {
    const idle = daysQuiet(c, today);
    const age = c.startedAt ? daysBetween(c.startedAt, today) : null;
    // Every milestone paid: the work is done, not stalled; `contract-ask-feedback` says what to do (rules/feedback.ts).
    if (idle !== null && idle >= s.inactiveDays && c.funding?.allPaid !== true) {
      warnings.push({
        id: 'contract-inactive',
        severity: c.earnings === 0 ? 'danger' : 'warn',
        subject: contractSubject(c),
        title: `Open contract with no activity for ${idle} days`,
        reason: `${named(c)}: last activity ${humanDay(c.lastActivityAt ?? c.startedAt ?? '')}, earned ${money(c.earnings)}.${c.earnings === 0 ? ' If it ends with $0 it counts against your score.' : ''}`,
        action: 'Ask the client to close it and leave feedback, or get the work moving again.',
        needsAction: true,
      });
    } else if (c.earnings === 0 && age !== null && age >= s.noEarningsDays) {
      warnings.push({
        id: 'contract-no-earnings',
        severity: 'danger',
        subject: contractSubject(c),
        title: `Open contract with no earnings after ${age} days`,
        reason: `${named(c)} started ${humanDay(c.startedAt ?? '')} and has earned $0. A contract that ends with no earnings counts against your score.`,
        action:
          'Get a first milestone funded and paid, or ask the client to end it with feedback before it goes stale.',
        needsAction: true,
      });
    }
  }
  if (c.status === 'ended' && c.endedAt) {
    const since = daysBetween(c.endedAt, today);
    if (
      c.feedbackReceived === null &&
      c.earnings !== 0 &&
      since >= s.endedNoFeedbackDays &&
      since <= s.feedbackWindowDays
    ) {
      warnings.push({
        id: 'contract-ended-no-feedback',
        severity: 'warn',
        subject: contractSubject(c),
        title: `No feedback ${since} days after the contract ended`,
        reason: `${named(c)} ended ${humanDay(c.endedAt)} without the client’s feedback; they have until day ${s.feedbackWindowDays} to leave it.`,
        action: 'Send the client a short thank-you and ask them to leave feedback now.',
        needsAction: true,
      });
    }
    if (c.endedBy === 'freelancer' && since <= s.endedByYouShowDays) {
      warnings.push({
        id: 'contract-ended-by-you',
        severity: 'info',
        subject: contractSubject(c),
        title: 'You ended this contract yourself',
        reason: `${named(c)} ended ${humanDay(c.endedAt)}. When the freelancer ends a contract, the client is not prompted for feedback.`,
        action: 'Next time, ask the client to end the contract: Upwork then asks them for feedback.',
        needsAction: false,
      });
    }
  }
  return warnings;
}

/** Open contracts gone quiet or unpaid, contracts that ended without feedback, and those the freelancer ended. */
export const contractRulesSteps = eachContract(contractWarnings);
