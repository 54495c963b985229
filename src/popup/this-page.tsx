import { rememberedSource } from '../core/history/remembered-tiles';
import { LEVEL_LABEL, MISSING_WORDS, screenClient } from '../core/rules/client';
import type { History } from '../core/schema/history';
import { isJobDetails, jobIdFromUrl, pageKind, toUrl } from '../pages/detect';
import { type RequestPageReport, UnreadPage } from './unread-page';

/** The same page, whatever its fragment. */
const samePage = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

/** The kind of the page at `url` when JSS Guard's last read of it failed, else null. */
export function unreadKindAt(url: string | null, pages: History['pages']): string | null {
  const parsed = url ? toUrl(url) : null;
  if (!parsed || !url) return null;
  const kind = pageKind(parsed);
  const status = pages[kind];
  return status?.failed && samePage(status.url, url) ? kind : null;
}

/**
 * The active tab as JSS Guard read it: the verdict on the job open there, or, on a page of a known kind that yielded
 * nothing useful, that it could not read it.
 */
export function ThisPage({
  url,
  history,
  now,
  partial,
  requestReport,
}: {
  url: string | null;
  history: History;
  now: string;
  partial: boolean;
  requestReport?: RequestPageReport;
}) {
  const parsed = url ? toUrl(url) : null;
  if (!parsed) return null;
  const unread = unreadKindAt(url, history.pages);
  if (unread) return <UnreadPage summary={history.pages[unread]?.unread} requestReport={requestReport} />;
  if (!isJobDetails(parsed)) return null;
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
      <p class="warning-title">
        <bdi>{job.title ?? 'This job'}</bdi>
      </p>
      <p class="verdict">{LEVEL_LABEL[job.verdict.level]}</p>
      {job.verdict.missing && job.verdict.missing.length > 0 && (
        <p class="hint">
          Upwork did not show the client’s{' '}
          {job.verdict.missing.map((fact) => MISSING_WORDS[fact]).join(' or ')} here.
        </p>
      )}
      {job.remembered && <p class="hint">{rememberedSource(job.remembered, client, now)}</p>}
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
