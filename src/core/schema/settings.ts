import * as z from 'zod';
import type { Settings as SettingsType } from '../settings';

const stars = z.number().min(0).max(5);
const days = z.number().int().min(1).max(3650);
const percent = z.number().min(0).max(100);

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
  negativeBelow: stars,
  successfulAtLeast: stars,
  flaggedClientRating: stars,
  flaggedMinReviews: z.number().int().min(1).max(1000),
  longTermDays: days,
  noFeedbackShare: z.number().min(0).max(1),
  minOutcomes: z.number().int().min(1).max(100),
  updateDays: days,
  showJobPanel: z.boolean(),
  showTileBadges: z.boolean(),
  showContractHints: z.boolean(),
  recentJobsCap: z.number().int().min(10).max(5000),
}) satisfies z.ZodType<SettingsType>;
