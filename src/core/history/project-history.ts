import { type Projection, type ProjectionInput, projectSteps } from '../jss';
import type { History } from '../schema/history';
import { JSS_RULES, type JssRules } from '../settings';
import { runAtOnce, type Steps } from '../steps';
import { contractListSteps } from './contract-list';

/** The state's projection and the score rules ask for the same one: computed once per history and time. */
const cache = new WeakMap<History, { now: string; projection: Projection }>();

/** The projection for the stored history (its contracts, the clients seen and the scores observed). */
export function projectHistory(history: History, now: string): Projection {
  return runAtOnce(projectHistorySteps(history, now));
}

/** `projectHistory` a step at a time, through the same cache: no steps at all when it holds the answer. */
export function* projectHistorySteps(history: History, now: string): Steps<Projection> {
  const cached = cache.get(history);
  if (cached?.now === now) return cached.projection;
  const projection = yield* projectSteps(yield* inputOf(history), now, history.settings);
  cache.set(history, { now, projection });
  return projection;
}

function* inputOf(history: History): Steps<ProjectionInput> {
  return { contracts: yield* contractListSteps(history), clients: history.clients, jss: history.jss };
}

/** What each rule set projects for `now`: the chosen one as the state has it, the other computed for the comparison. */
export function projectionsByRules(history: History, now: string): Record<JssRules, number | null> {
  return runAtOnce(projectionsByRulesSteps(history, now));
}

export function* projectionsByRulesSteps(
  history: History,
  now: string,
): Steps<Record<JssRules, number | null>> {
  const chosen = history.settings.jssRules;
  const byRules = {} as Record<JssRules, number | null>;
  for (const rules of JSS_RULES) {
    byRules[rules] =
      rules === chosen
        ? (yield* projectHistorySteps(history, now)).projected
        : (yield* projectSteps(yield* inputOf(history), now, { ...history.settings, jssRules: rules }))
            .projected;
  }
  return byRules;
}
