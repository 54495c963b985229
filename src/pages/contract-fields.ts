/**
 * Reading one contract's fields from the visible text of its row (contracts list) or page (a contract).
 * No saved real markup of these pages is known, so labels are matched as Upwork words them, attributes first.
 */
import type { Contract } from '../core/schema/contract';
import { first, spacedText, textOf } from './dom';
import { clean, parseDate, parseMoney, parseStars } from './text';

export const FIELD_SELECTORS = {
  title: ['[data-test="contract-title"]', '[data-qa="contract-title"]'],
  clientName: ['[data-test="client-name"]', '[data-qa="client-name"]', '[data-test="contract-client-name"]'],
  status: ['[data-test="contract-status"]', '[data-qa="contract-status"]'],
  earnings: ['[data-test="contract-earnings"]', '[data-qa="contract-earnings"]'],
  feedbackReceived: ['[data-test="feedback-received"]', '[data-qa="feedback-to-freelancer"]'],
  feedbackGiven: ['[data-test="feedback-given"]', '[data-qa="feedback-to-client"]'],
} as const;

const DATE = String.raw`([A-Z][a-z]{2,8}\.? \d{1,2},? \d{4})`;
const MONEY = String.raw`(\$[\d,]+(?:\.\d+)?[KM]?)`;

/** The rest of the text of the smallest element whose text starts with a label: "Client: Northwind Ltd". */
function afterLabel(root: Element, label: RegExp): string | null {
  for (const el of root.querySelectorAll('div, span, p, li, dd, small')) {
    const text = clean(el.textContent);
    if (
      text.length < 150 &&
      label.test(text) &&
      ![...el.children].some((child) => label.test(clean(child.textContent)))
    ) {
      return text.replace(label, '') || null;
    }
  }
  return null;
}

/** The first group of the first pattern that matches. */
function find(text: string, patterns: readonly RegExp[]): string | null {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match?.[1]) return match[1];
  }
  return null;
}

function status(text: string): Contract['status'] {
  if (/\b(Ended|Closed|Completed)\b/.test(text)) return 'ended';
  if (/\bPaused\b/.test(text)) return 'paused';
  if (/\b(Active|In progress)\b/.test(text)) return 'active';
  return null;
}

/** Feedback after its label: "Client's feedback: 5.0", "Feedback to you 4.5 ★", "Rating is 5.0 out of 5". */
function feedback(
  root: ParentNode,
  text: string,
  selectors: readonly string[],
  labels: string,
): number | null | undefined {
  const labelled = textOf(first(root, selectors));
  const source =
    labelled ??
    find(text, [
      new RegExp(
        `(?:${labels})[:\\s]*((?:Rating is )?\\d(?:\\.\\d)?|No feedback[^.;|]*|Awaiting[^.;|]*)`,
        'i',
      ),
    ]);
  if (source === null) return undefined;
  if (/no feedback|awaiting|not (yet )?(given|left)/i.test(source)) return null;
  return parseStars(source.replace(/^.*rating is/i, ''));
}

export interface ReadContract {
  fields: Omit<Contract, 'id'>;
  /** Fields this kind of page shows but that could not be read. */
  missed: (keyof Contract)[];
}

/** Reads a contract's fields from `root` (a row, or a contract page's main content). */
export function readContractFields(root: Element, titleLink: Element | null): ReadContract {
  const text = spacedText(root);
  const statusText = textOf(first(root, FIELD_SELECTORS.status)) ?? text;
  const range = new RegExp(`${DATE}\\s*[-–—]\\s*(${DATE.slice(1, -1)}|Present)`).exec(text);
  const fields: Omit<Contract, 'id'> = {
    title: textOf(first(root, FIELD_SELECTORS.title)) ?? textOf(titleLink),
    clientId: null,
    clientName: textOf(first(root, FIELD_SELECTORS.clientName)) ?? afterLabel(root, /^Client:\s*/),
    kind: /\bHourly\b/i.test(text) ? 'hourly' : /\bFixed[- ]price\b/i.test(text) ? 'fixed' : null,
    status: status(statusText),
    // A range "Aug 1, 2026 - Nov 3, 2026" is the clearest; a status word such as "Ended" may stand just before it.
    startedAt: parseDate(
      range?.[1] ?? find(text, [new RegExp(`\\bStart(?:ed|s|ing)?(?: date)?:?\\s*${DATE}`, 'i')]),
    ),
    endedAt: parseDate(
      (range && range[2] !== 'Present' ? range[2] : null) ??
        find(text, [new RegExp(`\\bEnd(?:ed)?(?: date)?:?\\s*${DATE}`, 'i')]),
    ),
    lastActivityAt: parseDate(
      find(text, [new RegExp(`Last (?:activity|active|worked|payment)(?: on)?:?\\s*${DATE}`, 'i')]),
    ),
    earnings: parseMoney(
      textOf(first(root, FIELD_SELECTORS.earnings)) ??
        find(text, [
          new RegExp(`(?:Earned|Earnings|Total earnings|Total earned|Paid)(?: to date)?:?\\s*${MONEY}`, 'i'),
          new RegExp(`${MONEY}\\s*earned`, 'i'),
        ]),
    ),
    feedbackReceived: null,
    feedbackGiven: null,
    endedBy: /Ended by (you|freelancer)\b/i.test(text)
      ? 'freelancer'
      : /Ended by (the )?client\b/i.test(text)
        ? 'client'
        : null,
  };
  const received = feedback(
    root,
    text,
    FIELD_SELECTORS.feedbackReceived,
    "Client'?s feedback|Feedback to you|Feedback from client|Client feedback",
  );
  const given = feedback(
    root,
    text,
    FIELD_SELECTORS.feedbackGiven,
    'Your feedback|Feedback to client|Feedback you gave',
  );
  fields.feedbackReceived = received ?? null;
  fields.feedbackGiven = given ?? null;

  const missed: (keyof Contract)[] = [];
  for (const key of ['title', 'status', 'startedAt', 'earnings'] as const)
    if (fields[key] === null) missed.push(key);
  if (fields.status === 'ended') {
    if (fields.endedAt === null) missed.push('endedAt');
    if (received === undefined) missed.push('feedbackReceived');
  }
  return { fields, missed };
}
