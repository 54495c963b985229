import { contractListSteps } from '../history/contract-list';
import type { History, StoredContract } from '../schema/history';
import type { Settings } from '../settings';
import { eachInSteps, type Steps } from '../steps';
import type { Warning } from '../warnings';

/** A rule that looks at each contract alone, run over the history's contracts a step of STATE_STEP at a time. */
export function eachContract(
  warningsOf: (c: StoredContract, today: string, settings: Settings) => Warning[],
) {
  return function* (history: History, now: string, settings: Settings): Steps<Warning[]> {
    const today = now.slice(0, 10);
    const warnings: Warning[] = [];
    yield* eachInSteps(yield* contractListSteps(history), (c) => {
      warnings.push(...warningsOf(c, today, settings));
    });
    return warnings;
  };
}
