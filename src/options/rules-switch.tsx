import { useState } from 'preact/hooks';
import { type Calibration, RULE_NAMES } from '../core/jss/calibration';
import { points, sentenceCase } from '../core/jss/explain';
import type { Settings } from '../core/settings';

/**
 * Offers the other rule set in one click when it has been closer to the scores Upwork showed (calibration.ts);
 * nothing when the chosen one is as close or there are too few scores to tell.
 */
export function RulesSwitch({
  calibration,
  settings,
  save,
}: {
  calibration: Calibration | null | undefined;
  settings: Settings;
  save: (s: Settings) => Promise<void>;
}) {
  const [error, setError] = useState('');
  const closer = calibration?.closer;
  if (!calibration || !closer || !calibration.compared || closer === settings.jssRules) return null;
  const { observations, meanError } = calibration.compared;
  return (
    <p class="rules-switch" role="note">
      {sentenceCase(RULE_NAMES[closer])} have been closer to the score Upwork showed over your last{' '}
      {observations} scores: {points(meanError[closer])} off on average, against{' '}
      {meanError[settings.jssRules]} for {RULE_NAMES[settings.jssRules]}.{' '}
      <button
        type="button"
        onClick={() =>
          save({ ...settings, jssRules: closer }).catch((e: unknown) =>
            setError(e instanceof Error ? e.message : String(e)),
          )
        }
      >
        Use {RULE_NAMES[closer]}
      </button>
      {error && <strong class="error"> {error}</strong>}
    </p>
  );
}
