import { describe, expect, it } from 'vitest';
import { explainOutcome, weeksAtTopRated } from '../../src/core/jss';
import type { JssObservation } from '../../src/core/schema/history';

const seen = (value: number, observedAt: string): JssObservation => ({ value, badges: [], observedAt });

describe('explainOutcome', () => {
  it('says in one sentence whether a contract helps, hurts or is left out, and why', () => {
    expect(explainOutcome('negative', 'ended with no earnings')).toBe(
      'Counts against you: ended with no earnings.',
    );
    expect(explainOutcome('excluded', 'earnings unknown')).toBe(
      'Is left out of the score: earnings unknown.',
    );
    expect(explainOutcome('successful', '5.0 feedback')).toBe('Counts for you: 5.0 feedback.');
  });
});

describe('weeksAtTopRated', () => {
  const now = '2026-11-25T12:00:00Z';

  it('counts 16 of 16 weeks for a score at 95% seen 20 weeks ago and never below since', () => {
    // One observation 140 days back holds for every one of the last 16 week-ends.
    expect(weeksAtTopRated([seen(95, '2026-07-08T00:00:00Z')], now, 90)).toEqual({
      weeks: 16,
      possible: 16,
      lost: false,
      atRisk: false,
    });
  });

  it('is at risk after three weeks under the line and lost after four', () => {
    // 95% 20 weeks ago, 85% 16 days ago: the week-ends at 0, 7 and 14 days back see 85% → 3 below, 13 possible.
    const three = [seen(95, '2026-07-08T00:00:00Z'), seen(85, '2026-11-09T00:00:00Z')];
    expect(weeksAtTopRated(three, now, 90)).toMatchObject({
      weeks: 13,
      possible: 13,
      lost: false,
      atRisk: true,
    });
    // 85% 23 days ago: the week-ends at 0, 7, 14 and 21 days back see it → 4 below, 12 possible < 13.
    const four = [seen(95, '2026-07-08T00:00:00Z'), seen(85, '2026-11-02T00:00:00Z')];
    expect(weeksAtTopRated(four, now, 90)).toMatchObject({
      weeks: 12,
      possible: 12,
      lost: true,
      atRisk: true,
    });
  });

  it('does not hold weeks before the first score against the freelancer', () => {
    // First score 10 days ago: only the week-ends 0 and 7 days back have a score.
    expect(weeksAtTopRated([seen(92, '2026-11-15T00:00:00Z')], now, 90)).toMatchObject({
      weeks: 2,
      possible: 16,
    });
  });
});
