/**
 * Finding job tiles on feeds and search. Upwork's tile markup changes every few months (../shared/upwork-pages/
 * README.md lists four layouts); what every job list has is a link to each job (`/jobs/…_~0<id>/`) and the job's uid
 * attribute. A tile is found from those: the largest element around a job's link that holds no other job, as the
 * contracts list finds its rows. Layout attributes are hints: an element known to be one tile stops the climb.
 *
 * The finder is written in steps (steps.ts): a list of 5,000 tiles is found in slices that yield to the page.
 */

import { runAtOnce, type Steps } from '../core/steps';
import { first } from './dom';

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

/** Where a tile without a job link (a private job) is looked for: its uid, or its layout's attributes. */
const UNLINKED_TILE = `${SELECTORS.uid}, ${SELECTORS.tileHint}`;

/** A link to a job's page: `/jobs/~0…`, `/jobs/Slug_~0…/`, `/freelance-jobs/apply/Slug_~0…/`, a slider's `/details/~0…`. */
const JOB_HREF = /\/(?:jobs|freelance-jobs\/apply|details)\/(?:[^/?#]*_)?(~0[12][0-9a-f]{16,24})(?=[/?#]|$)/i;
/** Uids Upwork writes on a tile: the 19 digits of a `~02` job id. */
const UID = /^\d{19}$/;
const MANY = Symbol('more than one job');
type Holds = Map<Element, string | typeof MANY>;

export function jobIdOfLink(link: Element): string | null {
  return JOB_HREF.exec(link.getAttribute('href') ?? '')?.[1] ?? null;
}

export function jobIdOfUid(element: Element): string | null {
  const uid = element.getAttribute('data-ev-opening_uid') ?? element.getAttribute('data-ev-job-uid');
  return uid && UID.test(uid) ? `~02${uid}` : null;
}

/** The page itself, never one tile: a climb for a tile stops below these. */
const isPageLevel = (element: Element) => /^(BODY|HTML|MAIN)$/.test(element.tagName);

/** Elements whose uid marks them as one job, not a button or a job page's outer element carrying it. */
function isUidTile(element: Element): boolean {
  return (
    !/^(A|BUTTON|INPUT|FORM)$/.test(element.tagName) && !isPageLevel(element) && jobIdOfUid(element) !== null
  );
}

/** The job a link leads to, where it is one of a list's: not in a slider, job page or client history. */
export function listedJobId(link: Element): string | null {
  const id = jobIdOfLink(link);
  return id && link.closest(SELECTORS.notAList) === null ? id : null;
}

/** Each tile's title link as the finder met it, so a badge need not query the tile for it again. */
const titleLinks = new WeakMap<Element, Element>();

/**
 * Every tile once, in page order. Each ancestor of a job link learns which job it holds (or that it holds more
 * than one) in one walk up per link, so 500 tiles cost some 500 short walks, not 500 queries of the whole list.
 */
export function* findJobTiles(root: ParentNode): Steps<Element[]> {
  const holds: Holds = new Map();
  const links: Element[] = [];
  const linked = new Set<string>();
  const mark = (start: Element, id: string) => {
    for (let el: Element | null = start; el; el = el.parentElement) {
      const held = holds.get(el);
      if (held === id || held === MANY) break;
      holds.set(el, held === undefined ? id : MANY);
    }
  };
  const found = root.querySelectorAll(SELECTORS.jobLink);
  yield;
  for (const link of found) {
    const id = listedJobId(link);
    if (!id) continue;
    links.push(link);
    linked.add(id);
    mark(link, id);
    yield;
  }
  const tiles = new Set<Element>();
  const best = new Map<Element, number>();
  for (const link of links) {
    const { tile, rank } = tileAround(link, holds);
    tiles.add(tile);
    if (rank < (best.get(tile) ?? TITLE_RANKS)) {
      best.set(tile, rank);
      titleLinks.set(tile, link);
    }
    yield;
  }
  let outOfOrder = false;
  for (const place of unlinkedPlaces(root, tiles, holds)) {
    const candidates = [...place.querySelectorAll(UNLINKED_TILE)];
    // A place beside the linked tiles may be a tile itself; the whole page never is.
    if (place !== root && (place as Element).matches(UNLINKED_TILE)) candidates.unshift(place as Element);
    yield;
    for (const element of candidates) {
      if (holds.has(element) || inAny(element, tiles) || element.closest(SELECTORS.notAList)) continue;
      const id = jobIdOfUid(element);
      if (id && (linked.has(id) || !isUidTile(element))) continue;
      if (id) {
        linked.add(id);
        mark(element, id);
      }
      tiles.add(element);
      outOfOrder = true;
      yield;
    }
  }
  return outOfOrder ? sortInPageOrder([...tiles]) : [...tiles];
}

export function jobTiles(root: ParentNode): Element[] {
  return runAtOnce(findJobTiles(root));
}

/**
 * Where tiles without a link may be: beside the linked ones, in the children of each list that hold no job link;
 * the whole page only where no job link was found. One query of a page of 5,000 tiles is a long task by itself.
 */
function unlinkedPlaces(root: ParentNode, tiles: Set<Element>, holds: Holds): ParentNode[] {
  if (tiles.size === 0) return [root];
  const lists = new Set<Element>();
  for (const tile of tiles) {
    let list = tile.parentElement;
    while (list?.parentElement && holds.get(list) !== MANY && !isPageLevel(list)) list = list.parentElement;
    if (list) lists.add(list);
  }
  const places: Element[] = [];
  for (const list of lists) for (const child of list.children) if (!holds.has(child)) places.push(child);
  return places;
}

/** How good a title link is, as `SELECTORS.titleLink` orders them (0–4); anything else is not one. */
const TITLE_RANKS = 5;
const HEADING_RANK: Record<string, number> = { H2: 1, H3: 2, H4: 3 };

/**
 * The tile around a job's link: the nearest known tile, else the largest element holding only this job. Also how
 * good a title link it is, from the same climb: named one (0), in a heading (1–3), any link to `/jobs/` (4).
 */
function tileAround(start: Element, holds: Holds): { tile: Element; rank: number } {
  let rank = start.matches(SELECTORS.titleLink[0])
    ? 0
    : start.getAttribute('href')?.includes('/jobs/')
      ? 4
      : TITLE_RANKS;
  let top = start;
  for (let el: Element | null = start; el; el = el.parentElement) {
    if (el.matches(SELECTORS.tileHint) || isUidTile(el)) return { tile: el, rank };
    rank = Math.min(rank, HEADING_RANK[el.tagName] ?? TITLE_RANKS);
    const parent: Element | null = el.parentElement;
    if (!parent || holds.get(parent) === MANY || isPageLevel(parent)) break;
    top = parent;
  }
  return { tile: top, rank };
}

function inAny(element: Element, tiles: Set<Element>): boolean {
  for (let el = element.parentElement; el; el = el.parentElement) if (tiles.has(el)) return true;
  return false;
}

function sortInPageOrder(elements: Element[]): Element[] {
  // DOCUMENT_POSITION_FOLLOWING: `b` comes after `a`.
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/** The tile's title link: the one the finder met, else the best `SELECTORS.titleLink` finds. */
export function titleLinkOf(tile: Element): Element | null {
  const met = titleLinks.get(tile);
  if (met && tile.contains(met)) return met;
  return first(tile, SELECTORS.titleLink);
}
