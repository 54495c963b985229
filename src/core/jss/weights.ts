import type { Contract } from '../schema/contract';
import type { JssRules, Settings } from '../settings';
import { daysBetween } from '../time';

/** A contract's weight and what it rests on, for the popup's "1.5 × — $1,240 earned, 7 months". */
export interface Weighing {
  weight: number;
  /** From the earnings: 1, 1.25 or 1.5 by default. */
  base: number;
  /** Full `weightPeriodDays` periods of paid length, each one more job. */
  periods: number;
  /** Days from the start to the last activity (or end, or evaluation date): null when not counted. */
  days: number | null;
}

/** The earlier of two ISO dates, either unknown. */
const earlier = (a: string | null, b: string): string => (a !== null && a < b ? a : b);

/** The base weight by earnings (unknown earnings weigh as the smallest job: nothing is guessed upward). */
function baseWeight(earnings: number | null, s: Settings): number {
  if (earnings === null || earnings <= s.weightSmallUpTo) return s.weightSmall;
  return earnings <= s.weightMediumUpTo ? s.weightMedium : s.weightLarge;
}

/**
 * How many jobs a contract counts as (docs/jss-model.md, "Weights"). `end` is the day the model ends it (its end, or
 * its last activity when it went stale), null while open. Under `legacy` every contract weighs 1.
 */
export function weighing(
  contract: Contract,
  end: string | null,
  today: string,
  settings: Settings,
  rules: JssRules,
): Weighing {
  if (rules === 'legacy') return { weight: 1, base: 1, periods: 0, days: null };
  const base = baseWeight(contract.earnings, settings);
  const earned = contract.earnings !== null && contract.earnings > settings.noEarningsUpTo;
  // To the last activity, the end or the evaluation date, whichever comes first.
  const until = earlier(contract.lastActivityAt, earlier(end, today));
  const days = earned && contract.startedAt ? Math.max(0, daysBetween(contract.startedAt, until)) : null;
  const periods = days === null ? 0 : Math.floor(days / settings.weightPeriodDays);
  return { weight: Math.min(settings.maxWeight, base + periods), base, periods, days };
}
