// The daily habits about the inbox: invitations to interview and unread messages, and the stored shape that keeps them.
// (Contracts: feedback to give and to ask for, unfunded starts, clients who liked you: habits-contracts.test.ts.)
import { describe, expect, it } from 'vitest';
import { emptyHistory } from '../../src/core/history/empty';
import { mergeInvitations, mergeNavigation } from '../../src/core/history/merge-habits';
import { migrate } from '../../src/core/history/migrate';
import { salvage } from '../../src/core/history/salvage';
import { invitationWait } from '../../src/core/rules/inbox';
import type { Invitation } from '../../src/core/schema/habits';
import { History } from '../../src/core/schema/history';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { computeWarnings } from '../../src/core/warnings';

const NOW = '2026-11-25T12:00:00.000Z';
const hoursBefore = (hours: number, now = NOW) => new Date(Date.parse(now) - hours * 3_600_000).toISOString();

const invitation = (id: string, receivedAt: string | null, fields: Partial<Invitation> = {}): Invitation => ({
  id,
  title: `Job ${id}`,
  clientName: 'Harbor Goods',
  receivedAt,
  precision: receivedAt ? 'minute' : null,
  url: `https://www.upwork.com/nx/proposals/interview/${id}`,
  ...fields,
});
const withInvitations = (...items: Invitation[]): History =>
  mergeInvitations(
    emptyHistory(),
    { page: 'proposals', url: 'https://www.upwork.com/nx/proposals/', missed: [], invitations: items },
    hoursBefore(0.5),
  );
const warningsOf = (history: History, id: string, now = NOW) =>
  computeWarnings(history, now).filter((w) => w.id === id);

describe('invitations to interview (invitation-waiting)', () => {
  it('says nothing under 20 hours, warns from 20, and is urgent only past 24', () => {
    expect(warningsOf(withInvitations(invitation('a', hoursBefore(19.99))), 'invitation-waiting')).toEqual(
      [],
    );
    const [at20] = warningsOf(withInvitations(invitation('a', hoursBefore(20))), 'invitation-waiting');
    expect(at20).toMatchObject({
      severity: 'warn',
      title: 'Invitation waiting 20 hours: 4 hours left of 24',
      needsAction: true,
      subject: { kind: 'invitation', id: 'a', url: 'https://www.upwork.com/nx/proposals/interview/a' },
    });
    expect(at20?.action).toMatch(/^Accept or decline — declining counts as a reply/);
    expect(
      warningsOf(withInvitations(invitation('a', hoursBefore(24))), 'invitation-waiting')[0]?.severity,
    ).toBe('warn');
    const [past] = warningsOf(withInvitations(invitation('a', hoursBefore(24.02))), 'invitation-waiting');
    expect(past).toMatchObject({ severity: 'danger', title: 'Invitation unanswered for over 24 hours' });
  });

  it('counts hours waited and left of 24 for the inline hint', () => {
    expect(invitationWait(hoursBefore(5.5), NOW, DEFAULT_SETTINGS)).toEqual({
      hoursWaited: 5,
      hoursLeft: 19,
      severity: null,
    });
    expect(invitationWait(hoursBefore(30), NOW, DEFAULT_SETTINGS)).toMatchObject({
      hoursLeft: 0,
      severity: 'danger',
    });
  });

  it('follows the thresholds in the settings', () => {
    const history = withInvitations(invitation('a', hoursBefore(10)));
    const settings = { ...DEFAULT_SETTINGS, invitationWarnHours: 8, invitationDangerHours: 9 };
    expect(computeWarnings(history, NOW, settings).find((w) => w.id === 'invitation-waiting')?.severity).toBe(
      'danger',
    );
  });

  it('counts a day shown without a time from its start, and says so', () => {
    const day = invitation('a', '2026-11-24T00:00:00.000Z', { precision: 'day' });
    const [warning] = warningsOf(withInvitations(day), 'invitation-waiting');
    expect(warning?.severity).toBe('danger');
    expect(warning?.reason).toContain('Upwork showed the day but no time');
  });

  it('counts an invitation with no time shown from when JSS Guard first saw it', () => {
    const history = withInvitations(invitation('a', null));
    expect(warningsOf(history, 'invitation-waiting')).toEqual([]);
    expect(warningsOf(history, 'invitation-waiting', hoursBefore(-21))[0]?.reason).toContain(
      'Upwork showed no date',
    );
  });

  it('forgets an invitation once the proposals page no longer lists it (answered), but not when the page failed', () => {
    const history = withInvitations(invitation('a', hoursBefore(21)), invitation('b', hoursBefore(22)));
    const url = 'https://www.upwork.com/nx/proposals/';
    const answered = mergeInvitations(
      history,
      { page: 'proposals', url, missed: [], invitations: [invitation('b', hoursBefore(22))] },
      NOW,
    );
    expect(answered.invitations?.items.map((i) => i.id)).toEqual(['b']);
    const failed = mergeInvitations(
      history,
      { page: 'proposals', url, missed: ['invitations'], invitations: [] },
      NOW,
    );
    expect(failed.invitations?.items.map((i) => i.id)).toEqual(['a', 'b']);
    const partly = mergeInvitations(
      history,
      { page: 'proposals', url, missed: ['invitations.1'], invitations: [invitation('b', hoursBefore(22))] },
      NOW,
    );
    expect(partly.invitations?.items.map((i) => i.id).sort()).toEqual(['a', 'b']);
  });

  it('keeps the earliest of two equally precise reads and a precise time over a day', () => {
    const first = withInvitations(invitation('a', hoursBefore(5), { precision: 'hour' }));
    const url = 'https://www.upwork.com/nx/proposals/';
    const later = mergeInvitations(
      first,
      {
        page: 'proposals',
        url,
        missed: [],
        invitations: [invitation('a', hoursBefore(4.7), { precision: 'hour' })],
      },
      NOW,
    );
    expect(later.invitations?.items[0]?.receivedAt).toBe(hoursBefore(5));
    const precise = mergeInvitations(
      first,
      { page: 'proposals', url, missed: [], invitations: [invitation('a', hoursBefore(4.9))] },
      NOW,
    );
    expect(precise.invitations?.items[0]).toMatchObject({
      receivedAt: hoursBefore(4.9),
      precision: 'minute',
    });
  });
});

