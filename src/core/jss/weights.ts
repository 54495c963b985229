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

/** Paid length in days for the weight, to the last activity, the end or today, whichever comes first; null without earnings. */
function paidDays(contract: Contract, today: string, settings: Settings): number | null {
  const earned = contract.earnings !== null && contract.earnings > settings.noEarningsUpTo;
  if (!earned || !contract.startedAt) return null;
  // A stale contract ends on its last activity, which is then the earliest anyway: its end date need not be known.
  const until = earlier(contract.lastActivityAt, earlier(contract.endedAt, today));
  return Math.max(0, daysBetween(contract.startedAt, until));
}

/**
 * How many jobs a contract counts as (docs/jss-model.md, "Weights"); under `legacy` every contract weighs 1. A number
 * alone, with no object made: it is asked once per contract of the history.
 */
export function weightOf(contract: Contract, today: string, settings: Settings, rules: JssRules): number {
  if (rules === 'legacy') return 1;
  const days = paidDays(contract, today, settings);
  const periods = days === null ? 0 : Math.floor(days / settings.weightPeriodDays);
  return Math.min(settings.maxWeight, baseWeight(contract.earnings, settings) + periods);
}

/** The weight and what it rests on, for the popup. */
export function weighing(contract: Contract, today: string, settings: Settings, rules: JssRules): Weighing {
  const weight = weightOf(contract, today, settings, rules);
  if (rules === 'legacy') return { weight, base: 1, periods: 0, days: null };
  const days = paidDays(contract, today, settings);
  const periods = days === null ? 0 : Math.floor(days / settings.weightPeriodDays);
  return { weight, base: baseWeight(contract.earnings, settings), periods, days };
}
