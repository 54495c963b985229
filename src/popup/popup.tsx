import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { send } from './api';
import { type PopupState, PopupView } from './popup-view';

function Popup() {
  const [state, setState] = useState<PopupState | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
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
  return <PopupView state={state} now={new Date().toISOString()} />;
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
