/**
 * Upwork's navigation, on every page a freelancer is logged in to: the unread-messages count beside "Messages".
 * No saved real markup is known: the Messages link is found by its address or words, the count by a badge in or
 * beside it, or by its label ("Messages, 3 unread"). A link with no count means none unread; no link, not read.
 */
import type { NavigationRead } from '../core/schema/habits';
import { first } from './dom';
import { clean } from './text';

export const SELECTORS = {
  nav: ['header', 'nav', '[role="navigation"]', '[data-test="nav"]'],
  messagesLink: [
    '[data-test="nav-messages"]',
    '[data-qa="nav-messages"]',
    'a[href*="/ab/messages"]',
    'a[href*="/nx/messages"]',
    'a[href*="/messages/"]',
  ],
  badge:
    '[data-test*="badge"], [data-qa*="badge"], [class*="badge"], [class*="count"], [class*="notification"]',
} as const;

/** "3 unread", "(12 unread)", "Messages 4 new": a number said to be unread or new. */
const UNREAD_LABEL = /(\d{1,5})\+?\s*(?:unread|new)\b|\b(?:unread|new)(?: messages?)?:?\s*(\d{1,5})/i;
/** A badge's whole text: "3", "99+". */
const BADGE = /^(\d{1,5})\+?$/;

export function messagesLink(doc: Document): Element | null {
  for (const scope of SELECTORS.nav) {
    for (const root of doc.querySelectorAll(scope)) {
      const link =
        first(root, SELECTORS.messagesLink) ??
        [...root.querySelectorAll('a, button')].find((el) => /^Messages\b/i.test(clean(el.textContent)));
      if (link) return link;
    }
  }
  return null;
}

/** The count in a badge inside the link, or right beside it (a sibling of the link or of its wrapper). */
function badgeCount(link: Element): number | null {
  const parent = link.parentElement;
  // The wrapper only when it wraps this link alone: a bar's other badges (notifications) are not messages.
  const alone =
    parent && [...parent.querySelectorAll('a, button')].every((el) => el === link || link.contains(el));
  const places = alone ? [link, parent] : [link];
  for (const place of places) {
    for (const badge of place.querySelectorAll(SELECTORS.badge)) {
      const match = BADGE.exec(clean(badge.textContent));
      if (match) return Number(match[1]);
    }
  }
  return null;
}

export function readNavigation(doc: Document, url: string): NavigationRead {
  const link = messagesLink(doc);
  if (!link) return { url, unreadMessages: null, missed: ['unreadMessages'] };
  const label = [link.getAttribute('aria-label'), link.getAttribute('title'), clean(link.textContent)]
    .filter(Boolean)
    .join(' ');
  const labelled = UNREAD_LABEL.exec(label);
  const fromLabel = labelled ? Number(labelled[1] ?? labelled[2]) : null;
  const fromBadge = badgeCount(link);
  // "Messages 3": a number right after the word, the badge read as part of the link's text.
  const trailing = /^Messages\s+(\d{1,5})\+?$/i.exec(clean(link.textContent))?.[1];
  return {
    url,
    unreadMessages: fromLabel ?? fromBadge ?? (trailing !== undefined ? Number(trailing) : 0),
    missed: [],
  };
}
