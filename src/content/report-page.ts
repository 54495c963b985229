import type { Reply } from '../core/replies';
import type { ParseResult } from '../core/schema/parse-result';
import { ext as browser } from '../ext';
import { parsePage } from '../pages';
import { pageKind } from '../pages/detect';
import { onContentChanges } from './content-roots';
import type { Feature } from './feature';
import { readJobListInSlices } from './list-report';
import { createOutbox, type Delivery } from './outbox';
import { withRememberedTile } from './remembered-tile';
import { settings } from './settings';

/** How long the page must be quiet before it is read again: Upwork fills boxes in over a few seconds. */
const QUIET_MS = 400;

/** Sends one report; whether the background took it, refused it, or could not be reached (`outbox.ts`). */
async function deliver(result: ParseResult): Promise<Delivery> {
  // The extension was reloaded or removed: this page's script can no longer reach any background.
  if (!browser.runtime.id) return 'refused';
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'observation', result })) as Reply | undefined;
    // No reply: the worker stopped before it answered, and may not have stored it.
    if (!reply) return 'failed';
    return reply.ok ? 'taken' : 'refused';
  } catch {
    return 'failed';
  }
}

/** One outbox for the page's life: a report outlives the feature run that made it (the app moving on). */
const outbox = createOutbox(deliver);
document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && outbox.flush());
addEventListener('pageshow', () => outbox.flush());

/**
 * Reads the page and sends what it shows to the background, again whenever its content changes (the main content,
 * and the sliders and client boxes outside it), but only when the result differs from what was last sent.
 */
export const reportPage: Feature = {
  id: 'report-page',
  include: [(url) => pageKind(url) !== 'other'],
  init(signal) {
    let lastSent = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const report = async () => {
      // A list can hold thousands of tiles: read in slices; any other page is read at once.
      const result =
        pageKind(location.href) === 'job-list'
          ? await readJobListInSlices(signal)
          : await withRememberedTile(parsePage(document, location.href, settings()));
      if (!result || signal.aborted) return;
      const serialized = JSON.stringify(result);
      if (serialized === lastSent) return;
      lastSent = serialized;
      outbox.add(serialized, result);
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void report(), QUIET_MS);
    };
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    // Back in view: read the page again, in case it changed while hidden (a report not yet taken is sent at once).
    const shown = () => document.visibilityState === 'visible' && schedule();
    document.addEventListener('visibilitychange', shown, { signal });
    // The first report, and watching for changes, wait for an idle moment: the hints the freelancer sees come
    // first (finding where content lives queries the whole page). The first read sees whatever changed before.
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    idle(
      () => {
        if (signal.aborted) return;
        onContentChanges(schedule, { signal });
        // A task of its own: finding the content roots queries the whole page, as the read's first slice does.
        setTimeout(() => signal.aborted || void report());
      },
      { timeout: 1000 },
    );
  },
};
