import { describe, expect, it } from 'vitest';
import {
  parseCount,
  parseDate,
  parseDecimal,
  parseMoney,
  parseMonth,
  parsePercent,
  parseStars,
} from '../../src/pages/text';

describe('reading Upwork numbers', () => {
  it('reads money as Upwork abbreviates it', () => {
    expect(parseMoney('$11K total spent')).toBe(11_000);
    expect(parseMoney('$1.2M')).toBe(1_200_000);
    expect(parseMoney('$10K+')).toBe(10_000);
    expect(parseMoney('$7.8K')).toBe(7_800);
    expect(parseMoney('$699')).toBe(699);
    expect(parseMoney('Billed: $786.66')).toBe(786.66);
    expect(parseMoney('$1,024.50')).toBe(1024.5);
    expect(parseMoney('$0')).toBe(0);
  });

  it('says unknown rather than inventing money', () => {
    expect(parseMoney('total spent')).toBeNull();
    expect(parseMoney('')).toBeNull();
    expect(parseMoney(null)).toBeNull();
  });

  it('reads counts, decimals and percentages', () => {
    expect(parseCount('1,024 hires')).toBe(1024);
    expect(parseCount('86,795')).toBe(86_795);
    expect(parseCount('no hires')).toBeNull();
    expect(parseDecimal('2\n   hours')).toBe(2);
    expect(parseDecimal('157.5 hours')).toBe(157.5);
    expect(parsePercent('68% hire rate, 1 open job')).toBe(68);
    expect(parsePercent('150% hire rate')).toBeNull();
  });

  it('reads ratings only in the 0–5 range', () => {
    expect(parseStars('4.28 of 7 reviews')).toBe(4.28);
    expect(parseStars(' Rating is 4.3 out of 5. ')).toBe(4.3);
    expect(parseStars('9.9')).toBeNull();
  });

  it('reads dates and months, rejecting impossible ones', () => {
    expect(parseDate('Member since Jul 7, 2014')).toBe('2014-07-07');
    expect(parseDate('Started September 30, 2025')).toBe('2025-09-30');
    expect(parseDate('Feb 31, 2024')).toBeNull();
    expect(parseDate('Member since')).toBeNull();
    expect(parseMonth('Apr 2025 - Jul 2025')).toBe('2025-04');
    expect(parseMonth('Smarch 2025')).toBeNull();
  });
});
