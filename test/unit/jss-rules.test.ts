import { describe, expect, it } from 'vitest';
import { project, weighing } from '../../src/core/jss';
import type { Contract } from '../../src/core/schema/contract';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { addDays } from '../../src/core/time';
import { contract, many } from '../helpers/contracts';

/** The rules of jss-model.md version 2 beyond its examples, at their thresholds. */
const NOW = '2026-11-25';
const current = DEFAULT_SETTINGS;
const legacy = { ...DEFAULT_SETTINGS, jssRules: 'legacy' as const };
const small = { startedAt: '2026-08-01', endedAt: '2026-09-01', lastActivityAt: '2026-09-01', earnings: 200 };
const weightOf = (fields: Partial<Contract>) => weighing(contract(fields), NOW, current, 'current').weight;

describe('weights (current)', () => {
  it('bases the weight on earnings: up to $250 is 1, up to $1,000 is 1.25, more is 1.5', () => {
    const short = { startedAt: '2026-09-01', endedAt: '2026-09-30', lastActivityAt: '2026-09-30' };
    expect([0, 1, 250, 251, 1000, 1001, 90_000].map((earnings) => weightOf({ ...short, earnings }))).toEqual([
      1, 1, 1, 1.25, 1.25, 1.5, 1.5,
    ]);
  });

  it('adds one per full 91 days of paid length, up to a weight of 8', () => {
    const paid = (days: number) =>
      weightOf({ startedAt: '2024-01-01', lastActivityAt: addDays('2024-01-01', days), earnings: 200 });
    expect([90, 91, 181, 182, 637, 3 * 365].map(paid)).toEqual([1, 2, 2, 3, 8, 8]);
  });

  it('measures the length to the last activity, the end or today, whichever comes first', () => {
    const started = { startedAt: '2026-01-01', earnings: 2000 };
    // 2026-01-01 → 2026-04-02 is 91 days (+1); → 2026-07-02 is 182 days (+2).
    expect(weightOf({ ...started, lastActivityAt: '2026-04-02', endedAt: '2026-09-01' })).toBe(2.5);
    expect(weightOf({ ...started, lastActivityAt: '2026-09-01', endedAt: '2026-04-02' })).toBe(2.5);
    expect(weightOf({ ...started, lastActivityAt: null, endedAt: '2026-07-02' })).toBe(3.5);
  });

  it('gives length to no contract without earnings, whatever its dates', () => {
    expect(weightOf({ startedAt: '2024-01-01', endedAt: '2026-01-01', earnings: 0 })).toBe(1);
    expect(weightOf({ startedAt: '2024-01-01', endedAt: '2026-01-01', earnings: null })).toBe(1);
  });

  it('takes every number from the settings', () => {
    const c = contract({ startedAt: '2026-01-01', lastActivityAt: '2026-03-02', earnings: 300 });
    const s = { ...current, weightMediumUpTo: 299, weightLarge: 2, weightPeriodDays: 30, maxWeight: 3 };
    expect(weighing(c, NOW, s, 'current')).toEqual({ weight: 3, base: 2, periods: 2, days: 60 });
  });
});

describe('outcomes', () => {
  it.each([
    ['current', current],
    ['legacy', legacy],
  ])('%s: leaves out a $0 contract with feedback of 4.5 or more; with less it counts against', (_, s) => {
    const praised = contract({ ...small, earnings: 0, feedbackReceived: 4.5 });
    const middling = contract({ ...small, earnings: 0, feedbackReceived: 4.4 });
    const p = project(
      { contracts: [praised, middling, ...many(5, { ...small, feedbackReceived: 5 })] },
      NOW,
      s,
    );
    expect(p.outcomes[praised.id]).toMatchObject({
      outcome: 'excluded',
      reason: 'no earnings with 4.5 feedback: left out',
    });
    expect(p.outcomes[middling.id]?.outcome).toBe('negative');
  });

  it('counts an hourly contract as long-term on its paid length, not on its dates', () => {
    // Started Jan 1, ended Sep 1 (243 days), but last paid Feb 15 (45 days): not long-term → no feedback, left out.
    const fields = { kind: 'hourly' as const, startedAt: '2026-01-01', endedAt: '2026-09-01', earnings: 800 };
    const quiet = contract({ ...fields, lastActivityAt: '2026-02-15' });
    const unknownActivity = contract({ ...fields, lastActivityAt: null });
    const p = project({ contracts: [quiet, unknownActivity] }, NOW, current);
    expect(p.outcomes[quiet.id]).toMatchObject({
      outcome: 'excluded',
      reason: 'ended with earnings and no feedback',
    });
    expect(p.outcomes[unknownActivity.id]).toMatchObject({
      outcome: 'successful',
      reason: 'hourly, paid over 243 days',
    });
  });

  it('counts an open contract quiet for more than 90 days as ended on its last activity', () => {
    const open = { status: 'active' as const, startedAt: '2026-05-01', endedAt: null, earnings: 0 };
    const at90 = contract({ ...open, lastActivityAt: addDays(NOW, -90) });
    const at91 = contract({ ...open, lastActivityAt: addDays(NOW, -91) });
    const p = project(
      { contracts: [at90, at91, ...many(2, { ...small, feedbackReceived: 5 })] },
      NOW,
      current,
    );
    expect(p.outcomes[at90.id]).toMatchObject({ outcome: 'excluded', reason: 'still open' });
    expect(p.outcomes[at91.id]).toMatchObject({ outcome: 'negative' });
    expect(p.outcomes[at91.id]?.reason).toContain('ended with no earnings');
    // (2 − 1) / 3 = 33%.
    expect(p.projected).toBe(33);
  });

  it('treats a contract of unknown status (known only from the earnings report) as open', () => {
    const fromReport = (lastActivityAt: string) =>
      contract({
        status: 'unknown',
        startedAt: '2026-05-01',
        lastActivityAt,
        earnings: 400,
      });
    const recent = fromReport(addDays(NOW, -20));
    const stale = fromReport(addDays(NOW, -120));
    const p = project({ contracts: [recent, stale] }, NOW, current);
    expect(p.outcomes[recent.id]).toMatchObject({ outcome: 'excluded', reason: 'still open' });
    expect(p.outcomes[stale.id]?.reason).toContain('ended with earnings and no feedback');
    expect(p.atRisk.map((r) => r.id)).toEqual([stale.id]);
  });
});

