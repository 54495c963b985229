import { dict, own } from '../core/dict';
import { contractsInListOrder, FIRST_CONTRACTS_SHOWN, RECENT_JOBS_SHOWN } from '../core/history/listing';
import type { History, StoredClient } from '../core/schema/history';
import { isoDay } from '../core/time';
import { type State, stateOf } from './handler';
import { SNAPSHOT_KEY, SNAPSHOT_VERSION } from './storage-keys';

/**
 * What the popup shows before anything is scrolled or expanded, saved beside the history with every change. Reading
 * 1,000 contracts from storage takes the worker 80–140 ms; reading this takes a few, so the popup paints from it
 * and asks the worker for the whole state after (docs/performance.md).
 */
export interface PopupSnapshot {
  version: number;
  /** The UTC day it was made on: the popup uses it that day only, since warnings count days. */
  day: string;
  /** How many contracts the history holds; the snapshot carries only those the popup lists first. */
  contractCount: number;
  state: Omit<State, 'problems'>;
}

export function popupSnapshot(history: History, now: string): PopupSnapshot {
  const all = Object.values(history.contracts);
  const contracts = contractsInListOrder(all).slice(0, FIRST_CONTRACTS_SHOWN);
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
