/** The background service worker: validates messages, keeps the history, keeps the toolbar badge current. */
import browser from 'webextension-polyfill';
import type { History } from '../core/schema/history';
import { escapeStoredKeys, unescapeStoredKeys } from '../core/stored-keys';
import { showTabVerdict, showWarningCount } from './badge';
import { Derived } from './derived';
import { type HandlerContext, handleMessage } from './handler';
import { popupSnapshotItems } from './popup-snapshot';
import { stateInTurns } from './state';
import { keyEscapingStorage } from './storage-area';
import { Store } from './store';

const store = new Store(keyEscapingStorage(browser.storage.local), undefined, popupSnapshotItems);
/** The toolbar badge counts the newest history's warnings: a burst of reports makes that state once, not per report. */
const badge = new Derived(
  async (history, now) => (await stateInTurns(history, now)).warnings,
  (_history, warnings) => showWarningCount(warnings),
);
/** Shows the badge for `history` (or a newer one saved meanwhile); settles once it is shown. */
function countWarnings(history: History): Promise<void> {
  badge.request(history, store.timeOf(history));
  return badge.settled();
}

const context: HandlerContext = {
  store,
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  async changed(history, sender, message) {
    await countWarnings(history);
    const tabId = sender.tab?.id;
    if (message.type === 'observation' && tabId !== undefined) {
      await showTabVerdict(tabId, message.result.page === 'job' ? message.result.verdict.level : null);
    }
  },
};

// Another writer (an older worker, the browser's sync of devtools edits, a test) makes the cached history stale.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local') store.storageChanged(changes);
});

// Messages carry their keys escaped as storage does: Firefox's messaging drops the same keys (core/stored-keys.ts).
browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
  handleMessage(unescapeStoredKeys(message), sender, context).then(escapeStoredKeys),
);

const DAILY = 'daily-check';
/** A minute past the next UTC midnight: the popup's snapshot is made for a UTC day (popup-snapshot.ts). */
function nextUtcDay(): number {
  const next = new Date();
  next.setUTCHours(24, 1, 0, 0);
  return next.getTime();
}
// Each day, and when the browser starts, the badge is counted again and reading the history makes the day's snapshot,
// so the first popup of the day paints at once.
async function dailyCheck(): Promise<void> {
  await countWarnings(await store.read());
}
browser.runtime.onInstalled.addListener(() =>
  browser.alarms.create(DAILY, { when: nextUtcDay(), periodInMinutes: 24 * 60 }),
);
browser.runtime.onStartup.addListener(dailyCheck);
browser.alarms.onAlarm.addListener(async (alarm) => {
  if (alarm.name === DAILY) await dailyCheck();
});
