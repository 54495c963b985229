import type { Contract } from '../schema/contract';
import type { Settings } from '../settings';
import { daysBetween } from '../time';
import type { ClientRecord, Outcome } from './types';

/** What an outcome rests on: the range treats successes resting on 4.5–4.9 public feedback as uncertain. */
export type Basis =
  | 'no-earnings'
  | 'bad-feedback'
  | 'discounted'
  | 'feedback'
  | 'long-term'
  | 'repeat'
  | 'neutral-feedback'
  | 'no-feedback'
  | 'open'
  | 'unknown';

export interface Classified {
  id: string;
  outcome: Outcome;
  reason: string;
  basis: Basis;
  /** The date the outcome counts on: `endedAt`, or the evaluation date for an open contract; null when unknown. */
  date: string | null;
  ended: boolean;
  feedback: number | null;
}

export interface ClassifyContext {
  now: string;
  settings: Settings;
  client: ClientRecord | undefined;
  /** The client hired the freelancer before this contract. */
  repeatHire: boolean;
}

const stars = (n: number) => n.toFixed(1);

/** Harsh: rates other freelancers low. Flagged: rated low by freelancers. Their bad feedback is discounted. */
export function discountReason(client: ClientRecord | undefined, settings: Settings): string | null {
  const given = client?.ratingsGiven ?? [];
  if (given.length >= settings.harshMinRatings) {
    const average = given.reduce((a, b) => a + b, 0) / given.length;
    if (average < settings.harshAverageBelow) return 'client rates everyone low';
  }
  if (
    client?.rating != null &&
    (client.reviews ?? 0) >= settings.flaggedMinReviews &&
    client.rating < settings.flaggedClientRating
  ) {
    return 'client is poorly rated by freelancers';
  }
  return null;
}

/** One contract's outcome in the model of docs/jss-model.md, rules applied in the model's order. */
export function classify(
  contract: Contract,
  { now, settings, client, repeatHire }: ClassifyContext,
): Classified {
  const ended = contract.status === 'ended' || (contract.status === null && contract.endedAt !== null);
  const date = ended ? contract.endedAt : now;
  const feedback = contract.feedbackReceived;
  const earnings = contract.earnings;
  const result = (outcome: Outcome, basis: Basis, reason: string): Classified => {
    return { id: contract.id, outcome, basis, reason, date, ended, feedback };
  };

  if (ended && date === null) return result('excluded', 'unknown', 'end date unknown');
  // 1. Negative: no earnings, or poor public feedback unless the client's feedback is discounted.
  if (ended && earnings !== null && earnings <= 0)
    return result('negative', 'no-earnings', 'ended with no earnings');
  if (feedback !== null && feedback < settings.negativeBelow) {
    const discount = discountReason(client, settings);
    if (discount) return result('excluded', 'discounted', `${stars(feedback)} feedback, but ${discount}`);
    return result('negative', 'bad-feedback', `${stars(feedback)} feedback`);
  }
  // 2. Successful: good feedback, a long-term hourly contract with earnings, or a repeat client's contract.
  if (feedback !== null && feedback >= settings.successfulAtLeast) {
    return result('successful', 'feedback', `${stars(feedback)} feedback`);
  }
  const earned = earnings !== null && earnings > 0;
  if (contract.kind === 'hourly' && earned && contract.startedAt) {
    const days = daysBetween(contract.startedAt, date ?? now);
    if (days >= settings.longTermDays)
      return result('successful', 'long-term', `hourly for ${days} days with earnings`);
  }
  if (earned && feedback === null && repeatHire)
    return result('successful', 'repeat', 'repeat client, with earnings');
  // 3. Neutral: middling public feedback.
  if (feedback !== null) return result('neutral', 'neutral-feedback', `${stars(feedback)} feedback`);
  // 4. Excluded: no feedback yet, or still open.
  if (!ended) return result('excluded', 'open', 'still open');
  if (earnings === null) return result('excluded', 'unknown', 'earnings unknown');
  return result('excluded', 'no-feedback', 'ended with earnings and no feedback');
}