describe('unread messages (messages-waiting)', () => {
  const nav = (unreadMessages: number | null) => ({
    url: 'https://www.upwork.com/nx/find-work/',
    unreadMessages,
    missed: [],
  });

  it('warns once messages have been unread for 3 hours, counting from the first read that saw them', () => {
    let history = mergeNavigation(emptyHistory(), nav(2), hoursBefore(3));
    history = mergeNavigation(history, nav(3), hoursBefore(1));
    const [warning] = warningsOf(history, 'messages-waiting');
    expect(warning).toMatchObject({
      severity: 'warn',
      title: '3 unread messages for 3 hours or more',
      needsAction: true,
    });
    expect(warning?.action).toMatch(/^Answer within a few hours/);
    expect(warningsOf(mergeNavigation(emptyHistory(), nav(1), hoursBefore(2.9)), 'messages-waiting')).toEqual(
      [],
    );
  });

  it('starts counting again once none are unread, and ignores a navigation it could not read', () => {
    let history = mergeNavigation(emptyHistory(), nav(2), hoursBefore(5));
    history = mergeNavigation(history, nav(0), hoursBefore(4));
    history = mergeNavigation(history, nav(1), hoursBefore(1));
    expect(history.messages?.unreadSince).toBe(hoursBefore(1));
    expect(warningsOf(history, 'messages-waiting')).toEqual([]);
    expect(mergeNavigation(history, nav(null), NOW)).toBe(history);
  });

  it('does not save the same count read again a minute later', () => {
    const history = mergeNavigation(emptyHistory(), nav(2), hoursBefore(1));
    expect(mergeNavigation(history, nav(2), hoursBefore(0.98))).toBe(history);
    expect(mergeNavigation(history, nav(2), NOW)).not.toBe(history);
  });
});

describe('the stored shape', () => {
  it('still validates a history saved before invitations and messages were kept', () => {
    const old = { ...emptyHistory() };
    expect(History.safeParse(old).success).toBe(true);
    const withBoth = mergeNavigation(
      withInvitations(invitation('a', hoursBefore(2))),
      { url: 'https://www.upwork.com/', unreadMessages: 1, missed: [] },
      NOW,
    );
    expect(History.parse(JSON.parse(JSON.stringify(withBoth)))).toEqual(withBoth);
  });

  it('keeps the invitations and messages of a damaged history when they still validate', () => {
    const history = mergeNavigation(
      withInvitations(invitation('a', hoursBefore(2))),
      { url: 'https://www.upwork.com/', unreadMessages: 4, missed: [] },
      NOW,
    );
    const { history: kept } = salvage({ ...JSON.parse(JSON.stringify(history)), contracts: 'oops' });
    expect(kept.invitations?.items.map((i) => i.id)).toEqual(['a']);
    expect(kept.messages?.unread).toBe(4);
    const { history: bad } = salvage({ ...history, contracts: 'oops', messages: { unread: 'x' } });
    expect(bad.messages).toBeUndefined();
  });

  it('migrates a version-3 history to version 4 with the daily habits’ settings at their defaults, keeping the rest', () => {
    const { invitationWarnHours, askFeedbackMessage, ...older } = DEFAULT_SETTINGS;
    const v3 = { ...emptyHistory(), schemaVersion: 3, settings: { ...older, inactiveDays: 21 } };
    const migration = migrate(JSON.parse(JSON.stringify(v3)));
    if (migration.kind !== 'migrated') throw new Error(migration.kind);
    const history = History.parse(migration.value);
    expect(history.settings).toMatchObject({ inactiveDays: 21, invitationWarnHours, askFeedbackMessage });
  });

  it('migrates a version-5 history to one with the invitation hints switched on', () => {
    const { showInvitationHints, ...older } = DEFAULT_SETTINGS;
    const v5 = { ...emptyHistory(), schemaVersion: 5, settings: { ...older, showContractHints: false } };
    const migration = migrate(JSON.parse(JSON.stringify(v5)));
    if (migration.kind !== 'migrated') throw new Error(migration.kind);
    expect(History.parse(migration.value).settings).toMatchObject({
      showInvitationHints: true,
      showContractHints: false,
    });
  });
});
