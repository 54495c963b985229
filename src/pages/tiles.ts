/**
 * Job tiles on feeds and search, three layouts (../shared/upwork-pages/README.md): the feed
 * (`section[data-ev-sublocation="job_feed_tile"]`), search (`article[data-test="JobTile"]`) and the 2026 feed
 * (`[data-test="job-tile"]`). Each tile gives a few client facts; what a tile does not show stays null.
 */
import { type Finding, type Screening, screenClient } from '../core/rules/client';
import type { JobListParse, JobTile, TileClient } from '../core/schema/job';
import type { Settings } from '../core/settings';
import { jobIdFromUrl } from './detect';
import { first, spacedText, textOf } from './dom';
import { parseMoney, parseStars } from './text';

export const SELECTORS = {
  tile: 'section[data-ev-sublocation="job_feed_tile"], article[data-test="JobTile"], [data-test="job-tile"]',
  titleLink: [
    '[data-test~="job-tile-title-link"]',
    'h3 a[href*="~0"]',
    'h2 a[href*="~0"]',
    'a[href*="/jobs/"][href*="~0"]',
  ],
  title: ['[data-test="job-title"]', '.job-tile-title', 'h3', 'h2'],
  paymentStatus: [
    '[data-test="payment-verification-status"]',
    '[data-test="payment-verified"]',
    '[data-test^="badge-payment"]',
  ],
  ratingValue: ['[data-test~="UpCRating"] .air3-rating-value-text', '.air3-rating-value-text'],
  ratingText: ['[data-test~="UpCRating"]', '[data-test="js-feedback"]', '.air3-rating'],
  spent: [
    '[data-test="client-spendings"] [data-test="formatted-amount"]',
    'li[data-test="total-spent"] strong',
    '[data-test="total-spent"]',
  ],
  country: ['[data-test="client-country"]', 'li[data-test="location"]', '[data-test="location"]'],
} as const;

/** Every tile once: a tile nested in another matching element is the same job. */
export function jobTiles(root: ParentNode): Element[] {
  return [...root.querySelectorAll(SELECTORS.tile)].filter(
    (tile) => !tile.parentElement?.closest(SELECTORS.tile),
  );
}

/** The tile an element is in: the outermost, as in `jobTiles`. */
export function tileOf(element: Element): Element | null {
  let tile = element.closest(SELECTORS.tile);
  for (
    let outer = tile?.parentElement?.closest(SELECTORS.tile);
    outer;
    outer = outer.parentElement?.closest(SELECTORS.tile)
  )
    tile = outer;
  return tile ?? null;
}

function readPayment(tile: Element): boolean | null {
  const status = first(tile, SELECTORS.paymentStatus);
  if (status?.querySelector('.is-unverified') || status?.classList.contains('is-unverified')) return false;
  if (status?.querySelector('.is-verified') || status?.classList.contains('is-verified')) return true;
  const text = textOf(status) ?? /Payment (method )?(un|not )?verified/i.exec(spacedText(tile))?.[0] ?? null;
  if (!text || !/verified/i.test(text)) return null;
  return !/unverified|not verified/i.test(text);
}

const UNRATED = { rating: null, reviews: 0 } as const;

/**
 * The stars Upwork draws, else its "Rating is 4.3 out of 5" text; it draws "Rating is 0 out of 5" (or "No
 * feedback yet") for a client no freelancer has rated. The drawn value is enough, and the cheapest to read.
 */
function readRating(tile: Element): Pick<TileClient, 'rating' | 'reviews'> {
  const shown = parseStars(textOf(first(tile, SELECTORS.ratingValue)));
  if (shown !== null) return shown === 0 ? UNRATED : { rating: shown, reviews: null };
  const text = spacedText(first(tile, SELECTORS.ratingText) ?? tile);
  if (/no feedback yet|no reviews/i.test(text)) return UNRATED;
  const stars = parseStars(/Rating is (\d(?:\.\d+)?) out of 5/i.exec(text)?.[1]);
  return stars === 0 ? UNRATED : { rating: stars, reviews: null };
}

function readCountry(tile: Element): string | null {
  const text = textOf(first(tile, SELECTORS.country));
  // Search tiles prefix the country with a hidden "Location" label.
  return text ? text.replace(/^Location\s*/i, '').trim() || null : null;
}

/** A tile's verdict from the two facts it rests on (payment, rating): all a badge needs, the least to read. */
export function screenTile(tile: Element, settings: Settings): Screening {
  return screenClient({ paymentVerified: readPayment(tile), ...readRating(tile) }, [], settings);
}

export function readTile(
  tile: Element,
  url: string,
  settings: Settings,
): { tile: JobTile; findings: Finding[]; missed: string[] } {
  const link = first(tile, SELECTORS.titleLink);
  const href = link?.getAttribute('href');
  const uid = tile.getAttribute('data-ev-opening_uid') ?? tile.getAttribute('data-ev-job-uid');
  const jobId =
    (href ? jobIdFromUrl(new URL(href, url)) : null) ?? (uid && /^\d{19}$/.test(uid) ? `~02${uid}` : null);
  const spent = textOf(first(tile, SELECTORS.spent));
  const client: TileClient = {
    paymentVerified: readPayment(tile),
    ...readRating(tile),
    totalSpent: spent ? parseMoney(spent) : null,
    country: readCountry(tile),
  };
  const { level, findings } = screenClient(client, [], settings);
  const missed = [
    ...(jobId ? [] : ['jobId']),
    ...(client.paymentVerified === null && client.rating === null && client.reviews === null
      ? ['client']
      : []),
  ];
  return {
    tile: {
      jobId,
      title: textOf(link) ?? textOf(first(tile, SELECTORS.title)),
      client,
      verdict: { level, reasons: findings.map((f) => f.id) },
    },
    findings,
    missed,
  };
}

export function parseTiles(doc: Document, url: string, settings: Settings): JobListParse {
  const missed: string[] = [];
  const tiles = jobTiles(doc).map((element, index) => {
    const read = readTile(element, url, settings);
    for (const field of read.missed) missed.push(`tiles.${index}.${field}`);
    return read.tile;
  });
  if (tiles.length === 0) missed.push('tiles');
  return { page: 'job-list', url, missed: missed.slice(0, 100), tiles };
}
