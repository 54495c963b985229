import { isolate } from '../bidi';
import { own } from '../dict';
import { projectHistorySteps } from '../history/project-history';
import type { History } from '../schema/history';
import type { Settings } from '../settings';
import type { Steps } from '../steps';
import { humanDay, isoDay } from '../time';
import { nextCountDay, topRatedStanding } from '../top-rated';
import type { Warning } from '../warnings';

const SCORE = {
  kind: 'score',
  id: 'jss',
  name: 'Job Success Score',
  url: 'https://www.upwork.com/nx/my-stats/',
} as const;

/**
 * The score under the Top Rated line, now or at the next update, and a score going down; the projection it reads
 * made a step at a time (the state's own, from the cache, when made first).
 */
export function* jssRulesSteps(history: History, now: string, settings: Settings): Steps<Warning[]> {
  const seen = history.jss.filter((o) => o.value !== null);
  const latest = seen.at(-1);
  if (!latest || latest.value === null) return [];
  const line = settings.topRatedLine;
  const projection = yield* projectHistorySteps(history, now);
  const best = projection.actions[0];
  const bestAction = best
    ? `${best.action} (contract ${isolate(own(history.contracts, best.contractId)?.title ?? best.contractId)}) — projected ${best.projectedAfter}% after.`
    : 'Keep every open contract active, and ask clients to end finished contracts with feedback.';
  const warnings: Warning[] = [];
  const standing = topRatedStanding(history.jss, now, line);
  const topRated = latest.badges.some((b) => b.startsWith('Top Rated'));

  if (latest.value < line) {
    // The score Upwork counts next is the one it shows on Saturday: what that count does if nothing changes by then.
    const countDay = nextCountDay(now);
    const atCount = topRatedStanding(history.jss, countDay, line);
    const when = `${countDay === isoDay(now) ? 'today, ' : 'on '}Saturday, ${humanDay(countDay)}`;
    const count =
      standing.status !== 'lost' && atCount.status === 'lost'
        ? ` If it is still under ${line}% when Upwork counts the week ${when}, Top Rated is lost.`
        : ` Upwork counts the week ${when}.`;
    warnings.push({
      id: 'jss-below-top-rated',
      severity: topRated || standing.status === 'lost' ? 'danger' : 'warn',
      subject: SCORE,
      title: `Job Success ${latest.value}% is under the Top Rated line of ${line}%`,
      reason: `${standing.weeksAtLine} of the last 16 weeks at ${line}% or more; Top Rated needs 13.${count}`,
      action: bestAction,
      needsAction: true,
    });
  } else if (projection.projected !== null && projection.projected < line) {
    warnings.push({
      id: 'jss-below-top-rated',
      severity: 'warn',
      subject: SCORE,
      title: `Projected to fall under ${line}% at the next update`,
      reason: `Job Success ${latest.value}% now, projected ${projection.projected}% (range ${projection.range.low}–${projection.range.high}%).`,
      action: bestAction,
      needsAction: true,
    });
  }

  const previous = seen.at(-2);
  if (previous?.value != null && latest.value < previous.value) {
    warnings.push({
      id: 'jss-dropping',
      severity: 'warn',
      subject: SCORE,
      title: `Job Success dropped from ${previous.value}% to ${latest.value}%`,
      reason: `Seen on ${humanDay(previous.observedAt)} and ${humanDay(latest.observedAt)}.`,
      action: 'Check the contracts list below for what counts against you.',
      needsAction: false,
    });
  }
  return warnings;
}
