import * as z from 'zod';
import { DEFAULT_SETTINGS, type Settings as SettingsType } from '../settings';

const stars = z.number().min(0).max(5);
const days = z.number().int().min(1).max(3650);
const percent = z.number().min(0).max(100);
const usd = z.number().min(0).max(1_000_000);
/** A contract counts as this many jobs: at least one, at most a hundred. */
const weight = z.number().min(1).max(100);

/** Validates settings the user saves; the shape must stay that of DEFAULT_SETTINGS. */
export const Settings = z.object({
  clientRatingCareful: stars,
  clientRatingAvoid: stars,
  harshAnyAtOrBelow: stars,
  harshAverageBelow: stars,
  harshMinRatings: z.number().int().min(1).max(100),
  lowHireRateBelow: percent,
  lowHireRateMinJobs: z.number().int().min(0).max(10000),
  inactiveDays: days,
  noEarningsDays: days,
  endedNoFeedbackDays: days,
  feedbackWindowDays: days,
  endedByYouShowDays: days,
  topRatedLine: percent,
  jssRules: z.enum(['current', 'legacy']),
  negativeBelow: stars,
  successfulAtLeast: stars,
  flaggedClientRating: stars,
  flaggedMinReviews: z.number().int().min(1).max(1000),
  noEarningsUpTo: z.number().min(0).max(1_000_000),
  staleDays: days,
  longTermDays: days,
  weightSmallUpTo: usd,
  weightSmall: weight,
  weightMediumUpTo: usd,
  weightMedium: weight,
  weightLarge: weight,
  weightPeriodDays: days,
  maxWeight: weight,
  currentMinOutcomes: z.number().int().min(1).max(100),
  minClients: z.number().int().min(1).max(100),
  legacyMinOutcomes: z.number().int().min(1).max(100),
  noFeedbackShare: z.number().min(0).max(1),
  legacyUpdateDays: days,
  invitationWarnHours: z.number().min(1).max(240),
  invitationDangerHours: z.number().min(1).max(240),
  messagesWaitingHours: z.number().min(0.25).max(240),
  askFeedbackQuietDays: days,
  likedClientStars: stars,
  likedClientAfterDays: days,
  askFeedbackMessage: z.string().max(2000),
  showJobPanel: z.boolean(),
  showTileBadges: z.boolean(),
  showContractHints: z.boolean(),
  foldAvoidTiles: z.boolean(),
  showInvitationHints: z.boolean(),
  recentJobsCap: z.number().int().min(10).max(5000),
}) satisfies z.ZodType<SettingsType>;

export interface SettingReset {
  key: string;
  /** What was stored, kept aside. */
  raw: unknown;
  /** The default it went back to. */
  fallback: unknown;
}

/**
 * Stored settings, setting by setting: one that does not validate goes back to its default and is named; the
 * others are kept. A setting not stored at all (one added by a newer JSS Guard) takes its default silently.
 */
export function salvageSettings(stored: unknown): { settings: SettingsType; reset: SettingReset[] } {
  const raw = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const reset: SettingReset[] = [];
  for (const [key, schema] of Object.entries(Settings.shape)) {
    if (!Object.hasOwn(raw, key)) continue;
    const parsed = (schema as z.ZodType).safeParse(raw[key]);
    if (parsed.success) settings[key] = parsed.data;
    else reset.push({ key, raw: raw[key], fallback: settings[key] });
  }
  return { settings: settings as SettingsType, reset };
}
