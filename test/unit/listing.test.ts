// The order the popup lists contracts in, and its first few picked without sorting them all (the popup's snapshot).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractsInListOrder, firstInListOrderSteps } from '../../src/core/history/listing';
import type { StoredContract } from '../../src/core/schema/history';
import { runAtOnce } from '../../src/core/steps';
import { storedContract } from '../helpers/contracts';

/** Contracts whose statuses and dates repeat often, so that ties are the rule: their order must hold as well. */
const contracts = fc
  .array(
    fc.record({
      status: fc.constantFrom('active', 'paused', 'unknown', 'ended', null),
      ended: fc.option(fc.constantFrom('2026-01-05', '2026-03-01', '2026-03-02'), { nil: null }),
      active: fc.option(fc.constantFrom('2026-01-05', '2026-03-01'), { nil: null }),
    }),
    { maxLength: 60 },
  )
  .map((rows) =>
    rows.map(
      (row, i): StoredContract =>
        storedContract({ id: `c${i}`, status: row.status, endedAt: row.ended, lastActivityAt: row.active }),
    ),
  );

describe('the popup’s contract list', () => {
  it('shows as its first few exactly the first of the whole list, ties in the same order', () => {
    fc.assert(
      fc.property(contracts, fc.integer({ min: 0, max: 20 }), (list, count) => {
        const ids = (shown: StoredContract[]) => shown.map((c) => c.id);
        expect(ids(runAtOnce(firstInListOrderSteps(list, count)))).toEqual(
          ids(contractsInListOrder(list).slice(0, count)),
        );
      }),
      { numRuns: 500 },
    );
  });
});
