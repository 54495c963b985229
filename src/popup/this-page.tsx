import { LEVEL_LABEL } from '../content/ui/verdict-panel';
import { screenClient } from '../core/rules/client';
import type { History } from '../core/schema/history';
import { isJobDetails, jobIdFromUrl, toUrl } from '../pages/detect';

/** The verdict on the job open in the active tab, as JSS Guard read it there. */
export function ThisPage({
  url,
  history,
  partial,
}: {
  url: string | null;
  history: History;
  partial: boolean;
}) {
  const parsed = url ? toUrl(url) : null;
  if (!parsed || !isJobDetails(parsed)) return null;
  const id = jobIdFromUrl(parsed);
  const job = history.jobs.find((j) => j.id === id);
  if (!job) {
    // The snapshot holds only the most recent jobs: this one may be in the whole history, which follows.
    if (partial) return null;
    return (
      <section class="this-page" aria-labelledby="this-page-title">
        <h2 id="this-page-title">This page</h2>
        <p class="empty">
          JSS Guard has not read this job’s client yet. Wait for “About the client” to show, then open this
          again.
        </p>
      </section>
    );
  }
  const client = job.clientKey ? history.clients[job.clientKey] : undefined;
  const findings = client ? screenClient(client, client.ratingsGiven, history.settings).findings : [];
  return (
    <section class={`this-page client ${job.verdict.level}`} aria-labelledby="this-page-title">
      <h2 id="this-page-title">This page</h2>
      <p class="warning-title">{job.title ?? 'This job'}</p>
      <p class="verdict">{LEVEL_LABEL[job.verdict.level]}</p>
      {findings.length > 0 && (
        <ul class="reasons">
          {findings.map((f) => (
            <li key={f.id}>{f.text}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
