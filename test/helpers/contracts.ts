import type { Contract } from '../../src/core/schema/contract';

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
