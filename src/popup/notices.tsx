import type { Notice } from '../core/messages';
import type { StoreProblem } from '../core/replies';
import type { History } from '../core/schema/history';
import { formatDate } from './format';

/** Each page kind a notice can name, and what its failed read leaves wrong or missing here. */
const FAILED_PAGES: Record<string, { name: string; so: string }> = {
  contracts: {
    name: 'your contracts list',
    so: 'your contracts here may be out of date; you can correct them in the options',
  },
  contract: {
    name: 'a contract page',
    so: 'that contract may be out of date here; you can correct it in the options',
  },
  profile: { name: 'your profile', so: 'your Job Success score and feedback here may be out of date' },
  stats: { name: 'My Stats', so: 'your Job Success score here may be out of date' },
  job: { name: 'a job page', so: 'its client was not checked' },
  'job-list': { name: 'a job list', so: 'its job tiles may show no client badge' },
  proposals: {
    name: 'your proposals page (invitations)',
    so: 'invitations waiting for your answer may be missing here',
  },
};
const SOME_PAGE = { name: 'a page', so: 'what you see here may be out of date' };

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
      {failed.map(([kind, status]) => {
        const page = FAILED_PAGES[kind] ?? SOME_PAGE;
        return (
          <p key={kind} class="problem" role="status">
            JSS Guard could not read {page.name} on {formatDate(status.at)}: Upwork may have changed it, so{' '}
            {page.so}. Open that page again and this popup can copy a page report for a bug report.
            <Dismiss notice={{ kind: 'page', page: kind }} dismiss={dismiss} />
          </p>
        );
      })}
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
