import type { VerdictLevel, WarningId } from '../schema/common';
import type { ClientFacts, JobParse } from '../schema/job';
import type { Settings } from '../settings';

/** One reason behind a verdict, with the figures that make it, worded for the freelancer. */
export interface Finding {
  id: WarningId;
  level: Exclude<VerdictLevel, 'fine' | 'unknown'>;
  text: string;
}

export interface Screening {
  level: VerdictLevel;
  findings: Finding[];
}

/** The facts a verdict rests on. */
export type ScreenedFacts = Pick<ClientFacts, 'paymentVerified' | 'rating' | 'reviews'> &
  Partial<Pick<ClientFacts, 'hireRate' | 'jobsPosted'>>;

/** 4 → "4.0", 4.28 → "4.28": stars as Upwork writes them. */
const fmt = (n: number) => n.toFixed(Math.round(n * 10) === n * 10 ? 1 : 2);

/**
 * Screens a client from what the page showed. Pure: the same facts always give the same verdict.
 * `ratingsGiven` are the ratings this client gave past freelancers (its recent history).
 */
export function screenClient(
  facts: ScreenedFacts,
  ratingsGiven: readonly number[],
  settings: Settings,
): Screening {
  const findings: Finding[] = [];
  const { rating, reviews } = facts;

  if (rating !== null && reviews !== 0 && rating < settings.clientRatingCareful) {
    findings.push({
      id: 'client-low-rating',
      level: rating < settings.clientRatingAvoid ? 'avoid' : 'careful',
      text: `Rated ${fmt(rating)} of 5 by freelancers${reviews ? ` over ${reviews} reviews` : ''} (under ${fmt(settings.clientRatingCareful)})`,
    });
  }
  if (reviews === 0) {
    findings.push({ id: 'client-no-reviews', level: 'careful', text: 'No reviews from freelancers yet' });
  }
  if (facts.paymentVerified === false) {
    findings.push({ id: 'client-payment-unverified', level: 'careful', text: 'Payment method not verified' });
  }
  const harsh = harshness(ratingsGiven, settings);
  if (harsh) findings.push({ id: 'client-harsh-feedback', level: 'avoid', text: harsh });
  const { hireRate, jobsPosted } = facts;
  if (
    hireRate != null &&
    jobsPosted != null &&
    jobsPosted >= settings.lowHireRateMinJobs &&
    hireRate < settings.lowHireRateBelow
  ) {
    findings.push({
      id: 'client-low-hire-rate',
      level: 'careful',
      text: `Hires on ${hireRate}% of ${jobsPosted} jobs posted (under ${settings.lowHireRateBelow}%)`,
    });
  }

  if (findings.some((f) => f.level === 'avoid')) return { level: 'avoid', findings };
  if (findings.length > 0) return { level: 'careful', findings };
  // Without the rating and the payment status there is not enough to call a client fine.
  const known = facts.rating !== null || facts.reviews !== null || facts.paymentVerified !== null;
  return { level: known ? 'fine' : 'unknown', findings };
}

function harshness(given: readonly number[], settings: Settings): string | null {
  if (given.length === 0) return null;
  const harshest = Math.min(...given);
  if (harshest <= settings.harshAnyAtOrBelow) {
    return `Gave a freelancer ${fmt(harshest)} stars (${given.filter((r) => r <= settings.harshAnyAtOrBelow).length} of ${given.length} recent ratings at or under ${fmt(settings.harshAnyAtOrBelow)})`;
  }
  if (given.length >= settings.harshMinRatings) {
    const average = given.reduce((a, b) => a + b, 0) / given.length;
    if (average < settings.harshAverageBelow) {
      return `Rates freelancers ${fmt(Math.round(average * 100) / 100)} on average over ${given.length} ratings (under ${fmt(settings.harshAverageBelow)})`;
    }
  }
  return null;
}

/** The ratings a client gave freelancers, from its recent history: the evidence of a harsh client. */
export function ratingsGiven(result: Pick<JobParse, 'clientHistory'>): number[] {
  return result.clientHistory.items.flatMap((i) =>
    i.ratingToFreelancer === null ? [] : [i.ratingToFreelancer],
  );
}
