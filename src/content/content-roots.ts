import { SELECTORS as CLIENT, clientBox } from '../pages/job-client';
import { addsElements, onMutations } from './observe';

/**
 * Where Upwork renders what JSS Guard reads: the main content, and the sliders, overlays and client boxes it renders
 * outside `<main>` (a job opened from a feed lives in a slider appended to the body, its client box filled in later).
 */
export const CONTENT_ROOTS = [
  'main',
  '[role="main"]',
  '.air3-slider',
  '.air3-slider-job-details',
  '.air3-fullscreen-element',
  '.job-details-content',
  '[role="dialog"]',
  '[aria-modal="true"]',
  ...CLIENT.box,
].join(', ');

/**
 * Calls `callback` (at most once per frame) when anything changes inside a content root, whichever roots the page has
 * now or adds later. Each root gets its own observer, so Upwork's header, menus and chat widgets cost nothing; the one
 * observer on the body only looks at added elements, for new roots.
 */
export function onContentChanges(callback: () => void, { signal }: { signal: AbortSignal }): void {
  const watched = new WeakSet<Element>();
  const inWatched = (element: Element) => {
    for (let el: Element | null = element; el; el = el.parentElement) if (watched.has(el)) return true;
    return false;
  };
  const watch = (root: Element | null): boolean => {
    if (!root || inWatched(root)) return false;
    watched.add(root);
    onMutations(root, callback, { signal });
    return true;
  };
  const watchNewRoots = (): boolean => {
    let found = false;
    for (const root of document.querySelectorAll(CONTENT_ROOTS)) found = watch(root) || found;
    // A client box Upwork gave no attribute to is known by its heading.
    return watch(clientBox(document)) || found;
  };
  // A page with no known root at all is watched whole, as before Upwork had a <main>.
  if (!watchNewRoots() && document.body) watch(document.body);
  onMutations(document.body ?? document.documentElement, () => watchNewRoots() && callback(), {
    signal,
    when: addsElements(`${CONTENT_ROOTS}, ${CLIENT.heading}`),
  });
}
