/**
 * Every threshold JSS Guard uses, with its default. Plain data (no zod) so the content script can import it
 * without pulling the validator into every Upwork page; `schema/settings.ts` validates what the user stores.
 */
export const DEFAULT_SETTINGS = {
  // Client screening (verdicts on job pages and tiles).
  clientRatingCareful: 4.0,
  clientRatingAvoid: 3.0,
  harshAnyAtOrBelow: 2.0,
  harshAverageBelow: 3.5,
  harshMinRatings: 3,
  lowHireRateBelow: 30,
  lowHireRateMinJobs: 5,
  // Contracts and score.
  inactiveDays: 30,
  noEarningsDays: 14,
  endedNoFeedbackDays: 7,
  /** Upwork lets a client leave feedback for 14 days after a contract ends; asking later is too late. */
  feedbackWindowDays: 14,
  /** How long "you ended this contract yourself" stays as a reminder. */
  endedByYouShowDays: 30,
  topRatedLine: 90,
  // JSS model (../docs/jss-model.md).
  negativeBelow: 4.0,
  successfulAtLeast: 4.5,
  flaggedClientRating: 3.0,
  flaggedMinReviews: 3,
  longTermDays: 90,
  noFeedbackShare: 1 / 3,
  minOutcomes: 5,
  updateDays: 14,
  // Which inline hints to show.
  showJobPanel: true,
  showTileBadges: true,
  showContractHints: true,
  // Storage bounds.
  recentJobsCap: 500,
};
export type Settings = typeof DEFAULT_SETTINGS;

/** Reads stored settings leniently: a known key with a value of the right type wins, anything else is the default. */
export function settingsFrom(stored: unknown): Settings {
  const settings = { ...DEFAULT_SETTINGS };
  if (stored === null || typeof stored !== 'object') return settings;
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    const value = (stored as Record<string, unknown>)[key];
    if (typeof value === typeof settings[key] && (typeof value !== 'number' || Number.isFinite(value))) {
      (settings as Record<string, unknown>)[key] = value;
    }
  }
  return settings;
}
