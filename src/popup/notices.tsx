import type { Notice } from '../core/messages';
import type { StoreProblem } from '../core/replies';
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

function Dismiss({ notice, dismiss }: { notice: Notice; dismiss?: ((notice: Notice) => void) | undefined }) {
  if (!dismiss) return null;
  return (
    <button type="button" class="dismiss" aria-label="Dismiss this notice" onClick={() => dismiss(notice)}>
      ×
    </button>
  );
}

/**
 * Stored data kept aside, and pages Upwork changed so they could not be read: said plainly, never hidden, until
 * the user closes the notice or it no longer applies (the page reads again, the backup is deleted).
 */
export function Notices({
  problems,
  pages,
  dismiss,
  shownHere = null,
}: {
  problems: readonly StoreProblem[];
  pages: History['pages'];
  dismiss?: ((notice: Notice) => void) | undefined;
  /** A failed page the popup's This page already speaks of. */
  shownHere?: string | null;
}) {
  const failed = Object.entries(pages).filter(
    ([kind, status]) => status.failed && !status.dismissed && kind !== shownHere,
  );
  const shown = problems.filter((p) => !p.dismissed);
  if (shown.length === 0 && failed.length === 0) return null;
  return (
    <section class="notices" aria-label="Problems">
      {failed.map(([kind, status]) => (
        <p key={kind} class="problem" role="status">
          JSS Guard could not read {PAGE_NAMES[kind] ?? 'a page'} on {formatDate(status.at)}: Upwork may have
          changed it. What you see here may be out of date; you can correct contracts in the options.
          <Dismiss notice={{ kind: 'page', page: kind }} dismiss={dismiss} />
        </p>
      ))}
      {shown.map((p) => (
        <p key={p.at} class="problem" role="alert">
          {p.message}
          {p.backupKey && ' You can download or delete what was kept aside in the options.'}
          <Dismiss notice={{ kind: 'problem', at: p.at }} dismiss={dismiss} />
        </p>
      ))}
    </section>
  );
}
