import { describe, expect, it } from 'vitest';
import { parseReceived } from '../../src/pages/received-time';

// 12:00 UTC on Nov 25, 2026 is 07:00 in New York, 17:30 in Kolkata, and 01:00 on Nov 26 in Auckland (NZDT).
const NOW = '2026-11-25T12:00:00.000Z';
const at = (text: string, timeZone: string, now = NOW) => parseReceived(text, { now, timeZone });

describe('reading the local times Upwork shows', () => {
  it('reads the same words as different instants in different time zones', () => {
    expect(at('Nov 24, 2026 9:30 PM', 'America/New_York')).toEqual({
      receivedAt: '2026-11-25T02:30:00.000Z',
      precision: 'minute',
    });
    expect(at('Nov 24, 2026 9:30 PM', 'Asia/Kolkata')?.receivedAt).toBe('2026-11-24T16:00:00.000Z');
    expect(at('Nov 24, 2026 9:30 PM', 'UTC')?.receivedAt).toBe('2026-11-24T21:30:00.000Z');
  });

  it('counts "today" and "yesterday" in the freelancer’s zone, where the date may differ from UTC', () => {
    // In Auckland it is already Nov 26: "yesterday" is Nov 25 there, which began at 11:00 UTC on Nov 24.
    expect(at('Yesterday', 'Pacific/Auckland')).toEqual({
      receivedAt: '2026-11-24T11:00:00.000Z',
      precision: 'day',
    });
    expect(at('Yesterday 11:40 PM', 'America/New_York')?.receivedAt).toBe('2026-11-25T04:40:00.000Z');
    expect(at('Today at 6:05 AM', 'America/New_York')?.receivedAt).toBe('2026-11-25T11:05:00.000Z');
  });

  it('uses the offset of the date shown, not of today, across a daylight-saving change', () => {
    // Jul 1 in New York is EDT (UTC-4), though Nov 25 is EST (UTC-5).
    expect(at('Jul 1, 2026 9:00 AM', 'America/New_York')?.receivedAt).toBe('2026-07-01T13:00:00.000Z');
    // 2:30 AM on Mar 8, 2026 does not exist in New York (clocks jump 2→3): read an hour early, not dropped.
    expect(at('Mar 8, 2026 2:30 AM', 'America/New_York')?.receivedAt).toBe('2026-03-08T06:30:00.000Z');
  });

  it('reads relative times from the time of reading, with their precision', () => {
    expect(at('5 hours ago', 'Asia/Kolkata')).toEqual({
      receivedAt: '2026-11-25T07:00:00.000Z',
      precision: 'hour',
    });
    expect(at('an hour ago', 'UTC')?.receivedAt).toBe('2026-11-25T11:00:00.000Z');
    expect(at('12 minutes ago', 'UTC')).toEqual({
      receivedAt: '2026-11-25T11:48:00.000Z',
      precision: 'minute',
    });
    expect(at('2 days ago', 'UTC')).toEqual({ receivedAt: '2026-11-23T12:00:00.000Z', precision: 'day' });
    expect(at('just now', 'UTC')?.receivedAt).toBe(NOW);
  });

  it('takes an ISO timestamp with its own offset as exact, whatever the zone', () => {
    expect(at('2026-11-25T10:15:00+01:00', 'Pacific/Auckland')).toEqual({
      receivedAt: '2026-11-25T09:15:00.000Z',
      precision: 'minute',
    });
  });

  it('puts a date without a year in the past year when it would be in the future', () => {
    expect(at('Dec 30 4:00 PM', 'UTC', '2027-01-02T09:00:00.000Z')?.receivedAt).toBe(
      '2026-12-30T16:00:00.000Z',
    );
    expect(at('Nov 24', 'UTC')).toEqual({ receivedAt: '2026-11-24T00:00:00.000Z', precision: 'day' });
  });

  it('says nothing rather than invent a time', () => {
    expect(at('', 'UTC')).toBeNull();
    expect(at('Received', 'UTC')).toBeNull();
    expect(at('Feb 31, 2026', 'UTC')).toBeNull();
    expect(at('Nov 24, 2026 25:10', 'UTC')).toBeNull();
    // An unknown zone name reads as UTC rather than failing the page.
    expect(at('Nov 24, 2026 9:30 PM', 'Mars/Olympus')?.receivedAt).toBe('2026-11-24T21:30:00.000Z');
  });

  it('never dates something after the time of reading', () => {
    expect(at('Today 11:00 PM', 'UTC')?.receivedAt).toBe(NOW);
  });
});
