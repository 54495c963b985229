import type { StoreProblem } from '../background/store';
import type { History } from '../core/schema/history';
import { formatDate } from './format';

const PAGE_NAMES: Record<string, string> = {
  contracts: 'your contracts list',
  contract: 'a contract page',
  profile: 'your profile',
  stats: 'My Stats',
  job: 'a job page',
  'job-list': 'a job list',
  proposals: 'your proposals page (invitations)',
};

/** Stored data kept aside, and pages Upwork changed so they could not be read: said plainly, never hidden. */
export function Notices({ problems, pages }: { problems: readonly StoreProblem[]; pages: History['pages'] }) {
  const failed = Object.entries(pages).filter(([, status]) => status.failed);
  if (problems.length === 0 && failed.length === 0) return null;
  return (
    <section class="notices" aria-label="Problems">
      {failed.map(([kind, status]) => (
        <p key={kind} class="problem" role="status">
          JSS Guard could not read {PAGE_NAMES[kind] ?? 'a page'} on {formatDate(status.at)}: Upwork may have
          changed it. What you see here may be out of date; you can correct contracts in the options.
        </p>
      ))}
      {problems.map((p) => (
        <p key={p.at} class="problem" role="alert">
          {p.message}
        </p>
      ))}
    </section>
  );
}
