// @vitest-environment jsdom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { stateOf } from '../../src/background/state';
import { emptyHistory } from '../../src/core/history/empty';
import type { History } from '../../src/core/schema/history';
import { PopupView } from '../../src/popup/popup-view';
import { historyWith, storedContract } from '../helpers/contracts';
import { seenToday as seenAt } from '../helpers/habits';
import { NOW, typicalHistory } from '../helpers/histories';

function show(history: History): HTMLElement {
  const root = document.createElement('div');
  render(<PopupView state={stateOf(history, NOW)} now={NOW} />, root);
  return root;
}

const seenToday = (history: History, hours: number[] = [], unread = 0) => seenAt(history, NOW, hours, unread);

describe('the popup’s end-of-day line', () => {
  it('gives the all-clear when nothing is owed, with when Upwork was read', () => {
    const history = seenToday(
      historyWith(storedContract({ id: '1', endedAt: '2026-01-10', feedbackGiven: 5 })),
      [3],
    );
    const line = show(history).querySelector('.end-of-day');
    expect(line?.querySelector('.end-of-day-line')?.textContent).toBe(
      '✓ No invitation waiting, no message unanswered, no contract quiet.',
    );
    expect(line?.textContent).toContain('Invitations read 30 min ago, messages 4 h ago.');
    // It comes first, above the score.
    expect(show(history).querySelector('main > header + *')?.className).toContain('end-of-day');
  });

  it('lists what is left: invitations, messages, feedback to give and quiet contracts', () => {
    const history = seenToday(typicalHistory(), [21, 30], 3);
    history.contracts['9'] = storedContract({ id: '9', clientName: 'Kettle', endedAt: '2026-11-20' });
    const line = show(history).querySelector('.end-of-day-line')?.textContent;
    expect(line).toBe(
      'Left for today: 2 invitations to answer · 3 unread messages · feedback to leave for 1 client · 1 quiet contract',
    );
  });

  it('never vouches for what it has not seen', () => {
    const root = show(historyWith(storedContract({ id: '1', endedAt: '2026-01-10', feedbackGiven: 5 })));
    expect(root.querySelector('.end-of-day-line')?.textContent).toBe('✓ No contract quiet.');
    expect(root.querySelector('.end-of-day')?.textContent).toContain(
      'Not seen yet: your proposals page (invitations), Upwork’s navigation while logged in (messages).',
    );
    expect(show(emptyHistory()).querySelector('.end-of-day-line')).toBeNull();
  });

  it('shows each habit’s warning with what to do and a link to it', () => {
    const warnings = [...show(seenToday(emptyHistory(), [25], 2)).querySelectorAll('.warning')];
    const invitation = warnings.find((w) => w.textContent?.includes('Invitation unanswered'));
    expect(invitation?.classList.contains('danger')).toBe(true);
    expect(invitation?.querySelector('.action')?.textContent).toContain(
      'Accept or decline — declining counts as a reply',
    );
    expect(invitation?.querySelector('a.open')?.textContent).toBe('Open the invitation on Upwork');
    const messages = warnings.find((w) => w.textContent?.includes('unread messages'));
    expect(messages?.querySelector('.action')?.textContent).toContain('Answer within a few hours');
    expect(messages?.querySelector('a.open')?.textContent).toBe('Open your messages on Upwork');
  });
});

describe('clients who liked you', () => {
  it('lists clients who rated you well, none open, last ended 60+ days ago, each linking to the contract', () => {
    const history = historyWith(
      storedContract({
        id: '7',
        clientName: 'Orbit <b>Labs</b>',
        endedAt: '2026-04-11',
        feedbackReceived: 5,
      }),
      storedContract({ id: '8', clientName: 'Recent Co', endedAt: '2026-11-01', feedbackReceived: 5 }),
    );
    const section = show(history).querySelector('[aria-labelledby="liked-title"]');
    expect(section?.textContent).toContain('Worth a message about new work');
    const items = [...(section?.querySelectorAll('li') ?? [])];
    expect(items.map((li) => li.querySelector('a')?.textContent)).toEqual(['Orbit <b>Labs</b>']);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.upwork.com/nx/wm/contracts/7',
    );
    expect(items[0]?.querySelector('.meta')?.textContent).toBe(
      '5.0 ★ · 1 contract · last ended 228 days ago',
    );
  });

  it('is left out when there is no such client', () => {
    expect(show(emptyHistory()).querySelector('[aria-labelledby="liked-title"]')).toBeNull();
  });
});
