import { type Projection, project } from '../jss';
import type { History } from '../schema/history';

/** The projection for the stored history (its contracts, the clients seen and the scores observed). */
export function projectHistory(history: History, now: string): Projection {
  return project(
    { contracts: Object.values(history.contracts), clients: history.clients, jss: history.jss },
    now,
    history.settings,
  );
}
