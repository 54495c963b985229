import type { JssObservation } from '../schema/history';
import { TOP_RATED_NEEDED, TOP_RATED_WEEKS, topRatedStanding } from '../top-rated';
import type { Outcome } from './types';

const EFFECT: Record<Outcome, string> = {
  successful: 'counts for you',
  negative: 'counts against you',
  neutral: 'counts in the total only (lowers the score a little)',
  excluded: 'is left out of the score',
};

/** "The legacy rules …" at the start of a sentence. */
export const sentenceCase = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "1 point", "3 points". */
export const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

/** One sentence for the popup: "Counts against you: ended with no earnings." */
export function explainOutcome(outcome: Outcome, reason: string): string {
  return `${sentenceCase(EFFECT[outcome])}: ${reason}.`;
}

export interface WeeksAtTopRated {
  /** Weeks of the last 16 whose last seen score was at or above the line. */
  weeks: number;
  /** Weeks of the last 16 that can still count: all but those already below the line. */
  possible: number;
  /** Fewer than 13 of the 16 weeks can still be at the line: the badge is lost until enough weeks roll off. */
  lost: boolean;
  /** Lost, or one more week under the line would lose it (13 possible left). */
  atRisk: boolean;
}

/**
 * Top Rated standing for the popup, from the observed scores (13 of the last 16 weeks at `line`+). Weeks before the
 * first score seen are not held against the freelancer. Pure: `now` is an ISO date or timestamp.
 */
export function weeksAtTopRated(
  observations: readonly JssObservation[],
  now: string,
  line: number,
): WeeksAtTopRated {
  const standing = topRatedStanding(observations, now, line);
  const possible = TOP_RATED_WEEKS - standing.weeksBelow;
  return {
    weeks: standing.weeksAtLine,
    possible,
    lost: possible < TOP_RATED_NEEDED,
    atRisk: possible <= TOP_RATED_NEEDED,
  };
}
