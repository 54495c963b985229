import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, weighing } from '../../src/core/jss';
import type { Contract } from '../../src/core/schema/contract';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { addDays } from '../../src/core/time';

const NOW = '2026-11-25';

/** Any contract of the last three years: open or ended, any feedback, any earnings, sometimes unknown fields. */
const anyContract = (id: number) =>
  fc
    .record({
      ended: fc.boolean(),
      startAgo: fc.integer({ min: 0, max: 1100 }),
      length: fc.integer({ min: 0, max: 1100 }),
      feedback: fc.option(fc.constantFrom(1, 2, 3, 3.5, 4, 4.2, 4.5, 4.8, 5), { nil: null }),
      earnings: fc.option(fc.constantFrom(0, 50, 250, 251, 400, 1000, 3000, 40_000), { nil: null }),
      hourly: fc.boolean(),
      paused: fc.boolean(),
      client: fc.integer({ min: 0, max: 6 }),
    })
    .map(
      (r): Contract => ({
        id: `p${id}`,
        title: null,
        clientId: `client-${r.client}`,
        clientName: null,
        kind: r.hourly ? 'hourly' : 'fixed',
        status: r.ended ? 'ended' : r.paused ? 'paused' : 'active',
        startedAt: addDays(NOW, -r.startAgo),
        endedAt: r.ended ? addDays(NOW, -Math.max(0, r.startAgo - r.length)) : null,
        lastActivityAt: addDays(NOW, -Math.max(0, r.startAgo - r.length)),
        earnings: r.earnings,
        feedbackReceived: r.feedback,
        feedbackGiven: null,
        endedBy: null,
      }),
    );

const contracts = fc
  .integer({ min: 0, max: 40 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => anyContract(i))))
  .map((list) => [...list]);

const fresh = (fields: Partial<Contract>): Contract => ({
  id: 'added',
  title: null,
  clientId: 'a-new-client',
  clientName: null,
  kind: 'fixed',
  status: 'ended',
  startedAt: addDays(NOW, -20),
  endedAt: NOW,
  lastActivityAt: NOW,
  earnings: 500,
  feedbackReceived: null,
  feedbackGiven: null,
  endedBy: null,
  ...fields,
});

const RUNS = { numRuns: 300 };

const RULE_SETS = [
  ['current', DEFAULT_SETTINGS],
  ['legacy', { ...DEFAULT_SETTINGS, jssRules: 'legacy' as const }],
] as const;

describe.each(RULE_SETS)('projection properties under %s rules', (_, S) => {
  it('every score is a whole number from 0 to 100, or none', () => {
    fc.assert(
      fc.property(contracts, (list) => {
        const p = project({ contracts: list }, NOW, S);
        for (const value of [
          p.projected,
          p.range.low,
          p.range.high,
          ...Object.values(p.windows).map((w) => w.score),
        ]) {
          if (value !== null) expect(Number.isInteger(value) && value >= 0 && value <= 100).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('low ≤ projected ≤ high', () => {
    fc.assert(
      fc.property(contracts, (list) => {
        const { projected, range } = project({ contracts: list }, NOW, S);
        if (projected === null) {
          expect(range).toEqual({ low: null, high: null });
          return;
        }
        expect(range.low ?? -1).toBeLessThanOrEqual(projected);
        expect(range.high ?? 101).toBeGreaterThanOrEqual(projected);
      }),
      RUNS,
    );
  });

  it('adding a 5-star contract never lowers the projection', () => {
    fc.assert(
      fc.property(contracts, (list) => {
        const before = project({ contracts: list }, NOW, S).projected;
        const after = project({ contracts: [...list, fresh({ feedbackReceived: 5 })] }, NOW, S).projected;
        if (before !== null) expect(after ?? -1).toBeGreaterThanOrEqual(before);
      }),
      RUNS,
    );
  });

  it('adding an ended contract with $0 never raises the projection, once every window has a score', () => {
    // Where a window had too few outcomes for a score, one more outcome of any kind can give it its first score,
    // and that may beat the other windows: the model (like Upwork's minimum) allows it, so those cases are skipped.
    fc.assert(
      fc.property(contracts, (list) => {
        const before = project({ contracts: list }, NOW, S);
        fc.pre(Object.values(before.windows).every((w) => w.score !== null));
        const after = project({ contracts: [...list, fresh({ earnings: 0 })] }, NOW, S).projected;
        expect(after ?? -1).toBeLessThanOrEqual(before.projected ?? -1);
      }),
      { ...RUNS, numRuns: 150 },
    );
  });

  it('the order of the contracts changes nothing', () => {
    fc.assert(
      fc.property(contracts, fc.integer(), (list, seed) => {
        const shuffled = [...list].sort(
          (a, b) =>
            ((a.id.length * 31 + seed) % 7) - ((b.id.length * 17 + seed) % 5) ||
            (seed % 2 ? a.id.localeCompare(b.id) : b.id.localeCompare(a.id)),
        );
        const a = project({ contracts: list }, NOW, S);
        const b = project({ contracts: shuffled }, NOW, S);
        expect({ ...b, actions: new Set(b.actions), atRisk: new Set(b.atRisk) }).toEqual({
          ...a,
          actions: new Set(a.actions),
          atRisk: new Set(a.atRisk),
        });
      }),
      RUNS,
    );
  });
});

describe('weights and the two rule sets', () => {
  it('a weight is between 1 and 8, and 1 under legacy', () => {
    fc.assert(
      fc.property(anyContract(0), (c) => {
        const { weight } = weighing(c, NOW, DEFAULT_SETTINGS, 'current');
        expect(weight).toBeGreaterThanOrEqual(1);
        expect(weight).toBeLessThanOrEqual(8);
        expect(weighing(c, NOW, DEFAULT_SETTINGS, 'legacy').weight).toBe(1);
      }),
      RUNS,
    );
  });

  /** Contracts that weigh 1 under `current`: at most $250 and shorter than 91 days from start to last activity. */
  const weightOne = (id: number) =>
    anyContract(id).chain((c) =>
      fc
        .record({
          length: fc.integer({ min: 0, max: 90 }),
          earnings: fc.option(fc.constantFrom(0, 1, 120, 250), { nil: null }),
        })
        .map(({ length, earnings }): Contract => {
          const last = addDays(c.startedAt as string, length);
          const until = last > NOW ? NOW : last;
          return { ...c, earnings, lastActivityAt: until, endedAt: c.status === 'ended' ? until : null };
        }),
    );
  const weightOneHistory = fc
    .integer({ min: 0, max: 30 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => weightOne(i))))
    .map((list) => [...list]);

  it('where every weight is 1, current scores as legacy’s 24-month window wherever both have a score', () => {
    // Legacy's no-feedback share is a rule current does not have: it is switched off here (a share of 1).
    // (Checked while writing: about 190 of the 300 runs have a score under both.)
    const legacy = { ...DEFAULT_SETTINGS, jssRules: 'legacy' as const, noFeedbackShare: 1 };
    fc.assert(
      fc.property(weightOneHistory, (list) => {
        const a = project({ contracts: list }, NOW, DEFAULT_SETTINGS);
        expect(Object.values(a.outcomes).every((o) => o.weight === 1)).toBe(true);
        const b = project({ contracts: list }, NOW, legacy).windows['24']?.score ?? null;
        if (a.projected !== null && b !== null) expect(a.projected).toBe(b);
      }),
      RUNS,
    );
  });
});
