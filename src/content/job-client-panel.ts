import { isJobDetails } from '../pages/detect';
import { screenJobClient } from '../pages/job';
import { SELECTORS } from '../pages/job-client';
import type { Feature } from './feature';
import { observe, onMutations } from './observe';
import { settings } from './settings';
import { mountHint } from './shadow';
import { PANEL_CSS, verdictPanel } from './ui/verdict-panel';

const UNKNOWN_NOTE =
  'Upwork did not show the client’s rating or payment status here; check them before applying.';

/** A verdict panel at the top of "About the client", updated as the box fills in. */
export const jobClientPanel: Feature = {
  id: 'job-client-panel',
  include: [isJobDetails],
  init(signal) {
    if (!settings().showJobPanel) return;
    observe(
      SELECTORS.box.join(','),
      (box) => {
        // The outer box may also match an inner selector; the panel goes in the outermost one only.
        if (box.parentElement?.closest(SELECTORS.box.join(','))) return;
        const update = () => {
          // Upwork fills the box in over a few seconds: no verdict before it shows anything about the client.
          const screening = screenJobClient(box, settings());
          if (!screening) return;
          const { level, findings } = screening;
          const note = level === 'unknown' ? UNKNOWN_NOTE : undefined;
          mountHint(box, 'client-panel', 'prepend', PANEL_CSS, verdictPanel(level, findings, note), signal);
        };
        update();
        onMutations(box, update, { signal });
      },
      { signal },
    );
  },
};

/*
Sample URLs:
https://www.upwork.com/jobs/Talented-hands-next-supabase-developer-needed_~021999060037801980319/
https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573?pageTitle=Job%20Details
*/
