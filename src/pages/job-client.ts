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
    '[data-test~="about-client-container"]',
    '[data-test~="AboutClientUser"]',
    '.cfe-about-client-v2',
    '.cfe-ui-job-about-client',
  ],
  /** Every layout heads the box "About the client": the box is found by it where the attributes changed. */
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  /** The logged-in layout: it shows rating, reviews, payment, jobs posted and hourly rate. */
  fullLayout:
    '[data-test~="about-client-container"], [data-test~="AboutClientUser"], .cfe-ui-job-about-client',
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

const HEADING = /^about the client$/i;

/** The element around the heading "About the client" that holds more than the heading. */
function boxByHeading(root: ParentNode): Element | null {
  for (const heading of root.querySelectorAll(SELECTORS.heading)) {
    const text = clean(heading.textContent);
    if (!HEADING.test(text)) continue;
    let box = heading;
    while (
      box.parentElement &&
      box.parentElement !== box.ownerDocument.body &&
      clean(box.textContent) === text
    )
      box = box.parentElement;
    return box === heading ? null : box;
  }
  return null;
}

/** The client box, outermost when the selectors match nested elements; by its heading where none match. */
export function clientBox(root: Document | Element): Element | null {
  const box = first(root, SELECTORS.box);
  return box?.parentElement?.closest(SELECTORS.box.join(',')) ?? box ?? boxByHeading(root);
}

/** Fields each layout shows whenever the box is filled in: what is missing from these was not read. */
export function expectedFields(box: Element): (keyof ClientFacts)[] {
  return box.matches(SELECTORS.fullLayout)
    ? ['paymentVerified', 'rating', 'reviews', 'country', 'memberSince']
    : ['country', 'memberSince'];
}

/** "4.28 of 7 reviews", "4.82 Stars, based on 38 feedbacks": a precise rating and its count. */
const RATING_OF = [
  /(\d(?:\.\d+)?)\s+of\s+([\d,]+)\s+reviews?/i,
  /(\d(?:\.\d+)?)\s*stars?,?\s*based on\s*([\d,]+)\s*(?:feedbacks?|reviews?)/i,
];

function readRating(box: Root, text: () => string): { rating: number | null; reviews: number | null } {
  const reviewsText =
    textOf(first(box, SELECTORS.reviews)) ?? textOf(byText(box, /\breviews?\b/i, 'span, div')) ?? text();
  // "No reviews yet" / "No feedback yet": a client without a rating.
  if (/no (reviews|feedback) yet/i.test(reviewsText)) return { rating: null, reviews: 0 };
  const precise = RATING_OF.map((re) => re.exec(reviewsText) ?? re.exec(text())).find(Boolean);
  const shown = parseStars(textOf(first(box, SELECTORS.rating)));
  const srOnly = textOf(first(box, SELECTORS.ratingSrOnly)) ?? text();
  const fromSr = parseStars(/rating is (\d(?:\.\d+)?) out of 5/i.exec(srOnly)?.[1]);
  // "4.28 of 7 reviews" is more precise than the rounded "4.3".
  const rating = (precise ? parseStars(precise[1]) : null) ?? shown ?? fromSr;
  // Upwork draws 0 stars for a client nobody rated.
  if (rating === 0 && !precise) return { rating: null, reviews: 0 };
  return { rating, reviews: precise ? parseCount(precise[2]) : null };
}

function readPayment(box: Root): boolean | null {
  if (first(box, SELECTORS.paymentUnverified)) return false;
  if (first(box, SELECTORS.paymentVerified)) return true;
  const line = clean(byText(box, /payment (method )?(not )?verified|payment unverified/i)?.textContent);
  if (!line) return null;
  return !/not verified|unverified/i.test(line);
}

/** "68% hire rate, 1 open job" and "28 jobs posted", in their row or anywhere in the box. */
function readPostingStats(
  box: Root,
  boxText: () => string,
): Pick<ClientFacts, 'jobsPosted' | 'hireRate' | 'openJobs'> {
  const stats = first(box, SELECTORS.postingStats);
  const text = stats ? spacedText(stats) : boxText();
  const posted = /([\d,]+)\s+jobs? posted/i.exec(text);
  const open = /([\d,]+)\s+open jobs?/i.exec(text);
  const hireRate = /(\d{1,3}(?:\.\d+)?)\s?%\s*hire rate/i.exec(text);
  return {
    jobsPosted: posted ? parseCount(posted[1]) : null,
    hireRate: hireRate ? parsePercent(`${hireRate[1]}%`) : null,
    openJobs: open ? parseCount(open[1]) : null,
  };
}

/** "19 hires, 7 active", in its row or anywhere in the box ("0% hire rate" is not a hire). */
function readHires(box: Root, boxText: () => string): Pick<ClientFacts, 'hires' | 'activeHires'> {
  const text = textOf(first(box, SELECTORS.hires)) ?? boxText();
  const hires = /([\d,]+)\s+hires?\b(?! rate)(?:,?\s*([\d,]+)\s+active)?/i.exec(text);
  return {
    hires: hires ? parseCount(hires[1]) : null,
    activeHires: hires?.[2] ? parseCount(hires[2]) : null,
  };
}

/** "$11K total spent", in its row or anywhere in the box. */
function readSpend(box: Root, boxText: () => string): number | null {
  const spend = textOf(first(box, SELECTORS.spend));
  if (spend) return /spent/i.test(spend) ? parseMoney(spend) : null;
  return parseMoney(/(\$\s?[\d.,]+\s?[KMB]?\+?)\s*(?:total\s+)?spent/i.exec(boxText())?.[1]);
}

/** The box's whole text, read once and only where a field's attributes failed. */
function lazyBoxText(box: Root): () => string {
  let text: string | undefined;
  return () => {
    text ??= spacedText(box as Node);
    return text;
  };
}

/** The facts a verdict rests on, read alone: all the panel needs while the page opens. */
export function readVerdictFacts(box: Root): ScreenedFacts {
  const text = lazyBoxText(box);
  return {
    ...readRating(box, text),
    paymentVerified: readPayment(box),
    ...readPostingStats(box, text),
    hires: readHires(box, text).hires,
    totalSpent: readSpend(box, text),
  };
}

export function readClient(box: Root): ClientFacts {
  const text = lazyBoxText(box);
  const hours = textOf(first(box, SELECTORS.hours));
  const city = [...box.querySelectorAll(SELECTORS.city[0])]
    .map((el) => textOf(el))
    .find((t) => t && !/\d:\d\d/.test(t));
  return {
    ...EMPTY_CLIENT,
    ...readRating(box, text),
    paymentVerified: readPayment(box),
    country: textOf(first(box, SELECTORS.country)),
    city: city ?? null,
    ...readPostingStats(box, text),
    totalSpent: readSpend(box, text),
    ...readHires(box, text),
    avgHourlyRate: parseMoney(textOf(first(box, SELECTORS.hourlyRate))),
    hours: hours && /hours?/i.test(hours) ? parseDecimal(hours) : null,
    memberSince: parseDate(textOf(first(box, SELECTORS.memberSince)) ?? textOf(byText(box, /member since/i))),
    industry: textOf(first(box, SELECTORS.industry)),
    companySize: textOf(first(box, SELECTORS.companySize)),
  };
}
