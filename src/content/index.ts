/**
 * The content script: runs each feature registered for the current URL, and re-runs them when Upwork's
 * single-page app moves to another URL (the previous run's signal aborts, taking its hints and observers along).
 */
import { contractFeedbackHints } from './contract-feedback-hints';
import { contractHints } from './contract-hints';
import { contractsListMarkers } from './contracts-list-markers';
import type { Feature } from './feature';
import { invitationHints } from './invitation-hints';
import { jobClientPanel } from './job-client-panel';
import { answerPageReportRequests } from './page-report';
import { reportPage } from './report-page';
import { followSettings, loadSettings } from './settings';
import { tileBadges } from './tile-badges';
import { unreadMessages } from './unread-messages';

// The hints first: the page report only schedules its first read for an idle moment, and must not delay them.
const FEATURES: Feature[] = [
  jobClientPanel,
  tileBadges,
  contractHints,
  contractFeedbackHints,
  invitationHints,
  contractsListMarkers,
  reportPage,
  unreadMessages,
];

let controller: AbortController | undefined;
let currentUrl = '';

function runFeatures(): void {
  if (location.href === currentUrl) return;
  currentUrl = location.href;
  controller?.abort();
  controller = new AbortController();
  const url = new URL(location.href);
  for (const feature of FEATURES) {
    if (!feature.include.some((matches) => matches(url))) continue;
    try {
      const running = feature.init(controller.signal);
      if (running) running.catch((error: unknown) => console.warn(`JSS Guard: ${feature.id} failed`, error));
    } catch (error) {
      // One feature broken by a changed page must not take the others down.
      console.warn(`JSS Guard: ${feature.id} failed`, error);
    }
  }
}

// Injected at document_start: the settings are read while Upwork's page is still loading, so by the time the page
// is ready no hint waits for them (and none the user turned off flashes).
let settingsRead = false;
const settingsLoaded = loadSettings().then(() => {
  settingsRead = true;
});
followSettings();
answerPageReportRequests();

function begin(): void {
  // Where the settings came after the page, the bench tells that wait (Chromium's) from our own work.
  performance.mark('jss-guard:ready');
  runFeatures();
  // pushState from the page's own scripts is invisible to this isolated world; a changed DOM is not.
  new MutationObserver(runFeatures).observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', runFeatures);
}

function start(): void {
  // The bench measures from here to the first hint (docs/performance.md).
  performance.mark('jss-guard:start');
  // Within this event, not after an await: a continuation queues behind every microtask already waiting, such as
  // the page's own MutationObservers being handed what the parser added (25–30 ms on the bench's 500-tile page).
  if (settingsRead) begin();
  else void settingsLoaded.then(begin);
}

if (document.readyState === 'loading') {
  // At once, not a task later: that spared a local page's load event ~10 ms but showed hints 50–70 ms later.
  document.addEventListener('DOMContentLoaded', start, { once: true });
} else start();
