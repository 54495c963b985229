import type { Contract } from '../schema/contract';
import type { JssRules, Settings } from '../settings';
import { daysBetween } from '../time';
import type { ClientRecord, Outcome } from './types';
import { weightOf } from './weights';

/** What an outcome rests on: the range treats successes resting on 4.5–4.9 public feedback as uncertain. */
export type Basis =
  | 'no-earnings'
  | 'praised-unpaid'
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
  /** The date the outcome counts on: its end (its last activity when stale), or the evaluation date; null when unknown. */
  date: string | null;
  /** Ended, or counted as ended because it went stale. */
  ended: boolean;
  /** Open by its status (a stale one too): the freelancer can still act on it. */
  open: boolean;
  feedback: number | null;
  /** How many jobs it counts as (weights.ts). */
  weight: number;
  /** Its client (by id, else name; else its own id): a score needs `minClients` different ones. */
  client: string;
}

/** Asked only when a rule needs it: most contracts are decided by their feedback alone. */
export interface ClassifyContext {
  now: string;
  settings: Settings;
  rules: JssRules;
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
const PRAISED_UNPAID = new Map<number, Ruling>();

/** Ended on its own, or open: any status but `ended` (active, paused, or `unknown` from an earnings report). */
const endedByStatus = (c: Contract) => c.status === 'ended' || (c.status === null && c.endedAt !== null);

/**
 * One contract's outcome in the model of docs/jss-model.md, rules applied in the model's order. An open contract
 * quiet for more than `staleDays` counts as ended on its last activity.
 */
export function classify(contract: Contract, context: ClassifyContext): Classified {
  const { now, settings, rules } = context;
  const open = !endedByStatus(contract);
  const quietSince = contract.lastActivityAt;
  const stale = open && quietSince !== null && daysBetween(quietSince, now) > settings.staleDays;
  const end = open ? (stale ? quietSince : null) : contract.endedAt;
  const ended = !open || stale;
  const date = ended ? end : now;
  const [outcome, basis, reason] = rule(contract, ended, end, context);
  return {
    id: contract.id,
    outcome,
    basis,
    reason: stale ? `${reason} (open, but quiet since ${quietSince}: counts as ended then)` : reason,
    date,
    ended,
    open,
    feedback: contract.feedbackReceived,
    weight: weightOf(contract, now, settings, rules),
    client: contract.clientId ?? contract.clientName ?? `#${contract.id}`,
  };
}

function rule(
  contract: Contract,
  ended: boolean,
  end: string | null,
  { now, settings, clientOf, isRepeatHire }: ClassifyContext,
): Ruling {
  const feedback = contract.feedbackReceived;
  const earnings = contract.earnings;
  if (ended && end === null) return END_UNKNOWN;
  // 1. Negative: no earnings (left out when the feedback was good), or poor public feedback unless discounted.
  if (ended && earnings !== null && earnings <= settings.noEarningsUpTo) {
    if (feedback === null || feedback < settings.successfulAtLeast) return NO_EARNINGS;
    return cached(PRAISED_UNPAID, feedback, () => [
      'excluded',
      'praised-unpaid',
      `no earnings with ${stars(feedback)} feedback: left out`,
    ]);
  }
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
  const earned = earnings !== null && earnings > settings.noEarningsUpTo;
  if (contract.kind === 'hourly' && earned && contract.startedAt) {
    // Paid length: to the last activity; to the end or the evaluation date when that is unknown.
    const days = daysBetween(contract.startedAt, contract.lastActivityAt ?? end ?? now);
    if (days >= settings.longTermDays)
      return cached(LONG_TERM, days, () => ['successful', 'long-term', `hourly, paid over ${days} days`]);
  }
  if (earned && feedback === null && isRepeatHire(contract)) return REPEAT;
  // 3. Neutral: middling public feedback.
  if (feedback !== null) return NEUTRAL_FEEDBACK(feedback);
  // 4. Excluded: no feedback yet, or still open.
  if (!ended) return OPEN;
  if (earnings === null) return EARNINGS_UNKNOWN;
  return NO_FEEDBACK;
}
