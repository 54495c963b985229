import { useState } from 'preact/hooks';
import type { HistoryExport } from '../core/schema/history';

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
      const link = document.createElement('a');
      link.href = URL.createObjectURL(
        new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }),
      );
      link.download = `jss-guard-history-${data.exportedAt?.slice(0, 10) ?? 'export'}.json`;
      link.click();
      URL.revokeObjectURL(link.href);
      return `Exported ${data.contracts.length} contracts and ${data.jss?.length ?? 0} scores.`;
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
