import { describe, expect, it } from 'vitest';
import { waitText } from '../../src/content/invitation-hints';
import type { Invitation } from '../../src/core/schema/habits';
import { DEFAULT_SETTINGS } from '../../src/core/settings';

const NOW = '2026-11-25T12:00:00.000Z';
const received = (hours: number, precision: Invitation['precision'] = 'minute'): Invitation => ({
  id: '1',
  title: 'Job',
  clientName: null,
  receivedAt: new Date(Date.parse(NOW) - hours * 3_600_000).toISOString(),
  precision,
  url: null,
});
const shown = (invitation: Invitation) => waitText(invitation, NOW, DEFAULT_SETTINGS);

describe('the hint beside an invitation', () => {
  it('counts the hours waited and left of 24, calm under 20, a warning from 20, urgent past 24', () => {
    expect(shown(received(0.5))).toEqual({
      text: 'Waiting 0 hours · 24 hours left of 24 to reply',
      tone: 'info',
    });
    expect(shown(received(19.5))).toEqual({
      text: 'Waiting 19 hours · 5 hours left of 24 to reply',
      tone: 'info',
    });
    expect(shown(received(20))).toEqual({
      text: 'Waiting 20 hours · 4 hours left of 24 to reply',
      tone: 'warn',
    });
    expect(shown(received(23.9))?.text).toBe('Waiting 23 hours · 1 hour left of 24 to reply');
    expect(shown(received(24.5))).toEqual({
      text: 'Waiting 24 hours · past 24 hours: accept or decline now',
      tone: 'danger',
    });
    expect(shown(received(50))?.text).toBe('Waiting 2 days 2 hours · past 24 hours: accept or decline now');
  });

  it('says when Upwork showed only a day, and shows nothing without a time', () => {
    // The start of Nov 24 in this machine's zone: the day is named as the freelancer's calendar has it.
    const dayStart = new Date(2026, 10, 24).toISOString();
    expect(shown({ ...received(30, 'day'), receivedAt: dayStart })?.text).toBe(
      'Received Nov 24, 2026 (no time shown): reply today — declining counts as a reply',
    );
    expect(shown({ ...received(1), receivedAt: null })).toBeNull();
  });
});
