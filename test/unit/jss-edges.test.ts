import { describe, expect, it } from 'vitest';
import { project } from '../../src/core/jss';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const S = { ...DEFAULT_SETTINGS, jssRules: 'legacy' as const };

import { contract, many } from '../helpers/contracts';

const NOW = '2026-11-25';
const recent = { endedAt: '2026-09-01' };
const fiveStars = () => many(5, { ...recent, feedbackReceived: 5 });

describe('harsh and flagged clients, at the thresholds', () => {
  it('does not call a client harsh on only two low ratings: the 2.0 counts against', () => {
    // 5 × 5.0 + one 2.0 from a client who gave 1.0 and 2.0 (2 ratings < harshMinRatings 3) → (5 − 1) / 6 = 67%.
    const bad = contract({ ...recent, feedbackReceived: 2, clientId: 'picky' });
    const p = project(
      { contracts: [...fiveStars(), bad], clients: { picky: { ratingsGiven: [1, 2] } } },
      NOW,
      S,
    );
    expect(p.outcomes[bad.id]?.outcome).toBe('negative');
    expect(p.projected).toBe(67);
  });

  it('does not call a client harsh whose ratings average exactly 3.5', () => {
    // 3.0, 3.5, 4.0 average 3.5, not below harshAverage 3.5 → the 2.0 counts: (5 − 1) / 6 = 67%.
    const bad = contract({ ...recent, feedbackReceived: 2, clientId: 'fair' });
    const clients = { fair: { ratingsGiven: [3, 3.5, 4] } };
    expect(project({ contracts: [...fiveStars(), bad], clients }, NOW, S).projected).toBe(67);
  });

  it('needs at least 3 reviews before a poorly rated client is flagged', () => {
    // Rated 2.0 by freelancers but over 2 reviews only → the 3.0 feedback counts against: (5 − 1) / 6 = 67%.
    const bad = contract({ ...recent, feedbackReceived: 3, clientId: 'new' });
    const clients = { new: { rating: 2, reviews: 2 } };
    expect(project({ contracts: [...fiveStars(), bad], clients }, NOW, S).projected).toBe(67);
  });

  it('finds the client by name when the contract has no client id', () => {
    // The client record is keyed by an id the contract lacks; its name matches → harsh → excluded: 5 / 5 = 100%.
    const bad = contract({ ...recent, feedbackReceived: 1, clientId: null, clientName: 'Acme Ltd' });
    const clients = { 'acme-key': { name: 'Acme Ltd', ratingsGiven: [1, 2, 2.5] } };
    const p = project({ contracts: [...fiveStars(), bad], clients }, NOW, S);
    expect(p.outcomes[bad.id]).toMatchObject({
      outcome: 'excluded',
      reason: '1.0 feedback, but client rates everyone low',
    });
    expect(p.projected).toBe(100);
  });
});

describe('thresholds come from settings', () => {
  it('a 4.4 is neutral by default and successful when successfulAtLeast is lowered to 4.4', () => {
    // Default: 4 × 5.0 + 4.4 neutral → (4 − 0) / 5 = 80%. With 4.4 as the success line → 5 / 5 = 100%.
    const contracts = [
      ...many(4, { ...recent, feedbackReceived: 5 }),
      contract({ ...recent, feedbackReceived: 4.4 }),
    ];
    expect(project({ contracts }, NOW, S).projected).toBe(80);
    expect(project({ contracts }, NOW, { ...S, successfulAtLeast: 4.4 }).projected).toBe(100);
  });

  it('gives a score from 3 outcomes when minOutcomes is 3', () => {
    // 3 × 5.0: T = 3 < 5 → none by default; with minOutcomes 3 → 100%.
    const contracts = many(3, { ...recent, feedbackReceived: 5 });
    expect(project({ contracts }, NOW, S).projected).toBeNull();
    expect(project({ contracts }, NOW, { ...S, jssRules: 'legacy', legacyMinOutcomes: 3 }).projected).toBe(
      100,
    );
  });
});

describe('open contracts', () => {
  it('leaves out a young open contract, and says an idle paid one would be left out if closed now', () => {
    // 5 × 5.0 + an active hourly contract started Oct 1 (55 days < 90), $300, idle since Oct 1 (55 days ≥ 30).
    // Open and not long-term → excluded now; closed now with earnings and no feedback → still excluded → 100%.
    const idle = contract({
      status: 'active',
      kind: 'hourly',
      startedAt: '2026-10-01',
      endedAt: null,
      lastActivityAt: '2026-10-01',
      earnings: 300,
    });
    const p = project({ contracts: [...fiveStars(), idle] }, NOW, S);
    expect(p.outcomes[idle.id]?.outcome).toBe('excluded');
    expect(p.atRisk).toEqual([{ id: idle.id, daysInactive: 55, projectedIfClosedNow: 100 }]);
  });
});
