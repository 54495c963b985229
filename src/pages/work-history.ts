/**
 * The work history of the freelancer's own profile (`/freelancers/~…`): each job's title, dates, the client's stars
 * or "No feedback given", and the amount. No saved real page is known, so it is read by visible text: the "Work
 * history" heading, and an item per date range ("Jan 8, 2020 - Mar 17, 2020"); attributes are only hints.
 */
import type { WorkHistoryItem } from '../core/schema/work-history';
import { mainContent } from './contracts';
import { first, spacedText, textOf } from './dom';
import { clean, parseDate, parseMoney, parseMonth, parseStars } from './text';

export const SELECTORS = {
  section: ['[data-test="work-history"]', '[data-qa="work-history"]', '[data-testid="work-history"]'],
  headings: 'h1, h2, h3, h4, h5, [role="heading"]',
  title: '[data-test="job-title"], [data-qa="job-title"], [data-cy="job-title"], h3, h4, h5, h6, a, strong',
  rating: '.air3-rating-value-text, [data-test="rating"], [data-qa="rating"]',
  /** Only your own profile has these: whose work history it is decides whether it is yours to import. */
  ownProfile: '[aria-label^="Edit"], [data-test="profile-edit"], [data-qa="profile-edit"]',
  selectedTab: '[role="tab"][aria-selected="true"]',
  contractLink: 'a[href*="/nx/wm/contracts/"], a[href*="/ab/contracts/"]',
} as const;

const DAY = String.raw`[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}`;
const MONTH = String.raw`[A-Z][a-z]{2,8}\.? \d{4}`;
const END = `${DAY}|${MONTH}|Present|Now|Ongoing`;
const DATE_RANGE = new RegExp(`(${DAY}|${MONTH})\\s*[-–—]\\s*(${END})`);
const DATE_RANGES = new RegExp(DATE_RANGE.source, 'g');
const OWN_PROFILE_TEXT = /See public view|Profile settings|Edit profile/i;
const CONTRACT_ID = /\/(?:nx\/wm\/contracts|ab\/contracts)\/(\d{4,20})/;
/** More than a freelancer's whole career: a page past this is not a work history. */
const MAX_ITEMS = 1000;

const textIn = (el: Element) => clean(el.textContent);
const rangesIn = (el: Element) => textIn(el).match(DATE_RANGES)?.length ?? 0;

/** The "Work history" section: a hinted element, else the heading's nearest ancestor that holds a date range. */
function section(main: Element): Element | null {
  const hinted = first(main, SELECTORS.section);
  if (hinted) return hinted;
  const heading = [...main.querySelectorAll(SELECTORS.headings)].find((h) =>
    /^\s*work history\b/i.test(h.textContent ?? ''),
  );
  let scope = heading?.parentElement ?? null;
  while (scope && scope !== main && rangesIn(scope) === 0) scope = scope.parentElement;
  return heading ? scope : null;
}

/** Each item: the largest element around one date range that holds no other. */
function items(scope: Element): Element[] {
  const found: Element[] = [];
  for (const el of scope.querySelectorAll('*')) {
    if (found.length >= MAX_ITEMS) break;
    // The smallest element that holds a whole range (its parts may be separate spans).
    if (!DATE_RANGE.test(textIn(el)) || [...el.children].some((c) => DATE_RANGE.test(textIn(c)))) continue;
    let item = el;
    while (item.parentElement && item.parentElement !== scope && rangesIn(item.parentElement) <= 1)
      item = item.parentElement;
    if (!found.includes(item)) found.push(item);
  }
  return found;
}

/** "Rated 4.8 out of 5", "Rating is 4.8 out of 5.", a star widget's value text; null when none is shown. */
function stars(item: Element, text: string): number | null {
  const said = /Rat(?:ed|ing is)\s*(\d(?:\.\d+)?)\s*(?:out )?of 5/i.exec(text)?.[1];
  if (said) return parseStars(said);
  const labelled = item.querySelector('[aria-label*="out of 5"]')?.getAttribute('aria-label');
  if (labelled) return parseStars(labelled.replace(/^\D*/, ''));
  return parseStars(textOf(item.querySelector(SELECTORS.rating)));
}

