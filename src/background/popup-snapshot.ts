import { dict, own } from '../core/dict';
import { FIRST_CONTRACTS_SHOWN, firstInListOrder, RECENT_JOBS_SHOWN } from '../core/history/listing';
import type { PopupSnapshot } from '../core/replies';
import type { History, StoredClient } from '../core/schema/history';
import { SNAPSHOT_KEY, SNAPSHOT_VERSION } from '../core/storage-keys';
import { isoDay } from '../core/time';
import { stateOf } from './handler';

export function popupSnapshot(history: History, now: string): PopupSnapshot {
  const all = Object.values(history.contracts);
  const contracts = firstInListOrder(all, FIRST_CONTRACTS_SHOWN);
  const jobs = history.jobs.slice(0, RECENT_JOBS_SHOWN);
  const clients = dict<StoredClient>();
  for (const { clientKey } of jobs) {
    const client = clientKey ? own(history.clients, clientKey) : undefined;
    if (clientKey && client) clients[clientKey] = client;
  }
  const { problems, ...whole } = stateOf(history, now);
  const { projection } = whole;
  return {
    version: SNAPSHOT_VERSION,
    day: isoDay(now),
    contractCount: all.length,
    state: {
      ...whole,
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

/** The snapshot as the store saves it beside each history (the store's `derive`). */
export function popupSnapshotItems(history: History, now: string): Record<string, PopupSnapshot> {
  return { [SNAPSHOT_KEY]: popupSnapshot(history, now) };
}
