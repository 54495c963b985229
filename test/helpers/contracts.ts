import { emptyHistory } from '../../src/core/history/empty';
import type { Contract } from '../../src/core/schema/contract';
import type { History, StoredContract } from '../../src/core/schema/history';

let next = 1;

/** A contract with every field unknown but the ones given; ids are unique unless given. */
export function contract(fields: Partial<Contract>): Contract {
  return {
    id: `c${next++}`,
    title: null,
    clientId: `client-${next}`,
    clientName: null,
    kind: 'fixed',
    status: 'ended',
    startedAt: '2026-01-01',
    endedAt: null,
    lastActivityAt: null,
    earnings: 500,
    feedbackReceived: null,
    feedbackGiven: null,
    endedBy: null,
    ...fields,
  };
}

/** `n` ended contracts with the same fields. */
export function many(n: number, fields: Partial<Contract>): Contract[] {
  return Array.from({ length: n }, () => contract(fields));
}

/** A contract as the store keeps it, seen at `seenAt`. */
export function storedContract(
  fields: Partial<Contract>,
  seenAt = '2026-11-25T12:00:00.000Z',
): StoredContract {
  return { ...contract(fields), firstSeenAt: seenAt, lastSeenAt: seenAt, userFields: [] };
}

/** An empty history holding these contracts. */
export function historyWith(...contracts: StoredContract[]): History {
  return { ...emptyHistory(), contracts: Object.fromEntries(contracts.map((c) => [c.id, c])) };
}
