import { useState } from 'preact/hooks';
import { checkImport } from '../core/history/import-check';
import { exportSummary } from '../core/history/transfer';
import type { HistoryExport } from '../core/schema/history';
import { downloadJson } from './download';

interface Actions {
  exportData: () => Promise<HistoryExport>;
  importData: (data: unknown) => Promise<string>;
  deleteAll: () => Promise<void>;
}

/** Export (a JSON file), import (validated and merged, with what changed), and delete all of it. */
export function DataControls({ exportData, importData, deleteAll }: Actions) {
  const [status, setStatus] = useState('');
  const run = (action: () => Promise<string>) =>
    action().then(setStatus, (e: unknown) => setStatus(e instanceof Error ? e.message : String(e)));

  const download = () =>
    run(async () => {
      const data = await exportData();
      downloadJson(data, `jss-guard-history-${data.exportedAt?.slice(0, 10) ?? 'export'}.json`);
      return exportSummary(data);
    });
  const upload = (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    run(async () => {
      let data: unknown;
      try {
        data = JSON.parse(await file.text());
      } catch {
        return `${file.name} is not a JSON file. Nothing was changed.`;
      }
      // Checked here too: a number such as 1e999 would reach the background as null, and be taken as unknown.
      const check = checkImport(data);
      if (!check.ok) return `${file.name}: ${check.error}`;
      return `Imported ${file.name}: ${await importData(data)}`;
    });
  };
  const erase = () => {
    if (
      !confirm(
        'Delete everything JSS Guard has stored: contracts, scores, clients, settings? Export first if you may want it back.',
      )
    )
      return;
    run(async () => {
      await deleteAll();
      return 'Everything JSS Guard stored has been deleted.';
    });
  };
  return (
    <div class="data-controls">
      <div class="buttons">
        <button type="button" onClick={download}>
          Export my history
        </button>
        <label class="file-button">
          Import a history…
          <input type="file" accept="application/json,.json" onChange={upload} />
        </label>
        <button type="button" class="danger" onClick={erase}>
          Delete all my data
        </button>
      </div>
      <p role="status">{status}</p>
    </div>
  );
}
