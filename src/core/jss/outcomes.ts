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

/** Asked only when a rule needs it: most contracts are decided by their feedback alone. */
export interface ClassifyContext {
  now: string;
  settings: Settings;
  clientOf: (contract: Contract) => ClientRecord | undefined;
  /** The contract's client hired the freelancer before it. */
  isRepeatHire: (contract: Contract) => boolean;
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

/** What a rule decides: the outcome, what it rests on, and why in words. */
type Ruling = readonly [Outcome, Basis, string];

/**
 * One ruling per distinct figure: 10,000 contracts share a few hundred ("4.5 feedback"), so classifying them
 * allocates no tuple and no string per contract.
 */
function cached<K>(cache: Map<K, Ruling>, key: K, make: () => Ruling): Ruling {
  let ruling = cache.get(key);
  if (ruling === undefined) {
    ruling = make();
    cache.set(key, ruling);
  }
  return ruling;
}
const byFeedback = (outcome: Outcome, basis: Basis) => {
  const cache = new Map<number, Ruling>();
  return (feedback: number) =>
    cached(cache, feedback, () => [outcome, basis, `${stars(feedback)} feedback`] as const);
};
const BAD_FEEDBACK = byFeedback('negative', 'bad-feedback');
const GOOD_FEEDBACK = byFeedback('successful', 'feedback');
const NEUTRAL_FEEDBACK = byFeedback('neutral', 'neutral-feedback');
const DISCOUNTED = new Map<string, Ruling>();
const LONG_TERM = new Map<number, Ruling>();

const END_UNKNOWN: Ruling = ['excluded', 'unknown', 'end date unknown'];
const NO_EARNINGS: Ruling = ['negative', 'no-earnings', 'ended with no earnings'];
const REPEAT: Ruling = ['successful', 'repeat', 'repeat client, with earnings'];
const OPEN: Ruling = ['excluded', 'open', 'still open'];
const EARNINGS_UNKNOWN: Ruling = ['excluded', 'unknown', 'earnings unknown'];
const NO_FEEDBACK: Ruling = ['excluded', 'no-feedback', 'ended with earnings and no feedback'];

/** One contract's outcome in the model of docs/jss-model.md, rules applied in the model's order. */
export function classify(contract: Contract, context: ClassifyContext): Classified {
  const ended = contract.status === 'ended' || (contract.status === null && contract.endedAt !== null);
  const date = ended ? contract.endedAt : context.now;
  const feedback = contract.feedbackReceived;
  const [outcome, basis, reason] = rule(contract, ended, date ?? context.now, context);
  return { id: contract.id, outcome, basis, reason, date, ended, feedback };
}

function rule(
  contract: Contract,
  ended: boolean,
  date: string,
  { settings, clientOf, isRepeatHire }: ClassifyContext,
): Ruling {
  const feedback = contract.feedbackReceived;
  const earnings = contract.earnings;
  if (ended && contract.endedAt === null) return END_UNKNOWN;
  // 1. Negative: no earnings, or poor public feedback unless the client's feedback is discounted.
  if (ended && earnings !== null && earnings <= 0) return NO_EARNINGS;
  if (feedback !== null && feedback < settings.negativeBelow) {
    const discount = discountReason(clientOf(contract), settings);
    if (!discount) return BAD_FEEDBACK(feedback);
    return cached(DISCOUNTED, `${feedback} ${discount}`, () => [
      'excluded',
      'discounted',
      `${stars(feedback)} feedback, but ${discount}`,
    ]);
  }
  // 2. Successful: good feedback, a long-term hourly contract with earnings, or a repeat client's contract.
  if (feedback !== null && feedback >= settings.successfulAtLeast) return GOOD_FEEDBACK(feedback);
  const earned = earnings !== null && earnings > 0;
  if (contract.kind === 'hourly' && earned && contract.startedAt) {
    const days = daysBetween(contract.startedAt, date);
    if (days >= settings.longTermDays)
      return cached(LONG_TERM, days, () => [
        'successful',
        'long-term',
        `hourly for ${days} days with earnings`,
      ]);
  }
  if (earned && feedback === null && isRepeatHire(contract)) return REPEAT;
  // 3. Neutral: middling public feedback.
  if (feedback !== null) return NEUTRAL_FEEDBACK(feedback);
  // 4. Excluded: no feedback yet, or still open.
  if (!ended) return OPEN;
  if (earnings === null) return EARNINGS_UNKNOWN;
  return NO_FEEDBACK;
}
