import type { JssObservation } from './schema/history';

const WEEK_MS = 7 * 86_400_000;
export const TOP_RATED_WEEKS = 16;
export const TOP_RATED_NEEDED = 13;

export interface TopRatedStanding {
  /** Weeks of the last 16 whose score was at or above the line. */
  weeksAtLine: number;
  /** Weeks of the last 16 whose score was below it. */
  weeksBelow: number;
  /** Weeks with no score seen yet (before the first observation). */
  weeksUnknown: number;
  /**
   * lost: fewer than 13 of the 16 weeks can still be at the line; at-risk: the latest score is under the line, or one
   * more week under it loses the badge; safe: neither; unknown: no score seen yet. Weeks before the first score seen
   * are not counted against the freelancer.
   */
  status: 'safe' | 'at-risk' | 'lost' | 'unknown';
}

/**
 * Top Rated needs a JSS at or above the line in 13 of the last 16 weeks. Each week counts the last score seen by
 * its end (a score holds until Upwork shows another). Pure: `now` is an ISO timestamp.
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
  const end = Date.parse(now);
  let weeksAtLine = 0;
  let weeksBelow = 0;
  for (let week = 0; week < TOP_RATED_WEEKS; week++) {
    const weekEnd = end - week * WEEK_MS;
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
