import type { JssObservation } from '../schema/history';
import type { JssRules } from '../settings';

/** How many of the latest scores the two rule sets are compared on. */
export const CALIBRATION_OBSERVATIONS = 5;
/** Fewer than this many and one lucky guess would decide it: no rule set is called closer. */
export const CALIBRATION_MIN_OBSERVATIONS = 2;

/** The rule sets as a sentence names them. */
export const RULE_NAMES: Readonly<Record<JssRules, string>> = {
  current: 'Upwork’s current rules',
  legacy: 'the legacy rules',
};

export const OTHER_RULES: Readonly<Record<JssRules, JssRules>> = { current: 'legacy', legacy: 'current' };

export interface Calibration {
  /** The rule set the projection follows, whose last projection is compared with the score Upwork showed. */
  rules: JssRules;
  observedAt: string;
  observed: number;
  projected: number;
  /** Observed − projected, in points. */
  error: number;
  /** The last projection was made before version 2 of the model (one rule set only, kept as `projected`). */
  earlierModel: boolean;
  /** Both rule sets against the latest scores that have a projection of each. */
  compared: { observations: number; meanError: Record<JssRules, number> } | null;
  /** The other rule set, when it has been closer over those scores. */
  closer: JssRules | null;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * How far the chosen rule set was off the last time Upwork showed a score, and whether the other rule set has been
 * closer over the last CALIBRATION_OBSERVATIONS scores (the mean of the points each was off, ignoring the sign).
 */
export function calibrate(jss: readonly JssObservation[], rules: JssRules): Calibration | null {
  const seen = jss.filter((o) => o.value !== null);
  const own = (o: JssObservation) => o.projections?.[rules] ?? null;
  const last = seen.findLast((o) => own(o) !== null || (o.projections === undefined && o.projected != null));
  if (!last || last.value === null) return null;
  const projected = own(last) ?? (last.projected as number);

  const both = seen
    .filter((o) => o.projections?.current != null && o.projections.legacy != null)
    .slice(-CALIBRATION_OBSERVATIONS);
  const offBy = (r: JssRules) =>
    round1(mean(both.map((o) => Math.abs((o.value as number) - (o.projections?.[r] as number)))));
  const compared =
    both.length > 0
      ? { observations: both.length, meanError: { current: offBy('current'), legacy: offBy('legacy') } }
      : null;
  const other = OTHER_RULES[rules];
  const closer =
    compared &&
    compared.observations >= CALIBRATION_MIN_OBSERVATIONS &&
    compared.meanError[other] < compared.meanError[rules]
      ? other
      : null;
  return {
    rules,
    observedAt: last.observedAt,
    observed: last.value,
    projected,
    error: last.value - projected,
    earlierModel: own(last) === null,
    compared,
    closer,
  };
}
