import browser from 'webextension-polyfill';
import { parsePage } from '../pages';
import { pageKind } from '../pages/detect';
import type { Feature } from './feature';
import { onMutations } from './observe';
import { settings } from './settings';

/** How long the page must be quiet before it is read again: Upwork fills boxes in over a few seconds. */
const QUIET_MS = 400;

/**
 * Reads the page and sends what it shows to the background, again whenever the main content changes,
 * but only when the result differs from what was last sent.
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
      browser.runtime.sendMessage({ type: 'observation', result }).catch(() => {
        // The background was restarting; the next change sends again.
        lastSent = '';
      });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(report, QUIET_MS);
    };
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    report();
    onMutations(document.querySelector('main') ?? document.body, schedule, { signal });
  },
};
