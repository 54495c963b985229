/**
 * A job's page or slider: the job, About the client, the client's recent history.
 * Every field it cannot read is null and named in `missed`; it never guesses a number.
 */

import { screenClient } from '../core/rules/client';
import type { ClientFacts, ClientHistory, JobParse } from '../core/schema/job';
import type { Settings } from '../core/settings';
import { jobIdFromUrl } from './detect';
import { byText, first, type Root, textOf } from './dom';
import { clean, parseCount, parseDate, parseMoney, parseStars } from './text';

export const SELECTORS = {
  aboutClient: [
    '[data-test="about-client-container"]',
    '[data-test="AboutClientUser"]',
    '.cfe-about-client-v2',
    '.cfe-ui-job-about-client',
  ],
  title: ['.air3-slider-job-details h4', '[data-test="job-details-viewer"] h4', 'h1', 'h4'],
  rating: ['[data-testid="buyer-rating"] .air3-rating-value-text'],
  ratingSrOnly: ['[data-testid="buyer-rating"] .sr-only', '.sr-only'],
  reviews: ['[data-testid="buyer-rating"] .nowrap'],
  paymentVerified: ['.payment-verified'],
  paymentUnverified: ['.payment-not-verified'],
  location: ['[data-qa="client-location"] > strong', '[data-qa="client-location"] strong'],
  city: ['[data-qa="client-location"] > div span', '[data-qa="client-location"] > div'],
  spend: ['[data-qa="client-spend"]'],
  memberSince: ['[data-qa="client-contract-date"]'],
} as const;

const EMPTY_CLIENT: ClientFacts = {
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

/** Fields every layout of About the client shows; the rest depend on the layout. */
const EXPECTED: (keyof ClientFacts)[] = [
  'paymentVerified',
  'rating',
  'reviews',
  'country',
  'totalSpent',
  'memberSince',
];

export function parseJob(doc: Document, url: string, settings: Settings): JobParse {
  const box = first(doc, SELECTORS.aboutClient);
  const client = box ? readClient(box) : { ...EMPTY_CLIENT };
  const clientHistory: ClientHistory = { total: null, items: [] };
  const missed = box ? EXPECTED.filter((k) => client[k] === null).map((k) => `client.${k}`) : ['client'];
  const id = jobIdFromUrl(url);
  if (!id) missed.unshift('job.id');
  const title = textOf(first(doc, SELECTORS.title));
  const ratingsGiven = clientHistory.items.flatMap((i) =>
    i.ratingToFreelancer === null ? [] : [i.ratingToFreelancer],
  );
  const { level, findings } = screenClient(client, ratingsGiven, settings);
  return {
    page: 'job',
    url,
    missed,
    job: { id, title },
    client,
    clientHistory,
    verdict: { level, reasons: findings.map((f) => f.id) },
  };
}

function readClient(box: Root): ClientFacts {
  const reviewsText = textOf(first(box, SELECTORS.reviews));
  // "4.28 of 7 reviews" is more precise than the rounded "4.3".
  const precise = reviewsText && /of\s+[\d,]+\s+review/i.test(reviewsText) ? parseStars(reviewsText) : null;
  const shown = parseStars(textOf(first(box, SELECTORS.rating)));
  const srOnly = textOf(first(box, SELECTORS.ratingSrOnly));
  const fromSr =
    srOnly && /rating is/i.test(srOnly) ? parseStars(srOnly.replace(/^.*?rating is/i, '')) : null;
  return {
    ...EMPTY_CLIENT,
    paymentVerified: readPayment(box),
    rating: precise ?? shown ?? fromSr,
    reviews: reviewsText ? parseCount(reviewsText.replace(/^.*?of\s+/i, '')) : null,
    country: textOf(first(box, SELECTORS.location)),
    totalSpent: parseMoney(textOf(first(box, SELECTORS.spend))),
    memberSince: parseDate(textOf(first(box, SELECTORS.memberSince)) ?? textOf(byText(box, /member since/i))),
  };
}

function readPayment(box: Root): boolean | null {
  if (first(box, SELECTORS.paymentUnverified)) return false;
  if (first(box, SELECTORS.paymentVerified)) return true;
  const line = clean(byText(box, /payment (method )?(not )?verified|payment unverified/i)?.textContent);
  if (!line) return null;
  return !/not verified|unverified/i.test(line);
}
