/**
 * A job tile's client facts, in every tile layout (../shared/upwork-pages/README.md): attributes first, as hints
 * (`data-test~=`, since one `data-test` may hold several names), then the words every layout shows ("Payment
 * verified", "4.82 Stars, based on 38 feedbacks", "No feedback yet", "$700+ spent"). What a tile does not show
 * stays null.
 */
import type { ScreenedFacts } from '../core/rules/client';
import type { TileClient } from '../core/schema/job';
import { first, spacedText, textOf } from './dom';
import { clean, parseCount, parseMoney, parseStars } from './text';

export const SELECTORS = {
  paymentStatus: [
    '[data-test~="payment-verification-status"]',
    '[data-test~="payment-verified"]',
    '[data-test~="payment-status"]',
    '[data-test^="badge-payment"]',
  ],
  /** The 2026 tile shows payment only as this badge; its class says which. */
  paymentBadge: '.air3-badge-tagline-sm, .air3-badge-tagline',
  ratingBox: [
    '[data-test~="feedback-rating"]',
    '[data-test~="UpCRating"]',
    '[data-test~="js-feedback"]',
    '[data-test~="badge-rating"]',
    '.air3-rating',
  ],
  ratingValue: '.air3-rating-value-text',
  spent: [
    '[data-test~="client-spendings"] [data-test~="formatted-amount"]',
    'li[data-test~="total-spent"] strong',
    '[data-test~="total-spent"]',
    '[data-test~="client-spend"]',
  ],
  country: [
    '[data-test~="client-country"]',
    'li[data-test~="location"]',
    '[data-test~="location"]',
    '[data-test~="client-location"]',
  ],
} as const;

/** "Payment verified", "Payment method verified" → true; "Payment unverified", "…not verified" → false. */
const PAYMENT_WORDS = /payment(?: method)?(?: is)? (un|not )?verified/i;
/** The 2026 tooltip, "4.82 Stars, based on 38 feedbacks" / "5.00 Star, based on 1 feedbacks". */
const STARS_BASED_ON = /(\d(?:\.\d+)?)\s*stars?,?\s*based on\s*([\d,]+)\s*(?:feedbacks?|reviews?)/i;
const RATING_IS = /Rating is (\d(?:\.\d+)?) out of 5/i;
const NO_FEEDBACK = /no feedback yet|no reviews yet|no reviews\b/i;
const SPENT = /(\$\s?[\d.,]+\s?[KMB]?\+?)\s*(?:total\s+)?spent/i;
/** Where a tooltip keeps its words when it is not in the page's text. */
const TIP_ATTRIBUTES = ['title', 'aria-label', 'data-tooltip', 'data-content'];

const RATING_BOX = SELECTORS.ratingBox.join(', ');
const PAYMENT_STATUS = SELECTORS.paymentStatus.join(', ');

/** The tile's whole text, read once and only when a field's attributes failed. */
type LazyText = () => string;

export function lazyText(tile: Element): LazyText {
  let text: string | undefined;
  return () => {
    text ??= spacedText(tile);
    return text;
  };
}

function paymentFromWords(text: string | null): boolean | null {
  const match = text ? PAYMENT_WORDS.exec(text) : null;
  return match ? !match[1] : null;
}

/** The words decide (a 2024 unverified tile kept the verified badge's class); the badge's class, where none. */
export function readPayment(tile: Element, text: LazyText): boolean | null {
  const status = tile.querySelector(PAYMENT_STATUS);
  const said = paymentFromWords(textOf(status)) ?? paymentFromWords(text());
  if (said !== null) return said;
  const badge = tile.querySelector(SELECTORS.paymentBadge);
  if (badge?.classList.contains('is-unverified')) return false;
  if (badge?.classList.contains('is-verified')) return true;
  return null;
}

const UNRATED = { rating: null, reviews: 0 } as const;

/** A tooltip's words where the page keeps them in attributes rather than text. */
function tipAttributes(box: Element): string {
  const parts: string[] = [];
  for (const el of [box, ...box.querySelectorAll('[title], [aria-label], [data-tooltip], [data-content]')])
    for (const name of TIP_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value) parts.push(value);
    }
  return parts.join(' ');
}

/**
 * The most precise rating shown: the tooltip's "4.82 Stars, based on 38 feedbacks" (which also gives the count)
 * over the drawn "4.8", over "Rating is 4.8 out of 5". Upwork draws 0 stars, or "No feedback yet", for a client no
 * freelancer rated. Only the rating's surroundings are read where its widget is found: 500 tiles are read at once.
 */
export function readRating(tile: Element, text: LazyText): Pick<TileClient, 'rating' | 'reviews'> {
  // One query for any of the widgets (they are hints, in any order); the text around it holds its tooltip.
  const box = tile.querySelector(RATING_BOX);
  // Collapsed first: around a 2024 feed tile's rating are 2,000 characters, all but 70 of them white space, and
  // each of the patterns below would scan them all (10 ms on 500 tiles).
  const around = box ? clean((box.parentElement ?? box).textContent) : text();
  const tips = box && !STARS_BASED_ON.test(around) ? tipAttributes(box) : '';
  const near = tips ? `${around} ${tips}` : around;
  const based = STARS_BASED_ON.exec(near);
  if (based) {
    const rating = parseStars(based[1]);
    const reviews = parseCount(based[2]);
    if (rating !== null && rating > 0 && reviews !== 0) return { rating, reviews };
  }
  if (NO_FEEDBACK.test(near)) return UNRATED;
  const shown = parseStars(textOf(box?.querySelector(SELECTORS.ratingValue) ?? null));
  const stars = shown ?? parseStars(RATING_IS.exec(near)?.[1]);
  if (stars === 0) return UNRATED;
  return { rating: stars, reviews: null };
}

export function readSpent(tile: Element, text: LazyText): number | null {
  const shown = textOf(first(tile, SELECTORS.spent));
  if (shown) return parseMoney(shown);
  return parseMoney(SPENT.exec(text())?.[1]);
}

/** A country code as the 2026 tile shows it, alone in its element: "USA", "MYS". */
const COUNTRY_CODE = /^[A-Z]{3}$/;

export function readCountry(tile: Element): string | null {
  const shown = textOf(first(tile, SELECTORS.country));
  // Search tiles prefix the country with a hidden "Location" label.
  if (shown) return shown.replace(/^Location\s*/i, '').trim() || null;
  // 2026 tiles show a code with no attribute; a country name without one cannot be told from other words.
  for (const el of tile.querySelectorAll('li span, li strong, li small, li')) {
    if (el.childElementCount === 0 && COUNTRY_CODE.test(textOf(el) ?? '')) return textOf(el);
  }
  return null;
}

/**
 * The facts a tile's verdict rests on. The spend is read only where no rating was: it matters only as a sign
 * of no hires ("$0 spent") for a client whose rating the tile does not show.
 */
export function verdictFacts(tile: Element, text: LazyText = lazyText(tile)): ScreenedFacts {
  const rating = readRating(tile, text);
  const facts: ScreenedFacts = { paymentVerified: readPayment(tile, text), ...rating };
  if (rating.rating === null && rating.reviews === null) facts.totalSpent = readSpent(tile, text);
  return facts;
}
