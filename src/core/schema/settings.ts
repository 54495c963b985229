import * as z from 'zod';
import type { Settings as SettingsType } from '../settings';

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
  recentJobsCap: z.number().int().min(10).max(5000),
}) satisfies z.ZodType<SettingsType>;
