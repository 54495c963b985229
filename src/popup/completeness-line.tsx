import type { Completeness } from '../core/history/completeness';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line on how complete the history is, and the first thing that would fill it; the options page has it all. */
export function CompletenessLine({ completeness }: { completeness: Completeness | undefined }) {
  if (!completeness) return null;
  const { contracts, lackEarnings, lackStatus, lackFeedback, gaps } = completeness;
  const lacks = [
    lackEarnings > 0 && `${lackEarnings} without earnings`,
    lackStatus > 0 && `${lackStatus} without status`,
    lackFeedback > 0 && `${lackFeedback} without feedback`,
  ].filter(Boolean);
  const [next] = gaps;
  return (
    <p class="completeness">
      {contracts === 0
        ? 'No contracts known yet.'
        : `${plural(contracts, 'contract', 'contracts')} of the last 24 months known${lacks.length > 0 ? ` (${lacks.join(', ')})` : ''}.`}{' '}
      {next ? (
        <>
          Next:{' '}
          {next.url ? (
            <a href={next.url} target="_blank" rel="noreferrer">
              {next.fix.toLowerCase()}
            </a>
          ) : (
            next.fix.toLowerCase()
          )}
          .{' '}
          <a href="options.html#completeness" target="_blank" rel="noreferrer">
            What is missing
          </a>
        </>
      ) : (
        'Nothing is missing that JSS Guard can tell.'
      )}
    </p>
  );
}
