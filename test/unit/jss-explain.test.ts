import { describe, expect, it } from 'vitest';
import { explainOutcome } from '../../src/core/jss';
import type { JssObservation } from '../../src/core/schema/history';
import { topRatedStanding } from '../../src/core/top-rated';

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

describe('the Top Rated standing', () => {
  const now = '2026-11-25T12:00:00Z';

  it('counts 16 of 16 weeks for a score at 95% seen 20 weeks ago and never below since', () => {
    // One observation 140 days back holds for every one of the last 16 Saturdays.
    expect(topRatedStanding([seen(95, '2026-07-08T00:00:00Z')], now, 90)).toEqual({
      weeksAtLine: 16,
      weeksBelow: 0,
      weeksUnknown: 0,
      status: 'safe',
    });
  });

  it('is at risk after three weeks under the line and lost after four', () => {
    // 95% 20 weeks ago, 85% on Friday Nov 6: the Saturdays Nov 7, 14 and 21 see 85% → 3 below, 13 possible.
    const three = [seen(95, '2026-07-08T00:00:00Z'), seen(85, '2026-11-06T00:00:00Z')];
    expect(topRatedStanding(three, now, 90)).toMatchObject({
      weeksAtLine: 13,
      weeksBelow: 3,
      status: 'at-risk',
    });
    // 85% on Friday Oct 30: the Saturdays Oct 31 to Nov 21 see it → 4 below, 12 possible < 13.
    const four = [seen(95, '2026-07-08T00:00:00Z'), seen(85, '2026-10-30T00:00:00Z')];
    expect(topRatedStanding(four, now, 90)).toMatchObject({ weeksAtLine: 12, weeksBelow: 4, status: 'lost' });
  });

  it('counts each week on its Saturday: a score first seen on a Sunday waits for the next one', () => {
    // First seen on Sunday Nov 15: Saturday Nov 21 is the only count with a score; the 15 before are not held against.
    expect(topRatedStanding([seen(92, '2026-11-15T00:00:00Z')], now, 90)).toEqual({
      weeksAtLine: 1,
      weeksBelow: 0,
      weeksUnknown: 15,
      status: 'safe',
    });
    // Seen late on Saturday Nov 14 (UTC): that Saturday counts it too.
    expect(topRatedStanding([seen(92, '2026-11-14T23:30:00Z')], now, 90)).toMatchObject({ weeksAtLine: 2 });
    // A drop seen on Sunday Nov 22 is not yet counted on Wednesday (the last count, Saturday Nov 21, saw 95%), but
    // the latest score is under the line: at risk.
    const dropped = [seen(95, '2026-07-08T00:00:00Z'), seen(85, '2026-11-22T09:00:00Z')];
    expect(topRatedStanding(dropped, now, 90)).toMatchObject({
      weeksAtLine: 16,
      weeksBelow: 0,
      status: 'at-risk',
    });
    // On a Saturday, that day's count is in: the score seen that morning counts.
    expect(topRatedStanding(dropped, '2026-11-28T12:00:00Z', 90)).toMatchObject({
      weeksAtLine: 15,
      weeksBelow: 1,
    });
  });

  it('is unknown before any score was seen', () => {
    expect(topRatedStanding([], now, 90)).toMatchObject({ weeksUnknown: 16, status: 'unknown' });
  });
});
