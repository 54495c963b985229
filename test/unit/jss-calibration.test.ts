import { describe, expect, it } from 'vitest';
import { mergeObservation } from '../../src/core/history/merge';
import { calibrate, project } from '../../src/core/jss';
import type { JssObservation } from '../../src/core/schema/history';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { NOW, typicalHistory } from '../helpers/histories';

const seen = (
  value: number,
  day: string,
  projections?: { current: number | null; legacy: number | null },
  projected?: number,
): JssObservation => ({ value, badges: [], observedAt: `${day}T08:00:00.000Z`, projections, projected });

describe('calibration against the scores Upwork showed', () => {
  it('says how far the chosen rule set was off the last time, for either rule set', () => {
    const jss = [
      seen(90, '2026-10-01', { current: 93, legacy: 88 }),
      seen(88, '2026-11-05', { current: 91, legacy: 87 }),
    ];
    expect(calibrate(jss, 'current')).toMatchObject({
      rules: 'current',
      observedAt: '2026-11-05T08:00:00.000Z',
      observed: 88,
      projected: 91,
      error: -3,
      earlierModel: false,
    });
    expect(calibrate(jss, 'legacy')).toMatchObject({ rules: 'legacy', projected: 87, error: 1 });
  });

  it('names the other rule set when it has been closer over the last scores, on average and ignoring the sign', () => {
    // Current off by 3 and 3 (mean 3); legacy off by 2 and 1 (mean 1.5).
    const jss = [
      seen(90, '2026-10-01', { current: 93, legacy: 88 }),
      seen(88, '2026-11-05', { current: 91, legacy: 87 }),
    ];
    expect(calibrate(jss, 'current')).toMatchObject({
      compared: { observations: 2, meanError: { current: 3, legacy: 1.5 } },
      closer: 'legacy',
    });
    expect(calibrate(jss, 'legacy')?.closer).toBeNull();
  });

  it('calls neither closer on one score alone, or when both were as far off', () => {
    expect(calibrate([seen(88, '2026-11-05', { current: 91, legacy: 88 })], 'current')?.closer).toBeNull();
    const tie = [
      seen(90, '2026-10-01', { current: 92, legacy: 88 }),
      seen(88, '2026-11-05', { current: 89, legacy: 87 }),
    ];
    expect(calibrate(tie, 'current')?.closer).toBeNull();
  });

  it('compares the last 5 scores that have both projections, no older ones', () => {
    // Six old scores where legacy was far closer, then five where current was: only the last five count.
    const old = [1, 2, 3, 4, 5, 6].map((d) =>
      seen(90, `2026-0${Math.min(d, 9)}-0${d}`, { current: 70, legacy: 90 }),
    );
    const recent = [1, 2, 3, 4, 5].map((d) => seen(90, `2026-10-0${d}`, { current: 90, legacy: 92 }));
    expect(calibrate([...old, ...recent], 'current')).toMatchObject({
      compared: { observations: 5, meanError: { current: 0, legacy: 2 } },
      closer: null,
    });
  });

  it('falls back to the projection kept before version 2, saying it came from the earlier model', () => {
    const jss = [seen(90, '2026-10-01', undefined, 93)];
    expect(calibrate(jss, 'current')).toMatchObject({
      projected: 93,
      error: -3,
      earlierModel: true,
      compared: null,
    });
    expect(calibrate([seen(90, '2026-10-01')], 'current')).toBeNull();
  });

  it('skips a score the chosen rule set had no projection for', () => {
    const jss = [
      seen(90, '2026-10-01', { current: 92, legacy: 91 }),
      seen(88, '2026-11-05', { current: null, legacy: 86 }),
    ];
    expect(calibrate(jss, 'current')).toMatchObject({ observed: 90, projected: 92 });
  });

  it('stores both rule sets’ projections beside a new score seen on Upwork', () => {
    const history = typicalHistory();
    const next = mergeObservation(
      history,
      {
        page: 'profile',
        url: 'https://www.upwork.com/freelancers/~01abc',
        missed: [],
        freelancer: { jss: 80, badges: [] },
      },
      NOW,
    );
    const input = { contracts: Object.values(history.contracts), clients: history.clients, jss: history.jss };
    const current = project(input, NOW, DEFAULT_SETTINGS).projected;
    const legacy = project(input, NOW, { ...DEFAULT_SETTINGS, jssRules: 'legacy' }).projected;
    expect(current).not.toBe(legacy);
    expect(next.jss.at(-1)).toMatchObject({
      value: 80,
      projected: current,
      projections: { current, legacy },
    });
  });
});
