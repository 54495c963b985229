import { type Projection, project } from '../jss';
import type { History } from '../schema/history';
import { JSS_RULES, type JssRules } from '../settings';

/** The state's projection and the score rules ask for the same one: computed once per history and time. */
const cache = new WeakMap<History, { now: string; projection: Projection }>();

/** The projection for the stored history (its contracts, the clients seen and the scores observed). */
export function projectHistory(history: History, now: string): Projection {
  const cached = cache.get(history);
  if (cached?.now === now) return cached.projection;
  const projection = project(
    { contracts: Object.values(history.contracts), clients: history.clients, jss: history.jss },
    now,
    history.settings,
  );
  cache.set(history, { now, projection });
  return projection;
}

/** What each rule set projects for `now`: the chosen one as the state has it, the other computed for the comparison. */
export function projectionsByRules(history: History, now: string): Record<JssRules, number | null> {
  const chosen = history.settings.jssRules;
  const byRules = {} as Record<JssRules, number | null>;
  for (const rules of JSS_RULES) {
    byRules[rules] =
      rules === chosen
        ? projectHistory(history, now).projected
        : project(
            { contracts: Object.values(history.contracts), clients: history.clients, jss: history.jss },
            now,
            { ...history.settings, jssRules: rules },
          ).projected;
  }
  return byRules;
}
