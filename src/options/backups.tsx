import { useState } from 'preact/hooks';
import type { StoreProblem } from '../core/replies';
import { formatDate } from '../popup/format';
import { downloadJson } from './download';

interface Actions {
  /** What the backup holds. */
  fetch: (key: string) => Promise<unknown>;
  remove: (key: string) => Promise<void>;
}

/**
 * Stored data JSS Guard could not use and kept aside (at most the newest few): what it was, to download and look
 * at or import again after a fix, and to delete when no longer wanted.
 */
export function Backups({ problems, fetch, remove }: { problems: readonly StoreProblem[] } & Actions) {
  const [status, setStatus] = useState('');
  const kept = problems.filter((p): p is StoreProblem & { backupKey: string } => p.backupKey !== null);
  if (kept.length === 0) return <p>Nothing has been kept aside: all your stored data could be read.</p>;
  const fail = (e: unknown) => setStatus(e instanceof Error ? e.message : String(e));
  return (
    <div class="backups">
      <ul>
        {kept.map((p) => (
          <li key={p.backupKey}>
            <span>
              {formatDate(p.at)}: {p.message}
            </span>{' '}
            <button
              type="button"
              onClick={() =>
                fetch(p.backupKey).then(
                  (data) => downloadJson(data, `jss-guard-kept-aside-${p.at.slice(0, 10)}.json`),
                  fail,
                )
              }
            >
              Download
            </button>{' '}
            <button
              type="button"
              class="danger"
              onClick={() => remove(p.backupKey).then(() => setStatus('Deleted what was kept aside.'), fail)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <p role="status">{status}</p>
    </div>
  );
}
