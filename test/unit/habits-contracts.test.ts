// The daily habits about contracts: feedback to give, feedback to ask for, unfunded starts, clients who liked you.
// (Invitations, messages and the stored shape: habits-rules.test.ts.)
import { describe, expect, it } from 'vitest';
import { askFeedbackMessage } from '../../src/core/rules/feedback';
import { likedClients } from '../../src/core/rules/liked-clients';
import type { History, StoredContract } from '../../src/core/schema/history';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { computeWarnings } from '../../src/core/warnings';
import { historyWith, storedContract } from '../helpers/contracts';

const NOW = '2026-11-25T12:00:00.000Z';
const warningsOf = (history: History, id: string, now = NOW) =>
  computeWarnings(history, now).filter((w) => w.id === id);

const contract = (id: string, fields: Partial<StoredContract>): StoredContract =>
  storedContract({ id, title: `Contract ${id}`, clientId: null, clientName: `Client ${id}`, ...fields });
const withContracts = historyWith;

describe('feedback to give the client (contract-feedback-to-give)', () => {
  it('reminds with the days left of the 14-day window, until its last day and not after', () => {
    const ended = (endedAt: string) =>
      warningsOf(withContracts(contract('a', { endedAt })), 'contract-feedback-to-give');
    expect(ended('2026-11-24')[0]).toMatchObject({
      title: 'Leave feedback for the client: 13 days left',
      severity: 'info',
    });
    expect(ended('2026-11-14')[0]).toMatchObject({
      title: 'Leave feedback for the client: 3 days left',
      severity: 'warn',
    });
    expect(ended('2026-11-12')[0]?.title).toBe('Leave feedback for the client: 1 day left');
    expect(ended('2026-11-11')[0]?.title).toBe('Leave feedback for the client: last day');
    expect(ended('2026-11-10')).toEqual([]);
    expect(ended('2026-11-24')[0]?.subject.url).toBe('https://www.upwork.com/nx/wm/contracts/a');
  });

  it('says nothing once you have left feedback, or for a contract still open', () => {
    expect(
      warningsOf(
        withContracts(contract('a', { endedAt: '2026-11-24', feedbackGiven: 5 })),
        'contract-feedback-to-give',
      ),
    ).toEqual([]);
    expect(
      warningsOf(withContracts(contract('a', { status: 'active' })), 'contract-feedback-to-give'),
    ).toEqual([]);
    // Double-blind: within the window the client's feedback shows only once you have left yours.
    const theirs = contract('a', { endedAt: '2026-11-24', feedbackReceived: 5 });
    expect(warningsOf(withContracts(theirs), 'contract-feedback-to-give')).toEqual([]);
  });
});

describe('asking for feedback (contract-ask-feedback) and unfunded starts (contract-unfunded)', () => {
  const funding = (inEscrow: boolean, allPaid: boolean) => ({
    milestones: 2,
    paid: allPaid ? 2 : 0,
    inEscrow,
    allPaid,
  });

  it('asks for feedback on a fixed-price contract whose milestones are all paid', () => {
    const history = withContracts(contract('a', { status: 'active', funding: funding(false, true) }));
    expect(warningsOf(history, 'contract-ask-feedback')[0]?.title).toBe(
      'Every milestone is paid: ask the client to end the contract',
    );
    expect(warningsOf(history, 'contract-unfunded')).toEqual([]);
    // Quiet for months since the last payment: done, not stalled, so no contract-inactive beside it.
    expect(warningsOf(history, 'contract-inactive')).toEqual([]);
  });

  it('asks on an hourly contract with no hours logged for 14 days, until contract-inactive takes over at 30', () => {
    const hourly = (lastActivityAt: string) =>
      warningsOf(
        withContracts(contract('a', { status: 'active', kind: 'hourly', lastActivityAt })),
        'contract-ask-feedback',
      );
    expect(hourly('2026-11-12')).toEqual([]);
    expect(hourly('2026-11-11')[0]?.title).toBe(
      'No hours logged for 14 days: ask the client to end the contract',
    );
    expect(hourly('2026-10-26')).toEqual([]);
  });

  it('warns about an active fixed-price contract with no milestone in escrow, not once funded or unread', () => {
    expect(
      warningsOf(
        withContracts(contract('a', { status: 'active', funding: funding(false, false) })),
        'contract-unfunded',
      )[0],
    ).toMatchObject({ severity: 'warn', title: 'Fixed-price contract with no funded milestone' });
    expect(
      warningsOf(
        withContracts(contract('a', { status: 'active', funding: funding(true, false) })),
        'contract-unfunded',
      ),
    ).toEqual([]);
    expect(warningsOf(withContracts(contract('a', { status: 'active' })), 'contract-unfunded')).toEqual([]);
  });

  it('fills the client’s name and the contract’s title into the message, as text', () => {
    const c = contract('a', { clientName: 'Lumen <b>Labs</b>', title: 'Brand PDF' });
    const message = askFeedbackMessage(c, DEFAULT_SETTINGS);
    expect(message).toMatch(/^Hi Lumen <b>Labs<\/b>, thank you for working with me on “Brand PDF”/);
    expect(message).toContain('5 stars');
    expect(askFeedbackMessage(c, { ...DEFAULT_SETTINGS, askFeedbackMessage: 'Thanks {client}!' })).toBe(
      'Thanks Lumen <b>Labs</b>!',
    );
  });
});

describe('clients who liked you', () => {
  const history = withContracts(
    contract('a1', { clientName: 'Acme', endedAt: '2026-09-01', feedbackReceived: 5 }),
    contract('b1', { clientName: 'Blue', endedAt: '2026-09-26', feedbackReceived: 4.5 }),
    contract('c1', { clientName: 'Cedar', endedAt: '2026-09-27', feedbackReceived: 5 }),
    contract('d1', { clientName: 'Dune', endedAt: '2026-06-01', feedbackReceived: 4.4 }),
    contract('e1', { clientName: 'Elm', endedAt: '2026-06-01', feedbackReceived: 5 }),
    contract('e2', { clientName: 'Elm', status: 'active', endedAt: null }),
    contract('f1', { clientName: 'Fir', endedAt: '2026-05-01', feedbackReceived: 5 }),
    contract('f2', { clientName: 'Fir', endedAt: '2026-08-01', feedbackReceived: 3 }),
  );

  it('lists clients who gave 4.5 stars or more, whose last contract ended 60 days ago or more, with none open', () => {
    expect(likedClients(history, NOW, DEFAULT_SETTINGS).map((c) => [c.name, c.stars, c.daysSince])).toEqual([
      ['Blue', 4.5, 60],
      ['Acme', 5, 85],
    ]);
  });

  it('follows the thresholds in the settings', () => {
    const settings = { ...DEFAULT_SETTINGS, likedClientStars: 4, likedClientAfterDays: 30 };
    expect(likedClients(history, NOW, settings).map((c) => c.name)).toEqual([
      'Cedar',
      'Blue',
      'Acme',
      'Dune',
    ]);
  });
});
