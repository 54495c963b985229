/**
 * "About the client" on a job page or slider, in its three layouts (../shared/upwork-pages/README.md):
 * logged in (`data-test="about-client-container"`), logged out and the 2026 one (`.cfe-about-client-v2`, no rating,
 * no payment line, no jobs-posted line). A field not on the page is null; never a guessed number.
 */
import type { ScreenedFacts } from '../core/rules/client';
import type { ClientFacts } from '../core/schema/job';
import { byText, first, type Root, spacedText, textOf } from './dom';
import { clean, parseCount, parseDate, parseDecimal, parseMoney, parsePercent, parseStars } from './text';

export const SELECTORS = {
  box: [
    '[data-test="about-client-container"]',
    '[data-test="AboutClientUser"]',
    '.cfe-about-client-v2',
    '.cfe-ui-job-about-client',
  ],
  /** The logged-in layout: it shows rating, reviews, payment, jobs posted and hourly rate. */
  fullLayout: '[data-test="about-client-container"], [data-test="AboutClientUser"], .cfe-ui-job-about-client',
  rating: ['[data-testid="buyer-rating"] .air3-rating-value-text'],
  ratingSrOnly: ['[data-testid="buyer-rating"] .sr-only'],
  reviews: ['[data-testid="buyer-rating"] .nowrap'],
  paymentVerified: ['.payment-verified'],
  paymentUnverified: ['.payment-not-verified', '.payment-unverified'],
  country: ['[data-qa="client-location"] > strong', '[data-qa="client-location"] strong'],
  city: ['[data-qa="client-location"] .nowrap'],
  postingStats: ['[data-qa="client-job-posting-stats"]'],
  spend: ['[data-qa="client-spend"]'],
  hires: ['[data-qa="client-hires"]'],
  hourlyRate: ['[data-qa="client-hourly-rate"]'],
  hours: ['[data-qa="client-hours"]'],
  industry: ['[data-qa="client-company-profile-industry"]'],
  companySize: ['[data-qa="client-company-profile-size"]'],
  memberSince: ['[data-qa="client-contract-date"]'],
} as const;

export const EMPTY_CLIENT: ClientFacts = {
  paymentVerified: null,
  rating: null,
  reviews: null,
  country: null,
  city: null,
  jobsPosted: null,
  hireRate: null,
  openJobs: null,
  totalSpent: null,
  hires: null,
  activeHires: null,
  avgHourlyRate: null,
  hours: null,
  memberSince: null,
  industry: null,
  companySize: null,
};

/** The client box, outermost when the selectors match nested elements. */
export function clientBox(doc: Document): Element | null {
  const box = first(doc, SELECTORS.box);
  return box?.parentElement?.closest(SELECTORS.box.join(',')) ?? box;
}

/** Fields each layout shows whenever the box is filled in: what is missing from these was not read. */
export function expectedFields(box: Element): (keyof ClientFacts)[] {
  return box.matches(SELECTORS.fullLayout)
    ? ['paymentVerified', 'rating', 'reviews', 'country', 'memberSince']
    : ['country', 'memberSince'];
}

function readRating(box: Root): { rating: number | null; reviews: number | null } {
  const reviewsText =
    textOf(first(box, SELECTORS.reviews)) ?? textOf(byText(box, /\breviews?\b/i, 'span, div'));
  // "No reviews yet" / "No feedback yet": a client without a rating.
  if (reviewsText && /no (reviews|feedback)/i.test(reviewsText)) return { rating: null, reviews: 0 };
  const ofReviews = reviewsText ? /(\d(?:\.\d+)?)\s+of\s+([\d,]+)\s+reviews?/i.exec(reviewsText) : null;
  const shown = parseStars(textOf(first(box, SELECTORS.rating)));
  const srOnly = textOf(first(box, SELECTORS.ratingSrOnly));
  const fromSr =
    srOnly && /rating is/i.test(srOnly) ? parseStars(srOnly.replace(/^.*?rating is/i, '')) : null;
  // "4.28 of 7 reviews" is more precise than the rounded "4.3".
  const rating = (ofReviews ? parseStars(ofReviews[1]) : null) ?? shown ?? fromSr;
  return { rating, reviews: ofReviews ? parseCount(ofReviews[2]) : null };
}

function readPayment(box: Root): boolean | null {
  if (first(box, SELECTORS.paymentUnverified)) return false;
  if (first(box, SELECTORS.paymentVerified)) return true;
  const line = clean(byText(box, /payment (method )?(not )?verified|payment unverified/i)?.textContent);
  if (!line) return null;
  return !/not verified|unverified/i.test(line);
}

/** "68% hire rate, 1 open job" and "28 jobs posted". */
function readPostingStats(box: Root): Pick<ClientFacts, 'jobsPosted' | 'hireRate' | 'openJobs'> {
  const stats = first(box, SELECTORS.postingStats);
  const text = stats ? spacedText(stats) : '';
  const posted = /([\d,]+)\s+jobs? posted/i.exec(text);
  const open = /([\d,]+)\s+open jobs?/i.exec(text);
  return {
    jobsPosted: posted ? parseCount(posted[1]) : null,
    hireRate: /hire rate/i.test(text) ? parsePercent(text) : null,
    openJobs: open ? parseCount(open[1]) : null,
  };
}

/** "19 hires, 7 active". */
function readHires(box: Root): Pick<ClientFacts, 'hires' | 'activeHires'> {
  const text = textOf(first(box, SELECTORS.hires)) ?? '';
  const hires = /([\d,]+)\s+hires?/i.exec(text);
  const active = /([\d,]+)\s+active/i.exec(text);
  return { hires: hires ? parseCount(hires[1]) : null, activeHires: active ? parseCount(active[1]) : null };
}

/** The facts a verdict rests on, read alone: all the panel needs while the page opens. */
export function readVerdictFacts(box: Root): ScreenedFacts {
  return { ...readRating(box), paymentVerified: readPayment(box), ...readPostingStats(box) };
}

export function readClient(box: Root): ClientFacts {
  const spend = textOf(first(box, SELECTORS.spend));
  const hours = textOf(first(box, SELECTORS.hours));
  const city = [...box.querySelectorAll(SELECTORS.city[0])]
    .map((el) => textOf(el))
    .find((t) => t && !/\d:\d\d/.test(t));
  return {
    ...EMPTY_CLIENT,
    ...readRating(box),
    paymentVerified: readPayment(box),
    country: textOf(first(box, SELECTORS.country)),
    city: city ?? null,
    ...readPostingStats(box),
    totalSpent: spend && /spent/i.test(spend) ? parseMoney(spend) : null,
    ...readHires(box),
    avgHourlyRate: parseMoney(textOf(first(box, SELECTORS.hourlyRate))),
    hours: hours && /hours?/i.test(hours) ? parseDecimal(hours) : null,
    memberSince: parseDate(textOf(first(box, SELECTORS.memberSince)) ?? textOf(byText(box, /member since/i))),
    industry: textOf(first(box, SELECTORS.industry)),
    companySize: textOf(first(box, SELECTORS.companySize)),
  };
}
