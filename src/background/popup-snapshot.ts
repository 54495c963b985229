import { dict, own } from '../core/dict';
import { contractListSteps } from '../core/history/contract-list';
import { FIRST_CONTRACTS_SHOWN, firstInListOrderSteps, RECENT_JOBS_SHOWN } from '../core/history/listing';
import type { PopupSnapshot, State } from '../core/replies';
import type { History, StoredClient } from '../core/schema/history';
import { runAtOnce, type Steps } from '../core/steps';
import { SNAPSHOT_KEY, SNAPSHOT_VERSION } from '../core/storage-keys';
import { isoDay } from '../core/time';
import { stateInTurns, stateOf } from './state';
import { runInTurns } from './turns';

/** The popup's first view of `history` at `now`, from the state made of it (made at once when not given). */
export function popupSnapshot(
  history: History,
  now: string,
  made: Omit<State, 'problems'> = stateOf(history, now),
): PopupSnapshot {
  return runAtOnce(popupSnapshotSteps(history, now, made));
}

/** `popupSnapshot` in steps: the contracts' list and the first of them (listing.ts) are passes over all of them. */
function* popupSnapshotSteps(
  history: History,
  now: string,
  made: Omit<State, 'problems'>,
): Steps<PopupSnapshot> {
  const all = yield* contractListSteps(history);
  const contracts = yield* firstInListOrderSteps(all, FIRST_CONTRACTS_SHOWN);
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
  const made = await stateInTurns(history, now);
  return { [SNAPSHOT_KEY]: await runInTurns(popupSnapshotSteps(history, now, made)) };
}
