import { describe, expect, it } from 'vitest';
import { monthsBefore, project } from '../../src/core/jss';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const S = { ...DEFAULT_SETTINGS, jssRules: 'legacy' as const };

import { contract, many } from '../helpers/contracts';

const NOW = '2026-11-25';
const recent = { endedAt: '2026-09-01' };

describe('legacy: the unweighted windows of version 1', () => {
  it('8 five-star, one 3.0 and one $0 contract in 6 months: (8 − 2) / 10 = 60%', () => {
    const contracts = [
      ...many(8, { ...recent, feedbackReceived: 5 }),
      contract({ ...recent, feedbackReceived: 3 }),
      contract({ ...recent, earnings: 0 }),
    ];
    const p = project({ contracts }, NOW, S);
    expect(p.projected).toBe(60);
    expect(p.windows['6']).toMatchObject({ successful: 8, negative: 2, neutral: 0, total: 10 });
  });

  it('the 3.0 from a client who gave 2.0, 2.5 and 3.0 to others is excluded: (8 − 1) / 9 = 78%', () => {
    const harsh = contract({ ...recent, feedbackReceived: 3, clientId: 'harsh' });
    const contracts = [
      ...many(8, { ...recent, feedbackReceived: 5 }),
      harsh,
      contract({ ...recent, earnings: 0 }),
    ];
    const p = project({ contracts, clients: { harsh: { ratingsGiven: [2, 2.5, 3] } } }, NOW, S);
    expect(p.projected).toBe(78);
    expect(p.outcomes[harsh.id]).toMatchObject({
      outcome: 'excluded',
      reason: '3.0 feedback, but client rates everyone low',
    });
  });

  it('3 of 9 without feedback are left out (100%); a 4th of 10 makes the oldest neutral: 6 / 7 = 86%', () => {
    const rated = many(6, { ...recent, feedbackReceived: 5 });
    const silent = [contract({ endedAt: '2026-07-01' }), ...many(2, { endedAt: '2026-08-01' })];
    expect(project({ contracts: [...rated, ...silent] }, NOW, S).projected).toBe(100);
    const oldest = contract({ endedAt: '2026-06-15' });
    const p = project({ contracts: [...rated, ...silent, oldest] }, NOW, S);
    expect(p.projected).toBe(86);
    expect(p.outcomes[oldest.id]?.outcome).toBe('neutral');
    expect(silent.map((c) => p.outcomes[c.id]?.outcome)).toEqual(['excluded', 'excluded', 'excluded']);
  });

  it('4 five-star contracts are too few for a score', () => {
    const p = project({ contracts: many(4, { ...recent, feedbackReceived: 5 }) }, NOW, S);
    expect(p.projected).toBeNull();
    expect(p.range).toEqual({ low: null, high: null });
  });
});

describe('windows', () => {
  it('keeps a contract in the 6-month window until the day after it is six months old', () => {
    // Ended 2026-05-25; on 2026-11-25 it is exactly six months old and still counts; on 2026-11-26 it does not.
    const contracts = [
      contract({ endedAt: '2026-05-25', earnings: 0 }),
      ...many(5, { ...recent, feedbackReceived: 5 }),
    ];
    expect(project({ contracts }, '2026-11-25', S).windows['6']?.negative).toBe(1);
    expect(project({ contracts }, '2026-11-26', S).windows['6']?.negative).toBe(0);
  });

  it('counts calendar months, clamping to the end of a shorter month', () => {
    expect(monthsBefore('2026-08-31', 6)).toBe('2026-02-28');
    expect(monthsBefore('2026-03-15', 24)).toBe('2024-03-15');
    expect(monthsBefore('2026-01-10', 1)).toBe('2025-12-10');
  });

  it('shows the best window: old bad contracts weigh on 24 months but not on the last 6', () => {
    // 6 months: 5 five-star → 100%. 24 months: those 5 and 5 with $0 in 2025 → (5 − 5) / 10 = 0%.
    const contracts = [
      ...many(5, { ...recent, feedbackReceived: 5 }),
      ...many(5, { endedAt: '2025-06-01', earnings: 0 }),
    ];
    const p = project({ contracts }, NOW, S);
    expect(p.windows['24']?.score).toBe(0);
    expect(p).toMatchObject({ projected: 100, bestWindow: 6 });
  });

  it('never goes below 0%', () => {
    const contracts = [
      ...many(1, { ...recent, feedbackReceived: 5 }),
      ...many(5, { ...recent, earnings: 0 }),
    ];
    expect(project({ contracts }, NOW, S).projected).toBe(0);
  });
});

