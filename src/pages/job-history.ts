/** The client's recent history (ratings both ways) and "Activity on this job" on a job page or slider. */
import type { ClientHistory, ClientHistoryItem, FeedbackShown, JobActivity } from '../core/schema/job';
import { first, spacedText, textOf } from './dom';
import { parseCount, parseMoney, parseMonth, parseStars } from './text';

export const SELECTORS = {
  heading: ['h5[data-cy="work-history-title"]', '[data-cy="work-history-title"]'],
  item: 'section[data-cy="jobs"] div[data-cy="job"], [data-cy="jobs"] [data-cy="job"]',
  title: '[data-cy="job-title"]',
  ratingValue: '.air3-rating-value-text',
  ratingSrOnly: '.sr-only',
  feedbackBlock: '.main .text-body-sm',
  date: '[data-cy="date"]',
  stats: '[data-cy="stats"]',
  activityItem: 'ul.client-activity-items li, .client-activity-items li',
} as const;

const NO_FEEDBACK = /no feedback given/i;

/**
 * A rating in a block: its value text, else its "Rating is 4.3 out of 5."; null for "No feedback given" and where
 * the layout shows words but no stars (April 2026). Upwork's ratings start at 1: a 0 is a widget with nothing in it.
 */
function ratingIn(block: Element | undefined): number | null {
  if (!block || NO_FEEDBACK.test(block.textContent ?? '')) return null;
  const value = parseStars(textOf(block.querySelector(SELECTORS.ratingValue)));
  const sr = textOf(block.querySelector(SELECTORS.ratingSrOnly));
  const stars = value ?? (sr && /rating is/i.test(sr) ? parseStars(sr.replace(/^.*?rating is/i, '')) : null);
  return stars === 0 ? null : stars;
}

/** Feedback in a block: "none" for "No feedback given", "given" for anything else, null where there is no block. */
function feedbackIn(block: Element | undefined): FeedbackShown {
  if (!block) return null;
  return NO_FEEDBACK.test(block.textContent ?? '') ? 'none' : 'given';
}

/** The smallest element of the item whose text begins "To freelancer": layouts without the usual classes. */
function toFreelancerByText(item: Element): Element | undefined {
  let found: Element | undefined;
  for (const el of item.querySelectorAll('div, p, span, li')) {
    if (/^\s*To freelancer/i.test(el.textContent ?? '')) found = el;
    else if (found) break;
  }
  return found;
}

/** An item's two feedback blocks: the client's rating of the freelancer, and the freelancer's of the client. */
function feedbackBlocks(item: Element): { toFreelancer?: Element; byFreelancer?: Element } {
  const blocks = [...item.querySelectorAll(SELECTORS.feedbackBlock)];
  const toFreelancer =
    blocks.find((b) => /^\s*To freelancer/i.test(b.textContent ?? '')) ?? toFreelancerByText(item);
  // The first block that is not "To freelancer:" is the freelancer's rating of the client.
  return { toFreelancer, byFreelancer: blocks.find((b) => b !== toFreelancer) };
}

/** The history's items, at most 200: a long history must not slow the page. */
const historyItems = (doc: Document) => [...doc.querySelectorAll(SELECTORS.item)].slice(0, 200);

function readItem(item: Element): ClientHistoryItem {
  const { toFreelancer, byFreelancer } = feedbackBlocks(item);
  const dates = spacedText(item.querySelector(SELECTORS.date) ?? item).split(/\s[-–]\s/);
  const stats = spacedText(item.querySelector(SELECTORS.stats) ?? item);
  const fixed = /fixed[- ]price/i.test(stats);
  const hourly = /\bhrs?\b|\/hr/i.test(stats);
  return {
    title: textOf(item.querySelector(SELECTORS.title)),
    ratingByFreelancer: ratingIn(byFreelancer),
    ratingToFreelancer: ratingIn(toFreelancer),
    feedbackByFreelancer: feedbackIn(byFreelancer),
    feedbackToFreelancer: feedbackIn(toFreelancer),
    start: parseMonth(dates[0]),
    end: parseMonth(dates[1]),
    pay: fixed ? 'fixed' : hourly ? 'hourly' : null,
    amount: fixed
      ? parseMoney(stats)
      : hourly
        ? parseMoney(/Billed:?\s*(\$[\d,.]+)/i.exec(stats)?.[1])
        : null,
  };
}

export function readHistory(doc: Document): ClientHistory {
  const heading = textOf(first(doc, SELECTORS.heading));
  const total = heading ? /\((\d[\d,]*)\)/.exec(heading)?.[1] : undefined;
  return {
    total: total ? parseCount(total) : null,
    items: historyItems(doc).map(readItem),
  };
}

/**
 * The ratings the client gave freelancers, the evidence of a harsh client: what `ratingsGiven` finds in the whole
 * history, without reading the rest of it.
 */
export function readRatingsGiven(doc: Document): number[] {
  const given: number[] = [];
  for (const item of historyItems(doc)) {
    const rating = ratingIn(feedbackBlocks(item).toFreelancer);
    if (rating !== null) given.push(rating);
  }
  return given;
}

const ACTIVITY: Record<string, keyof JobActivity> = {
  'proposals:': 'proposals',
  'interviewing:': 'interviewing',
  'invites sent:': 'invitesSent',
  'unanswered invites:': 'unansweredInvites',
  'hires:': 'hires',
};

/** "Activity on this job": undefined when the page shows none. */
export function readActivity(doc: Document): JobActivity | undefined {
  const items = [...doc.querySelectorAll(SELECTORS.activityItem)];
  if (items.length === 0) return undefined;
  const activity: JobActivity = {
    proposals: null,
    interviewing: null,
    invitesSent: null,
    unansweredInvites: null,
    hires: null,
  };
  for (const li of items) {
    const key = ACTIVITY[(textOf(li.querySelector('.title')) ?? '').toLowerCase()];
    const value = textOf(li.querySelector('.value'));
    if (!key || value === null) continue;
    if (key === 'proposals') activity.proposals = value;
    else activity[key] = parseCount(value);
  }
  return activity;
}
