import type { Verdict, VerdictLevel, WarningId } from '../schema/common';
import type { ClientFacts, JobParse } from '../schema/job';
import type { Settings } from '../settings';

/** A verdict in words: the panel on a job page and the popup say it alike. */
export const LEVEL_LABEL: Record<VerdictLevel, string> = {
  fine: 'Client looks fine',
  careful: 'Be careful with this client',
  avoid: 'Risky client for your JSS',
  unknown: 'Not enough shown to judge this client',
};

/** One reason behind a verdict, with the figures that make it, worded for the freelancer. */
export interface Finding {
  id: WarningId;
  level: Exclude<VerdictLevel, 'fine' | 'unknown'>;
  text: string;
}

/** A fact a `fine` verdict needs that the page did not let us read. */
export type MissingFact = 'rating' | 'paymentVerified';

export interface Screening {
  level: VerdictLevel;
  findings: Finding[];
  /** What could not be read of what a `fine` verdict needs: the reason a verdict is `unknown`. */
  missing: MissingFact[];
}

/** The facts a verdict rests on; the optional ones are the signs of past hires, or of none. */
export type ScreenedFacts = Pick<ClientFacts, 'paymentVerified' | 'rating' | 'reviews'> &
  Partial<Pick<ClientFacts, 'hireRate' | 'jobsPosted' | 'hires' | 'totalSpent'>>;

/** Words for a missing fact: "Could not read the client's rating". */
export const MISSING_WORDS: Record<MissingFact, string> = {
  rating: 'rating',
  paymentVerified: 'payment status',
};

/**
 * No freelancer has rated this client: Upwork said so ("No feedback yet", "Rating is 0 out of 5"), or it shows no
 * rating and the client has never hired (0 hires, 0% hire rate, nothing spent).
 */
export function unrated(facts: ScreenedFacts): boolean {
  if (facts.reviews === 0) return true;
  if (facts.rating !== null || (facts.reviews ?? 0) > 0) return false;
  return facts.hires === 0 || facts.hireRate === 0 || facts.totalSpent === 0;
}

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
  if (unrated(facts)) {
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

  // `fine` needs evidence: a rating shown (so at least one review) and a verified payment method.
  const missing: MissingFact[] = [];
  if (rating === null) missing.push('rating');
  if (facts.paymentVerified !== true) missing.push('paymentVerified');
  if (findings.some((f) => f.level === 'avoid')) return { level: 'avoid', findings, missing };
  if (findings.length > 0) return { level: 'careful', findings, missing };
  return { level: missing.length === 0 ? 'fine' : 'unknown', findings, missing };
}

/** The verdict as a parse result and the history keep it: the missing facts only where they made it `unknown`. */
export function verdictOf({ level, findings, missing }: Screening): Verdict {
  const reasons = findings.map((f) => f.id);
  return level === 'unknown' ? { level, reasons, missing } : { level, reasons };
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
