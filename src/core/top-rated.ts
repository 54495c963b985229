import type { JssObservation } from './schema/history';

const WEEK_MS = 7 * 86_400_000;
export const TOP_RATED_WEEKS = 16;
export const TOP_RATED_NEEDED = 13;

export interface TopRatedStanding {
  /** Weeks of the last 16 whose score was at or above the line. */
  weeksAtLine: number;
  /** Weeks of the last 16 whose score was below it. */
  weeksBelow: number;
  /** Weeks with no score seen by their Saturday (before the first observation). */
  weeksUnknown: number;
  /**
   * lost: fewer than 13 of the 16 weeks can still be at the line; at-risk: the latest score is under the line, or one
   * more week under it loses the badge; safe: neither; unknown: no score seen yet. Weeks before the first score seen
   * are not counted against the freelancer.
   */
  status: 'safe' | 'at-risk' | 'lost' | 'unknown';
}

const DAY_MS = 86_400_000;
const SATURDAY = 6;

/** Today's start (UTC, in ms) and how many days it is after the last Saturday (0 on a Saturday). */
function sinceSaturday(now: string): { today: number; days: number } {
  const today = Date.parse(`${now.slice(0, 10)}T00:00:00Z`);
  return { today, days: (new Date(today).getUTCDay() - SATURDAY + 7) % 7 };
}

/**
 * The ends (UTC) of the last `count` Saturdays, today's included when today is one, newest first: Upwork counts each
 * week on its Saturday (docs/jss-model.md).
 */
function saturdayEnds(now: string, count: number): number[] {
  const { today, days } = sinceSaturday(now);
  const lastEnd = today - days * DAY_MS + DAY_MS - 1;
  return Array.from({ length: count }, (_, week) => lastEnd - week * WEEK_MS);
}

/** The day of Upwork's next weekly count: today when today is a Saturday, else the coming one (an ISO date, UTC). */
export function nextCountDay(now: string): string {
  const { today, days } = sinceSaturday(now);
  return new Date(today + ((7 - days) % 7) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Top Rated needs a JSS at or above the line in 13 of the last 16 weeks, each counted on its Saturday: a week counts
 * the last score seen by the end of its Saturday (a score holds until Upwork shows another), so a score first seen
 * on a Sunday counts from the next Saturday on. Pure: `now` is an ISO timestamp.
 */
export function topRatedStanding(
  observations: readonly JssObservation[],
  now: string,
  line: number,
): TopRatedStanding {
  const seen = observations
    .filter((o) => o.value !== null)
    .map((o) => ({ at: Date.parse(o.observedAt), value: o.value as number }))
    .sort((a, b) => a.at - b.at);
  let weeksAtLine = 0;
  let weeksBelow = 0;
  for (const weekEnd of saturdayEnds(now, TOP_RATED_WEEKS)) {
    const score = seen.findLast((o) => o.at <= weekEnd);
    if (!score) continue;
    if (score.value >= line) weeksAtLine++;
    else weeksBelow++;
  }
  const weeksUnknown = TOP_RATED_WEEKS - weeksAtLine - weeksBelow;
  const latest = seen.at(-1);
  let status: TopRatedStanding['status'];
  if (!latest) status = 'unknown';
  else if (TOP_RATED_WEEKS - weeksBelow < TOP_RATED_NEEDED) status = 'lost';
  else if (latest.value < line || TOP_RATED_WEEKS - weeksBelow === TOP_RATED_NEEDED) status = 'at-risk';
  else status = 'safe';
  return { weeksAtLine, weeksBelow, weeksUnknown, status };
}
