import { rememberedNote } from '../core/history/remembered-tiles';
import { MISSING_WORDS } from '../core/rules/client';
import type { RememberedTile } from '../core/schema/history';
import { isJobDetails } from '../pages/detect';
import { screenJobClient } from '../pages/job';
import { clientBox, SELECTORS } from '../pages/job-client';
import type { Feature } from './feature';
import { markHintsShown } from './hints-mark';
import { addsElements, onMutations } from './observe';
import { askRemembered } from './remembered-tile';
import { settings } from './settings';
import { mountHint } from './shadow';
import { PANEL_CSS, verdictPanel } from './ui/verdict-panel';

/** Why a verdict is unknown, naming what could not be read. */
export function unknownNote(missing: readonly (keyof typeof MISSING_WORDS)[]): string {
  const words = missing.map((fact) => MISSING_WORDS[fact]).join(' or ') || 'rating or payment status';
  return `Upwork did not show the client’s ${words} here; check before applying.`;
}

/** Where facts the box does not show came from: the job's tile in the list under the slider. */
export function tileNote(fromTile: readonly (keyof typeof MISSING_WORDS)[]): string | undefined {
  if (fromTile.length === 0) return undefined;
  const words = fromTile.map((fact) => MISSING_WORDS[fact]).join(' and ');
  return `The client’s ${words} as this job’s tile in the list shows them: this box does not.`;
}

/**
 * A verdict panel at the top of "About the client", updated as the box fills in. The box is looked for wherever
 * Upwork renders it (a slider lives outside `<main>`), by its attributes or its heading.
 */
export const jobClientPanel: Feature = {
  id: 'job-client-panel',
  include: [isJobDetails],
  init(signal) {
    if (!settings().showJobPanel) return;
    const watched = new WeakSet<Element>();
    const watchBox = () => {
      const box = clientBox(document);
      if (!box || watched.has(box)) return;
      watched.add(box);
      let shown = '';
      let host: Element | null = null;
      let remembered: RememberedTile | null = null;
      const update = () => {
        // Upwork fills the box in over a few seconds: no verdict before it shows anything about the client.
        const screening = screenJobClient(box, settings(), location.href, remembered);
        if (!screening) return;
        const { level, findings, missing, fromTile, fromMemory } = screening;
        const note =
          level === 'unknown'
            ? unknownNote(missing)
            : (tileNote(fromTile) ??
              (remembered ? rememberedNote(remembered, fromMemory, new Date().toISOString()) : undefined));
        // A box that keeps changing (45 times a second in a storm) re-renders only when the verdict or its figures
        // do, or when the page took the panel out.
        const key = [level, note, ...findings.map((f) => f.text)].join('\n');
        if (key === shown && host?.parentNode === box) return;
        shown = key;
        host = mountHint(
          box,
          'client-panel',
          'prepend',
          PANEL_CSS,
          verdictPanel(level, findings, note),
          signal,
        );
        markHintsShown('client-panel', 1);
      };
      update();
      onMutations(box, update, { signal });
      // What the job's tile showed on an earlier page, for a box that does not show the rating or payment status.
      void askRemembered(location.href).then((tile) => {
        if (!tile || signal.aborted) return;
        remembered = tile;
        update();
      });
    };
    watchBox();
    // Only an added element that is or holds a box, or a heading, can bring a new box.
    const boxes = `${SELECTORS.box.join(', ')}, ${SELECTORS.heading}`;
    onMutations(document, watchBox, { signal, when: addsElements(boxes) });
  },
};

/*
Sample URLs:
https://www.upwork.com/jobs/Talented-hands-next-supabase-developer-needed_~021999060037801980319/
https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573?pageTitle=Job%20Details
*/
