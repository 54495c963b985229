/**
 * A fixed-price contract's milestones, from its page: each milestone's status ("Active & funded", "Paid",
 * "Not funded"), or where no list is read, the summary's figures ("In escrow $0.00", "Milestones paid $1,500.00",
 * "Remaining $0.00"). No saved real markup is known: attributes first, then the words.
 */
import type { Funding } from '../core/schema/habits';
import { byText, first } from './dom';
import { clean, parseMoney } from './text';

export const SELECTORS = {
  status: [
    '[data-test="milestone-status"]',
    '[data-qa="milestone-status"]',
    '[data-test="milestone"] [data-test*="status"]',
  ],
  section: ['[data-test="milestones"]', '[data-qa="milestones"]', '[data-test="milestone-list"]'],
} as const;

const PAID = /^(Paid|Approved|Released|Payment released)$/i;
const IN_ESCROW =
  /^(Funded|Active (?:&|and) funded|In escrow|Submitted|Submitted for review|In review|Awaiting review|Changes requested)$/i;
const NOT_FUNDED = /^(Not funded|Awaiting funding|Pending funding|Unfunded|Needs funding)$/i;
const ANY_STATUS = new RegExp(`${PAID.source}|${IN_ESCROW.source}|${NOT_FUNDED.source}`, 'i');

/** The milestones block: by attribute, else the block under a "Milestones" heading, else the whole content. */
function milestonesBlock(main: Element): Element {
  const marked = first(main, SELECTORS.section);
  if (marked) return marked;
  const heading = byText(
    main,
    /^\s*(Milestones?|Milestone timeline)\s*(\(\d+\))?\s*$/i,
    'h1, h2, h3, h4, h5, h6',
  );
  return heading?.parentElement ?? main;
}

/** The status of each milestone: the smallest elements whose whole text is one of Upwork's milestone statuses. */
function statuses(block: Element): string[] {
  for (const selector of SELECTORS.status) {
    const marked = [...block.querySelectorAll(selector)];
    if (marked.length > 0) return marked.map((el) => clean(el.textContent));
  }
  return [...block.querySelectorAll('span, div, p, small, td, li, strong')]
    .filter((el) => ANY_STATUS.test(clean(el.textContent)))
    .filter((el) => ![...el.children].some((child) => ANY_STATUS.test(clean(child.textContent))))
    .map((el) => clean(el.textContent));
}

const MONEY = String.raw`(\$[\d,]+(?:\.\d+)?)`;
const figure = (text: string, label: string) =>
  parseMoney(new RegExp(`(?:${label})[:\\s]*${MONEY}`, 'i').exec(text)?.[1]);

/** The summary's figures, when the page shows them. */
function fromSummary(text: string): Funding | null {
  const escrow = figure(text, 'In escrow|Escrow(?: funded)?|Funded');
  const paid = figure(text, 'Milestones paid|Paid|Received');
  const remaining = figure(text, 'Remaining|Left to pay');
  const price = figure(text, 'Project price|Budget|Contract price');
  if (escrow === null && paid === null) return null;
  const allPaid =
    paid !== null && paid > 0 && (remaining === 0 || (price !== null && paid >= price))
      ? true
      : remaining !== null && remaining > 0
        ? false
        : null;
  return { milestones: null, paid: null, inEscrow: escrow === null ? null : escrow > 0, allPaid };
}

/** What the page shows of the milestones, or null when it shows nothing that could be read. */
export function readFunding(main: Element, text: string): Funding | null {
  const found = statuses(milestonesBlock(main));
  const paid = found.filter((s) => PAID.test(s)).length;
  const inEscrow = found.some((s) => IN_ESCROW.test(s));
  const known = found.filter((s) => ANY_STATUS.test(s)).length;
  if (known > 0) return { milestones: known, paid, inEscrow, allPaid: paid === known };
  return fromSummary(text);
}
