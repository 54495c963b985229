import type { Completeness } from '../core/history/completeness';

const WHAT: Record<Completeness['gaps'][number]['what'], (n: number) => string> = {
  reports: (n) =>
    `${n === 1 ? 'A year' : `${n} years`} of the last 24 months with no earnings report imported`,
  earnings: (n) => `${n} ${n === 1 ? 'contract has' : 'contracts have'} no earnings known`,
  status: (n) => `${n} ${n === 1 ? 'contract has' : 'contracts have'} no status known (open or ended)`,
  feedback: (n) => `${n} ended ${n === 1 ? 'contract has' : 'contracts have'} no feedback known`,
};

/** How complete the history is, in full: each gap, how many contracts it concerns, and the page or file that fills it. */
export function CompletenessReport({ completeness }: { completeness: Completeness | undefined }) {
  if (!completeness) return null;
  const { contracts, gaps } = completeness;
  return (
    <div class="completeness-report">
      <p>
        JSS Guard knows {contracts} {contracts === 1 ? 'contract' : 'contracts'} of the last 24 months, the
        ones your score is made of.{' '}
        {gaps.length === 0
          ? 'Each has its earnings, status and feedback: nothing is missing that JSS Guard can tell.'
          : 'The projection is only as good as what it knows; this is what it still lacks:'}
      </p>
      {gaps.length > 0 && (
        <ul>
          {gaps.map((gap) => (
            <li key={gap.what}>
              {WHAT[gap.what](gap.count)}.{' '}
              {gap.url ? (
                <a href={gap.url} target="_blank" rel="noreferrer">
                  {gap.fix}
                </a>
              ) : (
                gap.fix
              )}
              .
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