describe('scores', () => {
  it('rounds half up: (4 − 3) / 8 = 12.5% shows as 13%', () => {
    const contracts = [
      ...many(4, { ...small, feedbackReceived: 5 }),
      ...many(3, { ...small, earnings: 0 }),
      contract({ ...small, feedbackReceived: 4.2 }),
    ];
    expect(project({ contracts }, NOW, current).projected).toBe(13);
    expect(project({ contracts }, NOW, legacy).projected).toBe(13);
  });

  it('needs minClients different clients under current only', () => {
    const same = many(2, { ...small, feedbackReceived: 5, clientId: 'one' });
    expect(project({ contracts: same }, NOW, { ...current, minClients: 1 }).projected).toBe(100);
    expect(project({ contracts: same }, NOW, { ...legacy, legacyMinOutcomes: 2 }).projected).toBe(100);
  });

  it('gives a range whose high end leaves out every $0 contract, weights included', () => {
    // 3 five-star at $200 (1 each), one 4.7 at $2,000 over a month (1.5), one $0 (1): S=4.5, N=1, T=5.5 → 64%.
    // Low: the 4.7 counts neutral → (3 − 1) / 5.5 = 36%. High: the $0 is left out → 4.5 / 4.5 = 100%.
    const contracts = [
      ...many(3, { ...small, feedbackReceived: 5 }),
      contract({ ...small, earnings: 2000, feedbackReceived: 4.7 }),
      contract({ ...small, earnings: 0 }),
    ];
    const p = project({ contracts }, NOW, current);
    expect([p.range.low, p.projected, p.range.high]).toEqual([36, 64, 100]);
  });
});

describe('risks and updates', () => {
  it('lists open contracts quiet for 30+ days, paused ones too, longest quiet first', () => {
    const quiet = (status: 'active' | 'paused', days: number) =>
      contract({ status, startedAt: '2026-06-01', lastActivityAt: addDays(NOW, -days), earnings: 0 });
    const a = quiet('active', 31);
    const b = quiet('paused', 80);
    const c = quiet('active', 29);
    const d = quiet('active', 45);
    const p = project(
      { contracts: [a, b, c, d, ...many(3, { ...small, feedbackReceived: 5 })] },
      NOW,
      current,
    );
    expect(p.atRisk.map((r) => [r.id, r.daysInactive])).toEqual([
      [b.id, 80],
      [d.id, 45],
      [a.id, 31],
    ]);
    // Closed now with $0, any one of them counts against: (3 − 1) / 4 = 50%.
    expect(p.atRisk.every((r) => r.projectedIfClosedNow === 50)).toBe(true);
  });

  it('expects the next update tomorrow under current, every 14 days from the last change under legacy', () => {
    const jss = [
      { value: 90, badges: [], observedAt: '2026-10-01T08:00:00Z' },
      { value: 92, badges: [], observedAt: '2026-11-05T08:00:00Z' },
    ];
    expect(project({ contracts: [], jss }, NOW, current).nextUpdate).toBe('2026-11-26');
    expect(project({ contracts: [], jss }, NOW, legacy).nextUpdate).toBe('2026-12-03');
  });
});
