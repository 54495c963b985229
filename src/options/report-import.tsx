import { useState } from 'preact/hooks';
import { REPORTS_URL } from '../core/report/earnings-report';

interface Props {
  /** Imports the reports' text; resolves with what was added, rejects with why nothing was. */
  importReports: (files: { name: string; text: string }[]) => Promise<string>;
}

/**
 * Upwork's earnings reports, one CSV a year, chosen or dropped several at a time. All or nothing: a bad file is
 * named with its line and the history stays as it was.
 */
export function ReportImport({ importReports }: Props) {
  const [status, setStatus] = useState('');
  const [over, setOver] = useState(false);

  const read = async (list: FileList | null | undefined) => {
    const files = [...(list ?? [])];
    if (files.length === 0) return;
    setStatus(`Reading ${files.length === 1 ? files[0]?.name : `${files.length} files`}…`);
    try {
      const texts = await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() })));
      setStatus(`Imported ${await importReports(texts)}`);
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  const dragging = (event: DragEvent) => {
    event.preventDefault();
    setOver(true);
  };
  return (
    <fieldset
      class={`report-import${over ? ' over' : ''}`}
      aria-label="Earnings reports: choose or drop the CSV files"
      onDragEnter={dragging}
      onDragOver={dragging}
      onDragLeave={() => setOver(false)}
      onDrop={(event: DragEvent) => {
        event.preventDefault();
        setOver(false);
        void read(event.dataTransfer?.files);
      }}
    >
      <p>
        Your whole history at once: on Upwork open{' '}
        <a href={REPORTS_URL} target="_blank" rel="noreferrer">
          Reports
        </a>
        , choose <strong>Weekly Summary</strong>, pick a year and export it as CSV. Upwork exports a year at a
        time: bring every year you worked, in one go or later. The same rows imported twice count once.
      </p>
      <div class="buttons">
        <label class="file-button">
          Import earnings reports…
          <input
            type="file"
            accept=".csv,text/csv"
            multiple
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              void read(input.files).then(() => {
                input.value = '';
              });
            }}
          />
        </label>
        <span class="hint">or drop the CSV files here</span>
      </div>
      <p role="status">{status}</p>
    </fieldset>
  );
}
