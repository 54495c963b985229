/**
 * The freelancer's proposals, `/nx/proposals/`: the invitations to interview waiting for a reply. No saved real
 * markup is known; the section is found by its heading's words ("Invitations to interview (2)"), its rows by their
 * links, and when each came by a `datetime` attribute first, then the words ("Received Nov 27, 2026 3:15 PM").
 */
import type { Invitation, ProposalsParse } from '../core/schema/habits';
import { first, spacedText, textOf } from './dom';
import { type Clock, parseReceived, systemClock } from './received-time';
import { clean } from './text';

export const SELECTORS = {
  main: ['main', '#main', '[role="main"]'],
  section: ['[data-test="invitations"]', '[data-qa="invitations"]', '[data-test="invitations-to-interview"]'],
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"], header, strong, span, div',
  /** An invitation's own link; a job's link where the rows have none. */
  link: 'a[href*="/proposals/"], a[href*="/invitations/"]',
  jobLink: 'a[href*="/jobs/"]',
  received: ['time[datetime]', '[data-test="received-date"]', '[data-qa="received-date"]'],
  clientName: ['[data-test="client-name"]', '[data-qa="client-name"]'],
} as const;

/** The heading of the invitations section, with the count Upwork puts beside it when it does. */
const INVITATIONS_HEADING = /^Invitations?(?: to interview)?\s*(?:\((\d+)\))?$/i;
/** Words before a shown time in a row. */
const RECEIVED_LABEL = /^(?:Received|Invited|Initiated|Sent|Date received)\b:?\s*/i;

const ID_IN_HREF = /(\d{6,25})(?!.*\d{6,})/;

function mainOf(doc: Document): Element {
  return first(doc, SELECTORS.main) ?? doc.body ?? doc.documentElement;
}

/**
 * The blocks holding the invitations: by attribute; else the largest block around their heading that holds no
 * other section's heading; where the heading stands alone among its siblings, the siblings after it up to the next
 * heading.
 */
export function invitationsSection(doc: Document): { blocks: Element[]; count: number | null } | null {
  const main = mainOf(doc);
  const marked = first(main, SELECTORS.section);
  const heading = [...main.querySelectorAll(SELECTORS.heading)].find(
    (el) =>
      el.textContent !== null &&
      el.textContent.length < 60 &&
      INVITATIONS_HEADING.test(clean(el.textContent)),
  );
  const shown = heading
    ? Number(INVITATIONS_HEADING.exec(clean(heading.textContent))?.[1] ?? Number.NaN)
    : null;
  const count = shown !== null && Number.isFinite(shown) ? shown : null;
  if (marked) return { blocks: [marked], count };
  if (!heading) return null;
  let section: Element = heading;
  while (section.parentElement && section.parentElement !== main && !holdsOtherHeading(section.parentElement))
    section = section.parentElement;
  if (section.querySelector(SELECTORS.link) || section.querySelector(SELECTORS.jobLink))
    return { blocks: [section], count };
  const blocks: Element[] = [];
  for (let next = section.nextElementSibling; next && !isHeading(next); next = next.nextElementSibling)
    blocks.push(next);
  return { blocks, count };
}

const isHeading = (el: Element) => /^H[1-6]$/.test(el.tagName) || el.getAttribute('role') === 'heading';

const OTHER_HEADING =
  /^(Offers|Active proposals|Submitted proposals|Archived proposals|Referrals)\s*(?:\(\d+\))?$/i;

/** Whether a block holds another section's heading, in whatever element Upwork writes it (a `div` will do). */
function holdsOtherHeading(el: Element): boolean {
  return [...el.querySelectorAll(SELECTORS.heading)].some(
    (h) => (h.textContent?.length ?? 0) < 60 && OTHER_HEADING.test(clean(h.textContent)),
  );
}

/** Each invitation's row: the largest element around its link, inside its block, that holds no other one's link. */
export function invitationRows(blocks: readonly Element[]): { link: HTMLAnchorElement; row: Element }[] {
  const own = blocks.some((b) => b.querySelector(SELECTORS.link)) ? SELECTORS.link : SELECTORS.jobLink;
  const seen = new Set<string>();
  const rows: { link: HTMLAnchorElement; row: Element }[] = [];
  for (const block of blocks) {
    const links = block.matches(own)
      ? [block as HTMLAnchorElement]
      : [...block.querySelectorAll<HTMLAnchorElement>(own)];
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      if (seen.has(href)) continue;
      seen.add(href);
      let row: Element = link;
      while (row !== block && row.parentElement && row.parentElement.querySelectorAll(own).length <= 1)
        row = row.parentElement;
      rows.push({ link, row });
    }
  }
  return rows;
}

function receivedText(row: Element): string | null {
  const marked = first(row, SELECTORS.received);
  if (marked) return marked.getAttribute('datetime') ?? textOf(marked);
  for (const el of row.querySelectorAll('div, span, p, small, li, td')) {
    // Spaced: "Received Nov 24, 2026" and "9:30 PM" on two lines must not run together.
    const text = spacedText(el);
    if (text.length < 80 && RECEIVED_LABEL.test(text)) return text.replace(RECEIVED_LABEL, '');
  }
  return null;
}

function readRow(link: HTMLAnchorElement, row: Element, url: string, clock: Clock): Invitation {
  const href = link.getAttribute('href') ?? '';
  let absolute: string | null = null;
  try {
    const resolved = new URL(href, url);
    if (resolved.origin === 'https://www.upwork.com') absolute = resolved.href.slice(0, 4000);
  } catch {
    absolute = null;
  }
  // Without a label, any time in the row's text: a row shows one.
  const received = parseReceived(receivedText(row) ?? spacedText(row), clock);
  return {
    id: ID_IN_HREF.exec(href)?.[1] ?? (href.slice(0, 300) || 'unknown'),
    title: textOf(link),
    clientName: textOf(first(row, SELECTORS.clientName)),
    receivedAt: received?.receivedAt ?? null,
    precision: received?.precision ?? null,
    url: absolute,
  };
}

export interface InvitationRow {
  invitation: Invitation;
  /** Where an inline hint goes: the invitation's link, in its row. */
  link: HTMLAnchorElement;
  row: Element;
}

/** Each invitation the page lists, with its row; null when the page shows no invitations section. */
export function readInvitations(
  doc: Document,
  url: string,
  clock: Clock,
): { rows: InvitationRow[]; count: number | null } | null {
  const found = invitationsSection(doc);
  if (!found) return null;
  const rows = invitationRows(found.blocks).map(({ link, row }) => ({
    invitation: readRow(link, row, url, clock),
    link,
    row,
  }));
  return { rows, count: found.count };
}

export function parseProposals(doc: Document, url: string, clock: Clock = systemClock()): ProposalsParse {
  const found = readInvitations(doc, url, clock);
  if (!found) return { page: 'proposals', url, missed: ['invitations'], invitations: [] };
  const invitations = found.rows.map((r) => r.invitation);
  const missed: string[] = [];
  invitations.forEach((invitation, index) => {
    if (invitation.receivedAt === null) missed.push(`invitations.${index}.receivedAt`);
  });
  // The heading counts more than the rows read: the list is incomplete (the merge keeps the others).
  for (let index = invitations.length; index < Math.min(found.count ?? 0, 100); index++)
    missed.push(`invitations.${index}`);
  return { page: 'proposals', url, missed: missed.slice(0, 100), invitations };
}
