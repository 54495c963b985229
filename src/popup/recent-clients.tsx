import { RECENT_JOBS_SHOWN } from '../core/history/listing';
import { LEVEL_LABEL } from '../core/rules/client';
import type { History } from '../core/schema/history';

/** Jobs seen recently with their client's rating and the verdict. */
export function RecentClients({ history }: { history: History }) {
  const jobs = history.jobs.slice(0, RECENT_JOBS_SHOWN);
  if (jobs.length === 0) {
    return <p class="empty">Open a job on Upwork and JSS Guard will screen its client here.</p>;
  }
  return (
    <ul class="clients">
      {jobs.map((job) => {
        const client = job.clientKey ? history.clients[job.clientKey] : undefined;
        return (
          <li key={job.id} class={`client ${job.verdict.level}`}>
            <a href={job.url} target="_blank" rel="noreferrer">
              <bdi>{job.title ?? 'Untitled job'}</bdi>
            </a>
            <span class="meta">
              {client?.rating != null ? `★ ${client.rating}` : 'rating unknown'}
              {client?.reviews != null ? ` · ${client.reviews} reviews` : ''}
              {client?.paymentVerified === false ? ' · payment not verified' : ''}
            </span>
            <span class="verdict">{LEVEL_LABEL[job.verdict.level]}</span>
          </li>
        );
      })}
    </ul>
  );
}
