import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../src/core/time';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

describe('daysBetween (how long a contract has run or been quiet)', () => {
  it('counts calendar days across leap days and year ends, as the calendar does', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-11-25', '2026-08-27')).toBe(-90);
  });

  it('agrees with Date for any two dates between 1900 and 2200, and for timestamps', () => {
    const date = fc.integer({ min: Date.UTC(1900, 0, 1) / DAY, max: Date.UTC(2200, 0, 1) / DAY });
    fc.assert(
      fc.property(date, date, (a, b) => {
        const expected = b - a;
        expect(daysBetween(day(a * DAY), day(b * DAY))).toBe(expected);
      }),
    );
    expect(daysBetween('2026-11-01T23:00:00Z', '2026-11-02T01:00:00Z')).toBe(0);
  });

  it('says "not a number" for a date that does not exist, rather than a count of days', () => {
    expect(daysBetween('2026-01-01', '2026-13-01')).toBeNaN();
    expect(daysBetween('2026-00-10', '2026-01-01')).toBeNaN();
  });
});
