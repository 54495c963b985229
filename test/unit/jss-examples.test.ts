import { describe, expect, it } from 'vitest';
import { project } from '../../src/core/jss';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { addDays } from '../../src/core/time';
import { contract, many } from '../helpers/contracts';

/** Every example of ../shared/jss-model.md (version 2), under both rule sets. */
const NOW = '2026-11-25';
const current = DEFAULT_SETTINGS;
const legacy = { ...DEFAULT_SETTINGS, jssRules: 'legacy' as const };
/** Ended in the last 6 months, $200 and a month long: weight 1 under both rule sets. */
const small = {
  startedAt: '2026-08-01',
  endedAt: '2026-09-01',
  lastActivityAt: '2026-09-01',
  earnings: 200,
};

describe('10 contracts: 8 with 5.0, one 3.0, one with $0', () => {
  const contracts = () => [
    ...many(8, { ...small, feedbackReceived: 5 }),
    contract({ ...small, feedbackReceived: 3, clientId: 'picky' }),
    contract({ ...small, earnings: 0 }),
  ];

  it('current: every weight is 1 → S=8, N=2, T=10 → 60%, from the one 24-month window', () => {
    const p = project({ contracts: contracts() }, NOW, current);
    expect(p).toMatchObject({ rules: 'current', projected: 60, bestWindow: 24 });
    expect(Object.keys(p.windows)).toEqual(['24']);
    expect(p.windows['24']).toMatchObject({
      successful: 8,
      negative: 2,
      total: 10,
      weighted: { successful: 8, negative: 2, neutral: 0, total: 10 },
    });
    expect(Object.values(p.outcomes).map((o) => o.weight)).toEqual(Array(10).fill(1));
  });

  it('legacy: 60% too, the 6-month window winning the tie', () => {
    const p = project({ contracts: contracts() }, NOW, legacy);
    expect(p).toMatchObject({ rules: 'legacy', projected: 60, bestWindow: 6 });
    expect(Object.keys(p.windows)).toEqual(['6', '12', '24']);
  });

  it.each([
    ['current', current],
    ['legacy', legacy],
  ])(
    '%s: the 3.0 from a client who gave 2.0, 2.5 and 3.0 to others is excluded → S=8, N=1, T=9 → 78%',
    (_, s) => {
      const list = contracts();
      const p = project({ contracts: list, clients: { picky: { ratingsGiven: [2, 2.5, 3] } } }, NOW, s);
      expect(p.projected).toBe(78);
      expect(p.outcomes[list[8]?.id ?? '']).toEqual({
        outcome: 'excluded',
        reason: '3.0 feedback, but client rates everyone low',
        weight: 1,
      });
    },
  );
});

describe('3 small five-star contracts and one 2.0 at $5,000 over 7 months', () => {
  const big = contract({
    startedAt: '2026-02-01',
    endedAt: '2026-09-01',
    lastActivityAt: '2026-09-01',
    earnings: 5000,
    feedbackReceived: 2,
  });
  const contracts = [...many(3, { ...small, feedbackReceived: 5 }), big];

  it('current: the big one weighs 1.5 + 2 = 3.5 → S=3, N=3.5, T=6.5 → 0%', () => {
    const p = project({ contracts }, NOW, current);
    expect(p.outcomes[big.id]).toMatchObject({ outcome: 'negative', weight: 3.5 });
    expect(p.windows['24']?.weighted).toEqual({ successful: 3, negative: 3.5, neutral: 0, total: 6.5 });
    expect(p.projected).toBe(0);
  });

  it('legacy: S=3, N=1, T=4 < 5 → no score', () => {
    const p = project({ contracts }, NOW, legacy);
    expect(p.outcomes[big.id]).toMatchObject({ outcome: 'negative', weight: 1 });
    expect(p.projected).toBeNull();
    expect(p.bestWindow).toBeNull();
  });
});

describe('2 five-star contracts', () => {
  it('current: from the same client → fewer than 2 clients → no score; from two clients → 100%', () => {
    const same = many(2, { ...small, feedbackReceived: 5, clientId: 'one' });
    expect(project({ contracts: same }, NOW, current).projected).toBeNull();
    const two = [
      contract({ ...small, feedbackReceived: 5, clientId: 'one' }),
      contract({ ...small, feedbackReceived: 5, clientId: 'two' }),
    ];
    expect(project({ contracts: two }, NOW, current)).toMatchObject({ projected: 100, bestWindow: 24 });
  });

  it('legacy: too few outcomes either way (2 < 5)', () => {
    const two = many(2, { ...small, feedbackReceived: 5 });
    expect(project({ contracts: two }, NOW, legacy).projected).toBeNull();
  });
});

describe('an hourly contract started 200 days ago with $3,000 earned and no feedback', () => {
  const hourly = (lastPaidDaysAgo: number) =>
    contract({
      kind: 'hourly',
      status: 'active',
      startedAt: addDays(NOW, -200),
      endedAt: null,
      lastActivityAt: addDays(NOW, -lastPaidDaysAgo),
      earnings: 3000,
    });

  it('last paid 10 days ago: successful (long-term), weighing 1.5 + 2 = 3.5 under current, 1 under legacy', () => {
    const c = hourly(10);
    expect(project({ contracts: [c] }, NOW, current).outcomes[c.id]).toEqual({
      outcome: 'successful',
      reason: 'hourly, paid over 190 days',
      weight: 3.5,
    });
    expect(project({ contracts: [c] }, NOW, legacy).outcomes[c.id]).toMatchObject({
      outcome: 'successful',
      weight: 1,
    });
  });

  it('last paid 120 days ago: stale, dated at its last activity, ended without feedback → excluded (current)', () => {
    const c = hourly(120);
    const p = project({ contracts: [c, ...many(2, { ...small, feedbackReceived: 5 })] }, NOW, current);
    expect(p.outcomes[c.id]).toMatchObject({ outcome: 'excluded' });
    expect(p.outcomes[c.id]?.reason).toContain(`quiet since ${addDays(NOW, -120)}`);
    expect(p.projected).toBe(100);
  });

  it('legacy: the stale one is excluded or neutral by the no-feedback share', () => {
    const c = hourly(120);
    // With 5 five-star contracts: 1 of 6 ended lacks feedback (≤ 1/3) → excluded → 100%.
    const withRated = project({ contracts: [c, ...many(5, { ...small, feedbackReceived: 5 })] }, NOW, legacy);
    expect(withRated.outcomes[c.id]?.outcome).toBe('excluded');
    expect(withRated.projected).toBe(100);
    // With 3 five-star contracts and a second silent one: 2 of 5 ended lack feedback (allowed 1) → the older, the
    // stale one, counts as neutral.
    const other = contract({ ...small });
    const crowded = project(
      { contracts: [c, other, ...many(3, { ...small, feedbackReceived: 5 })] },
      NOW,
      legacy,
    );
    expect(crowded.outcomes[c.id]?.outcome).toBe('neutral');
    expect(crowded.outcomes[other.id]?.outcome).toBe('excluded');
  });
});
