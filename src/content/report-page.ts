import type { Reply } from '../background/handler';
import type { ParseResult } from '../core/schema/parse-result';
import { ext as browser } from '../ext';
import { parsePage } from '../pages';
import { pageKind } from '../pages/detect';
import { onContentChanges } from './content-roots';
import type { Feature } from './feature';
import { settings } from './settings';

/** How long the page must be quiet before it is read again: Upwork fills boxes in over a few seconds. */
const QUIET_MS = 400;
/** Waits between tries when the background does not take a report (MV3 may be restarting the worker). */
const RETRY_MS = [250, 1000, 3000];

/** Sends a report, trying again while the background is unavailable; false when it never took it. */
async function send(result: ParseResult, signal: AbortSignal): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage({ type: 'observation', result })) as Reply | undefined;
      // A refusal (invalid result) will not change by sending again.
      return reply?.ok === true;
    } catch {
      const wait = RETRY_MS[attempt];
      if (wait === undefined || signal.aborted) return false;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

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
    const report = () => {
      const result = parsePage(document, location.href, settings());
      const serialized = JSON.stringify(result);
      if (serialized === lastSent) return;
      lastSent = serialized;
      void send(result, signal).then((taken) => {
        // Not taken: the next change of the page sends again.
        if (!taken && lastSent === serialized) lastSent = '';
      });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(report, QUIET_MS);
    };
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    // The first report waits for an idle moment: the hints the freelancer sees come first.
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1));
    idle(() => signal.aborted || report(), { timeout: 1000 });
    onContentChanges(schedule, { signal });
  },
};
