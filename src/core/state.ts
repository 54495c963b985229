import { completeness } from './history/completeness';
import { projectHistory } from './history/project-history';
import type { State } from './replies';
import { LIKED_CLIENTS_SHOWN, likedClients } from './rules/liked-clients';
import type { History } from './schema/history';
import type { Steps } from './steps';
import { computeWarnings } from './warnings';

/** Everything the popup and options page show of a history at `now` (the store's problems aside), in steps. */
export function* stateSteps(history: History, now: string): Steps<Omit<State, 'problems'>> {
  return {
    history,
    projection: projectHistory(history, now),
    warnings: computeWarnings(history, now),
    completeness: completeness(history, now),
    likedClients: likedClients(history, now, history.settings).slice(0, LIKED_CLIENTS_SHOWN),
  };
}
