import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { State } from '../background/handler';
import { send } from './api';
import { RecentClients } from './recent-clients';

function Popup() {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send({ type: 'get-state' })
      .then((s) => setState(s ?? null))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error)
    return (
      <p class="error" role="alert">
        {error}
      </p>
    );
  if (!state) return <p class="loading">Loading…</p>;
  return (
    <main>
      <header>
        <h1>JSS Guard</h1>
      </header>
      {state.problems.map((p) => (
        <p key={p.at} class="problem" role="alert">
          {p.message}
        </p>
      ))}
      <section aria-labelledby="recent-title">
        <h2 id="recent-title">Clients seen recently</h2>
        <RecentClients history={state.history} />
      </section>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
