import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Message } from '../core/messages';
import type { Reply, State } from '../core/replies';
import { escapeStoredKeys, unescapeStoredKeys } from '../core/stored-keys';
import { Backups } from './backups';
import { CompletenessReport } from './completeness-report';
import { ContractsEditor } from './contracts-editor';
import { DataControls } from './data-controls';
import { ModelNotes } from './model-notes';
import { PossibleMatches } from './possible-matches';
import { ReportImport } from './report-import';
import { RulesSwitch } from './rules-switch';
import { SettingsForm } from './settings-form';

async function ask(message: Message): Promise<Extract<Reply, { ok: true }>> {
  // Keys escaped both ways, as storage has them: Firefox's messaging drops some (core/stored-keys.ts).
  const reply = unescapeStoredKeys(await browser.runtime.sendMessage(escapeStoredKeys(message))) as
    | Reply
    | undefined;
  if (!reply) throw new Error('JSS Guard’s background did not answer; reload this page.');
  if (!reply.ok) throw new Error(reply.error);
  return reply;
}

function Options() {
  const [state, setState] = useState<State | null>(null);
  const [error, setError] = useState('');
  const refresh = (reply: Extract<Reply, { ok: true }>) => reply.state && setState(reply.state);
  useEffect(() => {
    ask({ type: 'get-state' }).then(refresh, (e: unknown) => setError(String(e)));
  }, []);
  // A link such as the popup's "Switch in Settings" (#jss-rules) names a part that exists only once the state is in.
  const loaded = state !== null;
  useEffect(() => {
    if (loaded && location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);
  if (error) return <p class="error">{error}</p>;
  if (!state) return <p>Loading…</p>;
  return (
    <main class="options">
      <h1>JSS Guard options</h1>
      <p>Everything here stays on this computer. Changes apply at once, on every Upwork tab.</p>
      <section id="completeness">
        <h2>How complete your history is</h2>
        <CompletenessReport completeness={state.completeness} />
      </section>
      <section>
        <h2>Import your earnings reports</h2>
        <ReportImport
          importReports={async (files) => {
            const reply = await ask({ type: 'import-report', files });
            refresh(reply);
            return reply.summary ?? 'done.';
          }}
        />
      </section>
      <section>
        <h2>Settings</h2>
        <RulesSwitch
          calibration={state.projection.calibration}
          settings={state.history.settings}
          save={async (settings) => refresh(await ask({ type: 'save-settings', settings }))}
        />
        <SettingsForm
          settings={state.history.settings}
          save={async (settings) => refresh(await ask({ type: 'save-settings', settings }))}
        />
      </section>
      <section>
        <h2>Your contracts</h2>
        <PossibleMatches
          contracts={state.history.contracts}
          resolve={async (id, other, same) => refresh(await ask({ type: 'resolve-match', id, other, same }))}
        />
        <ContractsEditor
          contracts={Object.values(state.history.contracts)}
          save={async (contract) => {
            try {
              refresh(await ask({ type: 'edit-contract', contract }));
              return null;
            } catch (e) {
              return e instanceof Error ? e.message : String(e);
            }
          }}
        />
      </section>
      <section>
        <h2>Your data</h2>
        <DataControls
          exportData={async () => {
            const { exported } = await ask({ type: 'export' });
            if (!exported) throw new Error('Nothing was exported.');
            return exported;
          }}
          importData={async (data) => {
            const reply = await ask({ type: 'import', data });
            refresh(reply);
            return reply.summary ?? 'done.';
          }}
          deleteAll={async () => refresh(await ask({ type: 'delete-all' }))}
        />
      </section>
      <section>
        <h2>Kept aside</h2>
        <Backups
          problems={state.problems}
          fetch={async (key) => (await ask({ type: 'get-backup', key })).backup}
          remove={async (key) => refresh(await ask({ type: 'delete-backup', key }))}
        />
      </section>
      <section>
        <h2>What the projection assumes</h2>
        <ModelNotes settings={state.history.settings} />
      </section>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Options />, root);