describe('outcomes', () => {
  it('counts a long-running hourly contract with earnings as successful, a newer one not yet', () => {
    // Started 2026-07-01: 147 days by Nov 25 ≥ 90. Started 2026-10-01: 55 days, still open → left out.
    const long = contract({ kind: 'hourly', status: 'active', startedAt: '2026-07-01', earnings: 2000 });
    const young = contract({ kind: 'hourly', status: 'active', startedAt: '2026-10-01', earnings: 900 });
    const p = project({ contracts: [long, young, ...many(4, { ...recent, feedbackReceived: 5 })] }, NOW, S);
    expect(p.outcomes[long.id]).toMatchObject({
      outcome: 'successful',
      reason: 'hourly, paid over 147 days',
    });
    expect(p.outcomes[young.id]).toMatchObject({ outcome: 'excluded', reason: 'still open' });
  });

  it('counts a repeat client’s paid contract without feedback as successful', () => {
    const firstJob = contract({
      clientId: 'loyal',
      startedAt: '2026-02-01',
      endedAt: '2026-03-01',
      feedbackReceived: 5,
    });
    const again = contract({ clientId: 'loyal', startedAt: '2026-06-01', endedAt: '2026-08-01' });
    expect(project({ contracts: [firstJob, again] }, NOW, S).outcomes[again.id]?.outcome).toBe('successful');
  });

  it('discounts poor feedback from a client freelancers rate under 3.0 over 3+ reviews', () => {
    const bad = contract({ ...recent, feedbackReceived: 2, clientId: 'flagged' });
    const p = project({ contracts: [bad], clients: { flagged: { rating: 2.4, reviews: 11 } } }, NOW, S);
    expect(p.outcomes[bad.id]).toMatchObject({
      outcome: 'excluded',
      reason: '2.0 feedback, but client is poorly rated by freelancers',
    });
  });

  it('counts middling feedback as neutral: 4 five-star and one 4.2 → (4 − 0) / 5 = 80%', () => {
    const contracts = [
      ...many(4, { ...recent, feedbackReceived: 5 }),
      contract({ ...recent, feedbackReceived: 4.2 }),
    ];
    expect(project({ contracts }, NOW, S).projected).toBe(80);
  });

  it('leaves out a contract whose end date or earnings are unknown rather than guessing', () => {
    const noDate = contract({ endedAt: null, status: 'ended', earnings: 0 });
    const noEarnings = contract({ ...recent, earnings: null });
    const p = project({ contracts: [noDate, noEarnings] }, NOW, S);
    expect(p.outcomes[noEarnings.id]).toMatchObject({ outcome: 'excluded', reason: 'earnings unknown' });
    expect(p.outcomes[noDate.id]).toBeUndefined();
  });
});

describe('range, risks and actions', () => {
  it('gives the range private feedback allows', () => {
    // 3 × 5.0, 1 × 4.7, 1 × 4.2. Expected: S=4, neutral 1 → 80%. Low: the 4.7 success becomes neutral and the 4.2
    // neutral becomes negative → (3 − 1) / 5 = 40%. High: the neutral becomes successful → 100%.
    const contracts = [
      ...many(3, { ...recent, feedbackReceived: 5 }),
      contract({ ...recent, feedbackReceived: 4.7 }),
      contract({ ...recent, feedbackReceived: 4.2 }),
    ];
    const p = project({ contracts }, NOW, S);
    expect([p.range.low, p.projected, p.range.high]).toEqual([40, 80, 100]);
  });

  it('flags an open contract idle for 30+ days with the score if it were closed now', () => {
    // 5 five-star + an active $0 contract idle since Oct 12 (44 days). Closed now it ends with $0: (5 − 1) / 6 = 67%.
    const idle = contract({
      status: 'active',
      startedAt: '2026-07-01',
      lastActivityAt: '2026-10-12',
      earnings: 0,
    });
    const p = project({ contracts: [...many(5, { ...recent, feedbackReceived: 5 }), idle] }, NOW, S);
    expect(p.projected).toBe(100);
    expect(p.atRisk).toEqual([{ id: idle.id, daysInactive: 44, projectedIfClosedNow: 67 }]);
  });

  it('ranks the actions by how much they would raise the projection', () => {
    // 4 × 5.0, one 3.0, one no-feedback ended contract: (4 − 1) / 5 = 60%. Five stars on the no-feedback one →
    // (5 − 1) / 6 = 67%. Ending the open paid contract with five stars → also 67%; an unpaid open one → 67%.
    const silent = contract({ ...recent });
    const open = contract({
      status: 'active',
      startedAt: '2026-11-01',
      lastActivityAt: '2026-11-20',
      earnings: 300,
    });
    const contracts = [
      ...many(4, { ...recent, feedbackReceived: 5 }),
      contract({ ...recent, feedbackReceived: 3 }),
      silent,
      open,
    ];
    const p = project({ contracts }, NOW, S);
    expect(p.projected).toBe(60);
    expect(p.actions).toEqual(
      expect.arrayContaining([
        { contractId: silent.id, action: 'Ask the client to leave feedback', projectedAfter: 67 },
        {
          contractId: open.id,
          action: 'Ask the client to end the contract and leave feedback',
          projectedAfter: 67,
        },
      ]),
    );
  });
});

describe('next update and calibration', () => {
  const jss = (value: number, observedAt: string, projected?: number) => ({
    value,
    badges: [],
    observedAt,
    projected,
  });

  it('is unknown until the score has been seen to change, then every 14 days from that change', () => {
    expect(project({ contracts: [], jss: [jss(90, '2026-10-01T08:00:00Z')] }, NOW, S).nextUpdate).toBeNull();
    const seen = [jss(90, '2026-10-01T08:00:00Z'), jss(92, '2026-11-05T08:00:00Z')];
    // Changed on Nov 5: updates on Nov 19, Dec 3 … the next after Nov 25 is Dec 3.
    expect(project({ contracts: [], jss: seen }, NOW, S).nextUpdate).toBe('2026-12-03');
  });

  it('says how far the model was off the last time a score was seen', () => {
    const seen = [jss(90, '2026-10-01T08:00:00Z', 93), jss(88, '2026-11-05T08:00:00Z', 91)];
    expect(project({ contracts: [], jss: seen }, NOW, S).calibration).toMatchObject({
      observedAt: '2026-11-05T08:00:00Z',
      observed: 88,
      projected: 91,
      error: -3,
    });
  });
});
