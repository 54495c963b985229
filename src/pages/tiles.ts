/**
 * Job tiles on feeds and search. Upwork's tile markup changes every few months (../shared/upwork-pages/README.md
 * lists four layouts); what every job list has is a link to each job (`/jobs/…_~0<id>/`) and the job's uid
 * attribute. A tile is found from those: the largest element around a job's link that holds no other job, as the
 * contracts list finds its rows. Layout attributes are hints: an element known to be one tile stops the climb.
 */

import { MAX_TILES } from '../core/limits';
import { type Finding, type Screening, screenClient, unrated, verdictOf } from '../core/rules/client';
import type { JobListParse, JobTile, TileClient } from '../core/schema/job';
import type { Settings } from '../core/settings';
import { first, textOf } from './dom';
import { lazyText, readCountry, readPayment, readRating, readSpent, verdictFacts } from './tile-fields';

export const SELECTORS = {
  /** Every link that may lead to a job; `JOB_HREF` keeps those that do. */
  jobLink: 'a[href*="~0"]',
  uid: '[data-ev-opening_uid], [data-ev-job-uid]',
  /** Elements known to hold exactly one job tile, in the layouts seen. */
  tileHint:
    'section[data-ev-sublocation="job_feed_tile"], article[data-test~="JobTile"], [data-test~="job-tile"], ' +
    'article.job-tile, article[data-ev-job-uid], section[data-ev-opening_uid]',
  /** Job links here are not tiles: the job slider or page and the client's history in it. */
  notAList:
    '[data-cy="jobs"], [data-cy="job"], .job-details-content, .job-details-card, .air3-slider-job-details, ' +
    '[data-ev-sublocation="jobdetails"], [role="dialog"], [aria-modal="true"], [data-test~="about-client-container"], ' +
    '[data-test~="AboutClientUser"]',
  /** Where a tile's badge goes, best first: the title link, else the title. */
  titleLink: [
    '[data-test~="job-tile-title-link"]',
    'h2 a[href*="~0"]',
    'h3 a[href*="~0"]',
    'h4 a[href*="~0"]',
    'a[href*="/jobs/"][href*="~0"]',
  ],
  title: ['[data-test~="job-title"]', '.job-tile-title', 'h2', 'h3', 'h4'],
} as const;

