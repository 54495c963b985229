import { dict, own } from '../core/dict';
import { FIRST_CONTRACTS_SHOWN, firstInListOrder, RECENT_JOBS_SHOWN } from '../core/history/listing';
import type { PopupSnapshot, State } from '../core/replies';
import type { History, StoredClient } from '../core/schema/history';
import { SNAPSHOT_KEY, SNAPSHOT_VERSION } from '../core/storage-keys';
import { isoDay } from '../core/time';
import { stateInTurns, stateOf } from './state';

/** The popup's first view of `history` at `now`, from the state made of it (made at once when not given). */
export function popupSnapshot(
  history: History,
  now: string,
  made: Omit<State, 'problems'> = stateOf(history, now),
): PopupSnapshot {
  const all = Object.values(history.contracts);
  const contracts = firstInListOrder(all, FIRST_CONTRACTS_SHOWN);
  const jobs = history.jobs.slice(0, RECENT_JOBS_SHOWN);
  const clients = dict<StoredClient>();
  for (const { clientKey } of jobs) {
    const client = clientKey ? own(history.clients, clientKey) : undefined;
    if (clientKey && client) clients[clientKey] = client;
  }
  const { projection } = made;
  return {
    version: SNAPSHOT_VERSION,
    day: isoDay(now),
    contractCount: all.length,
    state: {
      ...made,
      // The earnings report's rows are for imports only: the popup does not need them.
      history: {
        ...history,
        contracts: dict(contracts.map((c) => [c.id, c])),
        jobs,
        clients,
        reportRows: {},
      },
      projection: {
        ...projection,
        outcomes: dict(
          contracts.flatMap((c) => {
            const outcome = own(projection.outcomes, c.id);
            return outcome ? [[c.id, outcome] as const] : [];
          }),
        ),
      },
    },
  };
}

/** The snapshot as the store saves it after each history (the store's `derive`), its state made in turns. */
export async function popupSnapshotItems(
  history: History,
  now: string,
): Promise<Record<string, PopupSnapshot>> {
  return { [SNAPSHOT_KEY]: popupSnapshot(history, now, await stateInTurns(history, now)) };
}
