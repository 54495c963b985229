import { RULE_NAMES } from '../core/jss/calibration';
import { points, sentenceCase } from '../core/jss/explain';
import type { JssObservation } from '../core/schema/history';
import type { Settings } from '../core/settings';
import { TOP_RATED_NEEDED, TOP_RATED_WEEKS, type TopRatedStanding } from '../core/top-rated';
import { formatDate, formatPercent } from './format';
import type { ProjectionSummary } from './view-model';

const STANDING_TEXT: Record<TopRatedStanding['status'], string> = {
  safe: 'Top Rated looks safe',
  'at-risk': 'Top Rated at risk',
  lost: 'Top Rated out of reach for now',
  unknown: 'Top Rated standing unknown',
};

/**
 * The Top Rated standing in words. "Safe" rests on the weeks JSS Guard saw (each counted on its Saturday): until it
 * has seen the 13 that are needed, it says that nothing is against the badge so far, not that the badge is safe.
 */
function StandingLine({ standing, line }: { standing: TopRatedStanding; line: number }) {
  const { status, weeksAtLine, weeksUnknown } = standing;
  if (status === 'unknown') return <strong>{STANDING_TEXT.unknown}</strong>;
  if (status === 'safe' && weeksAtLine < TOP_RATED_NEEDED)
    return (
      <>
        <strong>Top Rated: nothing against it so far</strong>
        {weeksAtLine === 0
          ? ` — Upwork counts each week on its Saturday, and JSS Guard first saw your score after the last one; ${TOP_RATED_NEEDED} of ${TOP_RATED_WEEKS} weeks at ${line}% or more are needed.`
          : ` — ${weeksAtLine} of the last ${TOP_RATED_WEEKS} weeks seen, at ${line}% or more; ${TOP_RATED_NEEDED} are needed. The ${weeksUnknown} weeks before JSS Guard first saw your score are not counted against you.`}
      </>
    );
  return (
    <>
      <strong>{STANDING_TEXT[status]}</strong>
      {` — ${weeksAtLine} of the last ${TOP_RATED_WEEKS} weeks at ${line}% or more${weeksUnknown > 0 ? ` (${weeksUnknown} not seen)` : ''}; ${TOP_RATED_NEEDED} are needed.`}
    </>
  );
}

/** "Upwork's current rules · last 24 months", "legacy rules · best of 6, 12, 24 months: 6" */
function rulesLine(projection: ProjectionSummary | undefined, settings: Settings): string {
  if (settings.jssRules === 'current') return 'Upwork’s current rules · last 24 months';
  const best = projection?.bestWindow;
  return `Legacy rules · best of 6, 12, 24 months${best ? `: the ${best}-month window` : ''}`;
}

/** How far the chosen rule set was off the last score Upwork showed, and the other rule set when it was closer. */
function CalibrationLines({
  calibration: c,
}: {
  calibration: NonNullable<ProjectionSummary['calibration']>;
}) {
  const who = c.earlierModel ? 'the model was' : `${RULE_NAMES[c.rules]} were`;
  const closer = c.closer;
  return (
    <p class="calibration-note">
      <span class="calibration">
        {c.error === 0
          ? `Last time ${who} exactly right (${formatPercent(c.observed)})`
          : `Last time ${who} off by ${points(Math.abs(c.error))} (said ${formatPercent(c.projected)}, Upwork showed ${formatPercent(c.observed)})`}
      </span>
      {closer && c.compared && (
        <span class="calibration-closer">
          {sentenceCase(RULE_NAMES[closer])} have been closer over your last {c.compared.observations} scores
          ({points(c.compared.meanError[closer])} off on average, against {c.compared.meanError[c.rules]}).{' '}
          <a href="options.html#jss-rules" target="_blank" rel="noreferrer">
            Switch in Settings
          </a>
        </span>
      )}
    </p>
  );
}

/** What a first score needs under the rule set, from the settings. */
function needs(settings: Settings): string {
  return settings.jssRules === 'current'
    ? `needs ${settings.currentMinOutcomes} rated contracts from ${settings.minClients} clients`
    : `needs ${settings.legacyMinOutcomes} rated contracts`;
}

/** The observed score, the projected one with its rule set, range and next update, and the Top Rated standing. */
export function ScoreCard({
  latest,
  projection,
  standing,
  settings,
}: {
  latest: JssObservation | undefined;
  projection: ProjectionSummary | undefined;
  standing: TopRatedStanding;
  settings: Settings;
}) {
  const topRatedLine = settings.topRatedLine;
  const projected = projection?.projected ?? null;
  const { low, high } = projection?.range ?? { low: null, high: null };
  const trend = latest?.value != null && projected !== null ? projected - latest.value : null;
  return (
    <section class="score-card" aria-label="Your Job Success Score">
      <div class="score">
        <span class="label">Job Success now</span>
        <span class="value">{formatPercent(latest?.value)}</span>
        <span class="detail">{latest ? `seen ${formatDate(latest.observedAt)}` : 'not seen yet'}</span>
      </div>
      <div class={`score projected ${trend !== null && trend < 0 ? 'down' : ''}`}>
        <span class="label">Projected</span>
        <span class="value">{formatPercent(projected)}</span>
        <span class="detail rules">{rulesLine(projection, settings)}</span>
        <span class="detail">
          {projected === null ? needs(settings) : `range ${formatPercent(low)}–${formatPercent(high)}`}
        </span>
        {projection?.nextUpdate && (
          <span class="detail">
            {settings.jssRules === 'current'
              ? `Upwork updates daily: next ${formatDate(projection.nextUpdate)}`
              : `next update about ${formatDate(projection.nextUpdate)}`}
          </span>
        )}
      </div>
      {projection?.calibration && <CalibrationLines calibration={projection.calibration} />}
      <p class={`standing ${standing.status}`}>
        <StandingLine standing={standing} line={topRatedLine} />
      </p>
    </section>
  );
}