/** A link to a job's page: `/jobs/~0…`, `/jobs/Slug_~0…/`, `/freelance-jobs/apply/Slug_~0…/`, a slider's `/details/~0…`. */
const JOB_HREF = /\/(?:jobs|freelance-jobs\/apply|details)\/(?:[^/?#]*_)?(~0[12][0-9a-f]{16,24})(?=[/?#]|$)/i;
/** Uids Upwork writes on a tile: the 19 digits of a `~02` job id. */
const UID = /^\d{19}$/;
const MANY = Symbol('more than one job');

export function jobIdOfLink(link: Element): string | null {
  return JOB_HREF.exec(link.getAttribute('href') ?? '')?.[1] ?? null;
}

function jobIdOfUid(element: Element): string | null {
  const uid = element.getAttribute('data-ev-opening_uid') ?? element.getAttribute('data-ev-job-uid');
  return uid && UID.test(uid) ? `~02${uid}` : null;
}

/** Elements whose uid marks them as one job, not a button or a job page's outer element carrying it. */
function isUidTile(element: Element): boolean {
  return !/^(A|BUTTON|INPUT|FORM|BODY|HTML|MAIN)$/.test(element.tagName) && jobIdOfUid(element) !== null;
}

/**
 * Every tile once, in page order. Each ancestor of a job link learns which job it holds (or that it holds more
 * than one) in one walk up per link, so 500 tiles cost some 500 short walks, not 500 queries of the whole list.
 */
export function jobTiles(root: ParentNode): Element[] {
  const holds = new Map<Element, string | typeof MANY>();
  const links: Element[] = [];
  const linked = new Set<string>();
  const mark = (start: Element, id: string) => {
    for (let el: Element | null = start; el; el = el.parentElement) {
      const held = holds.get(el);
      if (held === id || held === MANY) break;
      holds.set(el, held === undefined ? id : MANY);
    }
  };
  const excluded = (el: Element) => el.closest(SELECTORS.notAList) !== null;
  for (const link of root.querySelectorAll(SELECTORS.jobLink)) {
    const id = jobIdOfLink(link);
    if (!id || excluded(link)) continue;
    links.push(link);
    linked.add(id);
    mark(link, id);
  }
  const tiles = new Set<Element>();
  for (const link of links) tiles.add(tileAround(link, holds));
  let outOfOrder = false;
  // A tile with no link (a private job) still has its uid, or its layout's attributes say it is one.
  for (const element of root.querySelectorAll(`${SELECTORS.uid}, ${SELECTORS.tileHint}`)) {
    if (holds.has(element) || inAny(element, tiles) || excluded(element)) continue;
    const id = jobIdOfUid(element);
    if (id && (linked.has(id) || !isUidTile(element))) continue;
    if (id) {
      linked.add(id);
      mark(element, id);
    }
    tiles.add(element);
    outOfOrder = true;
  }
  return outOfOrder ? sortInPageOrder([...tiles]) : [...tiles];
}

/** The tile around a job's link: the nearest known tile, else the largest element holding only this job. */
function tileAround(start: Element, holds: Map<Element, string | typeof MANY>): Element {
  let top = start;
  for (let el: Element | null = start; el; el = el.parentElement) {
    if (el.matches(SELECTORS.tileHint) || isUidTile(el)) return el;
    const parent: Element | null = el.parentElement;
    if (!parent || holds.get(parent) === MANY || /^(BODY|HTML|MAIN)$/.test(parent.tagName)) break;
    top = parent;
  }
  return top;
}

function inAny(element: Element, tiles: Set<Element>): boolean {
  for (let el = element.parentElement; el; el = el.parentElement) if (tiles.has(el)) return true;
  return false;
}

function sortInPageOrder(elements: Element[]): Element[] {
  // DOCUMENT_POSITION_FOLLOWING: `b` comes after `a`.
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** The tile an element (a badge's host) is in. */
export function tileOf(element: Element): Element | null {
  return jobTiles(element.ownerDocument).find((tile) => tile.contains(element)) ?? null;
}

/** Where the tile's badge goes: beside its title link, else its title. */
export function badgeAnchor(tile: Element): Element | null {
  if (tile.matches(SELECTORS.jobLink)) return tile;
  return first(tile, SELECTORS.titleLink) ?? first(tile, SELECTORS.title);
}

/** A tile's verdict from the facts it rests on (payment, rating): all a badge needs, the least to read. */
export function screenTile(tile: Element, settings: Settings): Screening {
  return screenClient(verdictFacts(tile), [], settings);
}

/** The job a tile is for: its title link's, else any job link's, else its uid's. */
export function tileJobId(
  tile: Element,
  link: Element | null = first(tile, SELECTORS.titleLink),
): string | null {
  if (link) {
    const id = jobIdOfLink(link);
    if (id) return id;
  }
  for (const a of tile.querySelectorAll(SELECTORS.jobLink)) {
    const id = jobIdOfLink(a);
    if (id) return id;
  }
  return jobIdOfUid(tile) ?? jobIdOfUid(tile.querySelector(SELECTORS.uid) ?? tile);
}

export function readTile(
  tile: Element,
  settings: Settings,
): { tile: JobTile; findings: Finding[]; missed: string[] } {
  const link = first(tile, SELECTORS.titleLink);
  const jobId = tileJobId(tile, link);
  const text = lazyText(tile);
  const client: TileClient = {
    paymentVerified: readPayment(tile, text),
    ...readRating(tile, text),
    totalSpent: readSpent(tile, text),
    country: readCountry(tile),
  };
  const screening = screenClient(client, [], settings);
  const nothingRead = client.paymentVerified === null && client.rating === null && client.reviews === null;
  // A client nobody rated has no rating to read.
  const notRead = screening.missing.filter((fact) => fact !== 'rating' || !unrated(client));
  const missed = [
    ...(jobId ? [] : ['jobId']),
    ...(nothingRead ? ['client'] : notRead.map((fact) => `client.${fact}`)),
  ];
  return {
    tile: {
      jobId,
      title: textOf(link) ?? textOf(first(tile, SELECTORS.title)),
      client,
      verdict: verdictOf(screening),
    },
    findings: screening.findings,
    missed,
  };
}

/** How many jobs the page links to outside a slider or job page: what a list of tiles should have read. */
export function countJobLinks(root: ParentNode): number {
  const ids = new Set<string>();
  for (const link of root.querySelectorAll(SELECTORS.jobLink)) {
    const id = jobIdOfLink(link);
    if (id && !link.closest(SELECTORS.notAList)) ids.add(id);
  }
  return ids.size;
}

export function parseTiles(doc: Document, url: string, settings: Settings): JobListParse {
  return tileList(
    url,
    jobTiles(doc).map((element) => readTile(element, settings)),
  );
}

/** A job list's parse result from its tiles as read (the content script reads a huge list in slices). */
export function tileList(url: string, reads: readonly ReturnType<typeof readTile>[]): JobListParse {
  const missed: string[] = [];
  const tiles = reads.slice(0, MAX_TILES).map((read, index) => {
    for (const field of read.missed) missed.push(`tiles.${index}.${field}`);
    return read.tile;
  });
  if (tiles.length === 0) missed.push('tiles');
  return { page: 'job-list', url, missed: missed.slice(0, 100), tiles };
}
