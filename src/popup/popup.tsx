import { render } from 'preact';
import { useEffect, useErrorBoundary, useState } from 'preact/hooks';
import type { Notice } from '../core/messages';
import { PROBLEMS_KEY, SNAPSHOT_KEY } from '../core/storage-keys';
import { unescapeStoredKeys } from '../core/stored-keys';
import { isoDay } from '../core/time';
import { ext } from '../ext';
import { send } from './api';
import { type PopupState, PopupView } from './popup-view';
import { stateFromSnapshot } from './snapshot';

const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The snapshot's first view, or null: a storage error only means waiting for the whole state. */
async function firstView(): Promise<PopupState | null> {
  try {
    const stored = await ext.storage.local.get([SNAPSHOT_KEY, PROBLEMS_KEY]);
    return stateFromSnapshot(
      unescapeStoredKeys(stored[SNAPSHOT_KEY]),
      stored[PROBLEMS_KEY],
      isoDay(new Date().toISOString()),
    );
  } catch {
    return null;
  }
}

type Tab = { id?: number; url?: string };

/**
 * The tab the popup is about: the active one. With access to upwork.com, its address is visible there (and only there)
 * without "tabs". `popup.html?tab=<id>` names one, for the popup opened as a page (as the end-to-end tests do).
 */
async function activeTabOf(): Promise<Tab | null> {
  try {
    const pinned = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isSafeInteger(pinned) && pinned > 0) return await ext.tabs.get(pinned);
    const [tab] = await ext.tabs.query({ active: true, currentWindow: true });
    return tab ?? null;
  } catch {
    return null;
  }
}

/** The page report of a tab, as text to paste; throws when its page does not answer with one. */
async function pageReportOf(tabId: number): Promise<string> {
  const report = await ext.tabs.sendMessage(tabId, { type: 'page-report' });
  if (typeof report !== 'object' || report === null || !('jssGuardPageReport' in report))
    throw new Error('no page report');
  return JSON.stringify(report, null, 2);
}

function Popup({ first }: { first: PopupState | null }) {
  const [state, setState] = useState<PopupState | null>(first);
  const [error, setError] = useState<string | null>(null);
  const [activeTab, setActiveTab] = useState<Tab | null>(null);
  // A snapshot damaged in a way the first check missed must not leave the popup broken: wait for the whole state.
  const [renderError, forgetRenderError] = useErrorBoundary();
  useEffect(() => {
    activeTabOf().then(setActiveTab);
    // Effects run after the first paint, so reading the whole state does not hold up the snapshot's view.
    send({ type: 'get-state' })
      .then((whole) => {
        forgetRenderError();
        setState(whole ?? null);
        nextPaint().then(() => performance.mark('jss-guard:popup-complete'));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(() => {
    // The bench reads this mark: popup opened to content painted (docs/performance.md). Effects run after paint.
    // Its detail says whether that content came from the snapshot alone, without waiting for the background.
    if (state && !renderError && performance.getEntriesByName('jss-guard:popup-rendered').length === 0)
      performance.mark('jss-guard:popup-rendered', { detail: { fromSnapshot: state === first } });
  }, [state, renderError, first]);
  if (error) {
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  }
  if (renderError && !state?.partial) {
    return (
      <p class="error" role="alert">
        JSS Guard could not show your history: {String(renderError)}
      </p>
    );
  }
  if (!state || renderError) return <p class="loading">Loading…</p>;
  const dismiss = (notice: Notice) =>
    send({ type: 'dismiss-notice', notice })
      .then((whole) => whole && setState(whole))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const tabId = activeTab?.id;
  return (
    <PopupView
      state={state}
      now={new Date().toISOString()}
      activeUrl={activeTab?.url ?? null}
      dismiss={dismiss}
      requestPageReport={tabId === undefined ? undefined : () => pageReportOf(tabId)}
    />
  );
}

// The snapshot is asked for before anything renders: the popup's first paint is its content, not "Loading…".
const root = document.getElementById('app');
if (root) firstView().then((first) => render(<Popup first={first} />, root));
