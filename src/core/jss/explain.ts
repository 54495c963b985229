import type { Outcome } from './types';

const EFFECT: Record<Outcome, string> = {
  successful: 'counts for you',
  negative: 'counts against you',
  neutral: 'counts in the total only (lowers the score a little)',
  excluded: 'is left out of the score',
};

/** "The legacy rules …" at the start of a sentence. */
export const sentenceCase = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** "1 point", "3 points". */
export const points = (n: number) => `${n} point${n === 1 ? '' : 's'}`;

/** One sentence for the popup: "Counts against you: ended with no earnings." */
export function explainOutcome(outcome: Outcome, reason: string): string {
  return `${sentenceCase(EFFECT[outcome])}: ${reason}.`;
}
