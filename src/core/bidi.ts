/**
 * Page text set into a sentence of ours is isolated: a client name holding U+202E (right-to-left override) or other
 * bidirectional controls then cannot reverse the words around it ("…with ‮Acme: ended 3 days ago" shown backwards).
 * Text shown as its own element is isolated with `<bdi>` instead.
 */
const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

export function isolate(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${text}${POP_DIRECTIONAL_ISOLATE}`;
}
