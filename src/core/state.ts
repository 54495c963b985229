import { completenessSteps } from './history/completeness';
import { projectHistorySteps } from './history/project-history';
import type { State } from './replies';
import { LIKED_CLIENTS_SHOWN, likedClientsSteps } from './rules/liked-clients';
import type { History } from './schema/history';
import { runAtOnce, type Steps } from './steps';
import { warningsSteps } from './warnings';

/**
 * Everything the popup and the options page show, made from the history at `now`, a step at a time: 50,000
 * contracts take ~200 ms at once, which the worker must not spend without answering pages' reports. Each step
 * handles at most `STATE_STEP` contracts (steps.ts). The projection comes first and fills `projectHistory`'s
 * cache, which the score's warnings then read.
 */
export function* stateSteps(history: History, now: string): Steps<Omit<State, 'problems'>> {
  const projection = yield* projectHistorySteps(history, now);
  const warnings = yield* warningsSteps(history, now);
  const completeness = yield* completenessSteps(history, now);
  const liked = yield* likedClientsSteps(history, now, history.settings);
  return { history, projection, warnings, completeness, likedClients: liked.slice(0, LIKED_CLIENTS_SHOWN) };
}

/** `stateSteps` at once. */
export function stateAt(history: History, now: string): Omit<State, 'problems'> {
  return runAtOnce(stateSteps(history, now));
}
