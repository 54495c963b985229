/**
 * What the page modules look for, by name: their selectors and the words they fall back on. A page report counts
 * each on the user's page, so a bug report shows which of them failed; `npm run --silent parse -- --outline` counts
 * the selectors again on the report's outline, so a changed selector can be tried on it.
 */
import { spacedText } from './dom';
import { SELECTORS as CLIENT } from './job-client';
import { SELECTORS as HISTORY } from './job-history';
import { SELECTORS as TILE_FIELDS } from './tile-fields';
import { SELECTORS as TILES } from './tiles';

const GROUPS: Record<string, Record<string, string | readonly string[]>> = {
  tiles: TILES,
  'tile-fields': TILE_FIELDS,
  'job-client': CLIENT,
  'job-history': HISTORY,
};

/** The words the readers fall back on where attributes fail. Counted, never copied. */
export const TEXT_ANCHORS: Record<string, RegExp> = {
  'About the client': /about the client/gi,
  'Payment method verified': /payment method verified/gi,
  'Payment verified': /payment verified/gi,
  'Payment unverified / not verified': /payment (?:method )?(?:unverified|not verified)/gi,
  'N jobs posted': /\d[\d,]*\s+jobs? posted/gi,
  'N% hire rate': /\d+%\s*hire rate/gi,
  '$N spent': /\$\s?[\d.,]+\s?[KMB]?\+?\s*(?:total\s+)?spent/gi,
  'N Stars, based on N feedbacks': /stars?,?\s*based on\s*[\d,]+/gi,
  'No feedback yet': /no feedback yet/gi,
  'Rating is N out of 5': /rating is \d(?:\.\d+)? out of 5/gi,
  'N of N reviews': /\d(?:\.\d+)?\s+of\s+[\d,]+\s+reviews?/gi,
  'Member since': /member since/gi,
  'No feedback given': /no feedback given/gi,
  'To freelancer:': /to freelancer:/gi,
};

/** How many elements under `root` each selector matches, by "module.name" ("module.name[1]" in a list). */
export function selectorMatches(root: ParentNode): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [group, selectors] of Object.entries(GROUPS)) {
    for (const [name, value] of Object.entries(selectors)) {
      const list = typeof value === 'string' ? [value] : value;
      list.forEach((selector, i) => {
        counts[`${group}.${name}${list.length > 1 ? `[${i}]` : ''}`] = root.querySelectorAll(selector).length;
      });
    }
  }
  return counts;
}

/** How often each text anchor occurs in the text under `root`. */
export function textAnchorMatches(root: Node): Record<string, number> {
  const text = spacedText(root);
  return Object.fromEntries(
    Object.entries(TEXT_ANCHORS).map(([name, pattern]) => [name, text.match(pattern)?.length ?? 0]),
  );
}
