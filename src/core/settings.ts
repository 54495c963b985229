/**
 * Every threshold JSS Guard uses, with its default. Plain data (no zod) so the content script can import it
 * without pulling the validator into every Upwork page; `schema/settings.ts` validates what the user stores.
 */
/** Which of Upwork's Job Success rules the projection follows (docs/jss-model.md). */
export type JssRules = 'current' | 'legacy';
export const JSS_RULES: readonly JssRules[] = ['current', 'legacy'];

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
  // JSS model, version 2 (../docs/jss-model.md); `legacy` is Upwork's rules before the September 2024 change.
  jssRules: 'current' as JssRules,
  negativeBelow: 4.0,
  successfulAtLeast: 4.5,
  flaggedClientRating: 3.0,
  flaggedMinReviews: 3,
  /** Earnings up to this many dollars count as none: an ended contract with none is negative. */
  noEarningsUpTo: 0,
  /** An open contract unpaid for more than this many days counts as ended on its last activity. */
  staleDays: 90,
  longTermDays: 90,
  // Weights (`current` only): a base by earnings, one more per period of paid length, up to a ceiling.
  weightSmallUpTo: 250,
  weightSmall: 1,
  weightMediumUpTo: 1000,
  weightMedium: 1.25,
  weightLarge: 1.5,
  weightPeriodDays: 91,
  maxWeight: 8,
  // How many outcomes (and, under `current`, clients) a score needs.
  currentMinOutcomes: 2,
  minClients: 2,
  legacyMinOutcomes: 5,
  /** `legacy` only: the share of a window's ended contracts that may lack feedback before the rest count as neutral. */
  noFeedbackShare: 1 / 3,
  /** `legacy` only: days between Upwork's updates. */
  legacyUpdateDays: 14,
  // Daily habits (invitations, messages, feedback both ways, repeat clients).
  /** An invitation to interview unanswered this long warns; Upwork counts replies within 24 hours. */
  invitationWarnHours: 20,
  invitationDangerHours: 24,
  /** Unread messages this long warn: clients expect an answer within a few hours. */
  messagesWaitingHours: 3,
  /** An open hourly contract with no hours logged this long: time to ask the client to end it with feedback. */
  askFeedbackQuietDays: 14,
  /** Clients who liked you: gave at least this many stars, last contract ended this many days ago or more. */
  likedClientStars: 4.5,
  likedClientAfterDays: 60,
  /** The message the contract page copies for the client; {client} and {contract} are filled in. */
  askFeedbackMessage:
    'Hi {client}, thank you for working with me on “{contract}”. Everything is delivered, so the contract can be ' +
    'closed: could you end it from your side? Upwork will then ask you for feedback, and if you are happy with ' +
    'my work, 5 stars would mean a lot to me. Thank you!',
  // Which inline hints to show.
  showJobPanel: true,
  showTileBadges: true,
  showContractHints: true,
  /** Fold the tiles of clients judged `avoid` in feeds and search (a line per list can show them again). */
  foldAvoidTiles: false,
  showInvitationHints: true,
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
    if (key === 'jssRules') {
      if (JSS_RULES.includes(value as JssRules)) settings.jssRules = value as JssRules;
    } else if (
      typeof value === typeof settings[key] &&
      (typeof value !== 'number' || Number.isFinite(value))
    ) {
      (settings as Record<string, unknown>)[key] = value;
    }
  }
  return settings;
}

/** Keys of schema version 1 whose meaning moved (the version-1 model was today's `legacy` rules). */
const MOVED: Readonly<Record<string, keyof Settings>> = {
  minOutcomes: 'legacyMinOutcomes',
  updateDays: 'legacyUpdateDays',
};

/**
 * Settings saved by an older JSS Guard, under today's keys: a moved value keeps its meaning under its new key (unless
 * that key is already set), and a key that no longer means anything is dropped. Anything else passes unchanged.
 */
export function upgradeSettings(stored: unknown): unknown {
  if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return stored;
  const upgraded: Record<string, unknown> = { ...stored };
  for (const [old, key] of Object.entries(MOVED)) {
    if (!(old in upgraded)) continue;
    if (!(key in upgraded)) upgraded[key] = upgraded[old];
    delete upgraded[old];
  }
  return upgraded;
}
