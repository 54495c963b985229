import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { send } from './api';
import { type PopupState, PopupView } from './popup-view';

function Popup() {
  const [state, setState] = useState<PopupState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [activeUrl, setActiveUrl] = useState<string | null>(null);
  useEffect(() => {
    // With access to upwork.com, the active tab's address is visible there (and only there) without "tabs".
    browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setActiveUrl(tab?.url ?? null))
      .catch(() => setActiveUrl(null));
    send({ type: 'get-state' })
      .then((s) => setState(s ?? null))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  useEffect(() => {
    // The bench reads this mark: popup opened to content painted (docs/performance.md).
    if (state) requestAnimationFrame(() => performance.mark('jss-guard:popup-rendered'));
  }, [state]);
  if (error) {
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  }
  if (!state) return <p class="loading">Loading…</p>;
  return <PopupView state={state} now={new Date().toISOString()} activeUrl={activeUrl} />;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