const RATE = /\$\s?[\d,.]+\s*\/\s*hr\b/gi;

/**
 * The kind and amount: "Fixed-price $625.00", "$1,200.00", "157 hrs @ $5.00/hr … Billed: $786.66", "$2,345 · $45.00/hr ·
 * 52 hours", "12 hours @ $40.00/hr" (hours × rate when no amount is shown). The title is left out of `text`.
 */
function pay(text: string): Pick<WorkHistoryItem, 'kind' | 'earnings'> {
  const hours = /(\d[\d,]*(?:\.\d+)?)\s*(?:hrs?|hours?)\b/i.exec(text)?.[1];
  const rate = text.match(RATE)?.[0];
  const billed = /(?:Billed|Earned|Paid):?\s*(\$[\d,.]+)/i.exec(text)?.[1];
  const amount = parseMoney(billed ?? text.replace(DATE_RANGES, '').replace(RATE, ''));
  if (!hours && !rate && !/\bhourly\b/i.test(text))
    return { kind: amount !== null || /fixed[- ]price/i.test(text) ? 'fixed' : null, earnings: amount };
  const worked = hours ? Number(hours.replace(/,/g, '')) * (parseMoney(rate) ?? Number.NaN) : Number.NaN;
  return {
    kind: 'hourly',
    earnings: amount ?? (Number.isFinite(worked) ? Math.round(worked * 100) / 100 : null),
  };
}

const NOT_A_TITLE = /^(rated|rating|no feedback|job in progress|view|see|fixed[- ]price|hourly|\$|\d)/i;
const isTitle = (text: string | null): text is string =>
  !!text && !DATE_RANGE.test(text) && !NOT_A_TITLE.test(text);

/** The item's title: a heading or link, else its first text that is not a date, a rating, or an amount. */
function title(item: Element): string | null {
  for (const el of item.querySelectorAll(SELECTORS.title)) {
    const text = textOf(el);
    if (isTitle(text)) return text;
  }
  for (const el of item.querySelectorAll('*')) {
    const text = el.children.length === 0 ? textOf(el) : null;
    if (isTitle(text)) return text;
  }
  return null;
}

function readItem(item: Element, inProgressTab: boolean): WorkHistoryItem {
  const text = spacedText(item);
  const name = title(item);
  const [, from = '', to = ''] = DATE_RANGE.exec(text) ?? [];
  const open = /^(Present|Now|Ongoing)$/.test(to);
  const noFeedback = /no feedback given/i.test(text);
  return {
    contractId:
      CONTRACT_ID.exec(item.querySelector(SELECTORS.contractLink)?.getAttribute('href') ?? '')?.[1] ?? null,
    title: name,
    inProgress: open || inProgressTab || /job in progress/i.test(text),
    startedAt: parseDate(from),
    endedAt: open ? null : parseDate(to),
    startMonth: parseMonth(from.replace(/ \d{1,2},/, '')),
    endMonth: open ? null : parseMonth(to.replace(/ \d{1,2},/, '')),
    feedback: noFeedback ? null : stars(item, text),
    noFeedback,
    ...pay(name ? text.replace(name, '') : text),
  };
}

/** Whether a profile page is the freelancer's own: it has "Edit" controls or "See public view". */
export function isOwnProfile(doc: Document): boolean {
  const main = mainContent(doc);
  return main.querySelector(SELECTORS.ownProfile) !== null || OWN_PROFILE_TEXT.test(main.textContent ?? '');
}

/**
 * The work history of a profile, to be read only where it is the freelancer's own (`isOwnProfile`): someone else's
 * history is not yours to import. Undefined with no such section; `read` is false when the section is there but no
 * item could be read, so the page can say it did not parse.
 */
export function readWorkHistory(doc: Document): { items: WorkHistoryItem[]; read: boolean } | undefined {
  const main = mainContent(doc);
  const scope = section(main);
  if (!scope) return undefined;
  const tab = textOf(first(scope, [SELECTORS.selectedTab])) ?? '';
  const inProgressTab = /in progress/i.test(tab);
  const found = items(scope).map((item) => readItem(item, inProgressTab));
  return { items: found, read: found.length > 0 };
}
