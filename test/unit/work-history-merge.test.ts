import { describe, expect, it } from 'vitest';
import { contractUrl } from '../../src/core/contract-url';
import { emptyHistory } from '../../src/core/history/empty';
import { blankContract, editContract, mergeContracts } from '../../src/core/history/merge';
import { mergeWorkHistory, resolveMatch } from '../../src/core/history/work-history-merge';
import type { Contract } from '../../src/core/schema/contract';
import type { History } from '../../src/core/schema/history';
import type { WorkHistoryItem } from '../../src/core/schema/work-history';
import { computeWarnings } from '../../src/core/warnings';

const NOW = '2026-11-25T12:00:00.000Z';
const LATER = '2026-11-26T12:00:00.000Z';

const item = (fields: Partial<WorkHistoryItem>): WorkHistoryItem => ({
  contractId: null,
  title: 'Figma to Tailwind landing page',
  inProgress: false,
  startedAt: '2024-12-02',
  endedAt: '2024-12-30',
  startMonth: '2024-12',
  endMonth: '2024-12',
  feedback: null,
  noFeedback: true,
  kind: 'fixed',
  earnings: 100,
  ...fields,
});

/** Contracts as the earnings report leaves them: status unknown, no feedback. */
const fromReport = (...contracts: Partial<Contract>[]): History =>
  mergeContracts(
    emptyHistory(),
    contracts.map((c, i) => ({ ...blankContract(String(39000000 + i)), status: 'unknown', ...c })),
    NOW,
  );

const LANDING = {
  title: 'Figma to Tailwind landing page',
  startedAt: '2024-12-30',
  lastActivityAt: '2024-12-30',
  earnings: 100,
};
/** A job with months only, which matches nothing known. */
const EMAIL_TEMPLATES = item({
  title: 'Email templates',
  startedAt: null,
  endedAt: null,
  startMonth: '2023-10',
  endMonth: '2023-11',
  feedback: 4.8,
  noFeedback: false,
});
const ids = (h: History) => Object.keys(h.contracts).sort();

describe('merging the work history', () => {
  it('merges by contract id: status, end, feedback, and the larger earnings', () => {
    const history = fromReport({
      id: '39725429',
      title: 'React dashboard',
      kind: 'hourly',
      earnings: 1200,
      startedAt: '2025-01-11',
    });
    const merged = mergeWorkHistory(
      history,
      [
        item({
          contractId: '39725429',
          title: 'React dashboard',
          startedAt: '2025-01-08',
          endedAt: '2025-03-17',
          feedback: 5,
          noFeedback: false,
          kind: 'hourly',
          earnings: 1280,
        }),
      ],
      NOW,
    );
    expect(merged.contracts['39725429']).toMatchObject({
      status: 'ended',
      startedAt: '2025-01-08',
      endedAt: '2025-03-17',
      feedbackReceived: 5,
      earnings: 1280,
      profileSeenAt: NOW,
    });
    expect(ids(merged)).toEqual(['39725429']);
  });

  it('merges by the same title and overlapping dates when exactly one contract fits', () => {
    const merged = mergeWorkHistory(fromReport(LANDING), [item({})], NOW);
    expect(ids(merged)).toEqual(['39000000']);
    expect(merged.contracts['39000000']).toMatchObject({
      status: 'ended',
      startedAt: '2024-12-02',
      endedAt: '2024-12-30',
      feedbackReceived: null,
      profileSeenAt: NOW,
    });
  });

  it('makes an item that matches nothing a contract of its own, once, however often the profile is read', () => {
    const once = mergeWorkHistory(fromReport(LANDING), [EMAIL_TEMPLATES], NOW);
    const own = Object.values(once.contracts).find((c) => c.title === 'Email templates');
    expect(own).toMatchObject({
      id: expect.stringMatching(/^profile:/),
      status: 'ended',
      feedbackReceived: 4.8,
    });
    expect(own?.maybeSameAs).toBeUndefined();
    const twice = mergeWorkHistory(once, [EMAIL_TEMPLATES], LATER);
    expect(ids(twice)).toEqual(ids(once));
  });

  it('merges nothing by guess: a similar title, or the same title twice, is only noted as a possible match', () => {
    const similar = mergeWorkHistory(fromReport({ ...LANDING, title: 'Figma to Tailwind' }), [item({})], NOW);
    expect(ids(similar)).toHaveLength(2);
    const own = Object.values(similar.contracts).find((c) => c.id.startsWith('profile:'));
    expect(own).toMatchObject({ maybeSameAs: ['39000000'], feedbackReceived: null });
    expect(similar.contracts['39000000']).toMatchObject({ status: 'unknown', title: 'Figma to Tailwind' });

    const twice = mergeWorkHistory(fromReport(LANDING, LANDING), [item({})], NOW);
    expect(ids(twice)).toHaveLength(3);
    expect(Object.values(twice.contracts).find((c) => c.id.startsWith('profile:'))?.maybeSameAs).toEqual([
      '39000000',
      '39000001',
    ]);
  });

  it('does not match the same title over other dates', () => {
    const merged = mergeWorkHistory(
      fromReport({ ...LANDING, startedAt: '2022-03-01', lastActivityAt: '2022-04-01' }),
      [item({})],
      NOW,
    );
    expect(ids(merged)).toHaveLength(2);
    expect(Object.values(merged.contracts).every((c) => !c.maybeSameAs)).toBe(true);
  });

  it("leaves the user's corrections as they are", () => {
    const corrected = editContract(
      fromReport(LANDING),
      { id: '39000000', feedbackReceived: 4, status: 'active' },
      NOW,
    );
    const merged = mergeWorkHistory(corrected, [item({ feedback: 5, noFeedback: false })], NOW);
    expect(merged.contracts['39000000']).toMatchObject({
      feedbackReceived: 4,
      status: 'active',
      endedAt: '2024-12-30',
    });
  });

  it('folds a contract known only from the profile into the one a later report brings', () => {
    const profileFirst = mergeWorkHistory(emptyHistory(), [item({ feedback: 5, noFeedback: false })], NOW);
    expect(ids(profileFirst)).toEqual([expect.stringMatching(/^profile:/)]);
    const report = mergeContracts(
      profileFirst,
      [{ ...blankContract('39343332'), ...LANDING, status: 'unknown' }],
      LATER,
    );
    const merged = mergeWorkHistory(report, [item({ feedback: 5, noFeedback: false })], LATER);
    expect(ids(merged)).toEqual(['39343332']);
    expect(merged.contracts['39343332']).toMatchObject({
      status: 'ended',
      feedbackReceived: 5,
      firstSeenAt: NOW,
    });
  });
});

describe('confirming a possible match', () => {
  const possible = () => {
    const history = mergeWorkHistory(
      fromReport({ ...LANDING, title: 'Figma to Tailwind' }),
      [item({ feedback: 5, noFeedback: false })],
      NOW,
    );
    const own = Object.values(history.contracts).find((c) => c.id.startsWith('profile:'));
    if (!own) throw new Error('no contract from the profile');
    return { history, own: own.id };
  };

  it('makes one contract of the two when they are the same, keeping Upwork’s id and the profile’s feedback', () => {
    const { history, own } = possible();
    const merged = resolveMatch(history, own, '39000000', true);
    expect(ids(merged)).toEqual(['39000000']);
    expect(merged.contracts['39000000']).toMatchObject({
      title: 'Figma to Tailwind',
      status: 'ended',
      feedbackReceived: 5,
      startedAt: '2024-12-02',
      maybeSameAs: [],
    });
  });

  it('keeps them apart, and does not ask again when the profile is read again', () => {
    const { history, own } = possible();
    const apart = resolveMatch(history, own, '39000000', false);
    expect(apart.contracts[own]).toMatchObject({ maybeSameAs: [], keptApartFrom: ['39000000'] });
    const reread = mergeWorkHistory(apart, [item({ feedback: 5, noFeedback: false })], LATER);
    expect(ids(reread)).toEqual(ids(apart));
    expect(reread.contracts[own]?.maybeSameAs).toBeUndefined();
    expect(reread.contracts['39000000']?.feedbackReceived).toBeNull();
  });

  it('refuses a contract that is gone', () => {
    expect(() => resolveMatch(possible().history, 'profile:x', '39000000', true)).toThrow(/no longer/);
  });
});

describe('a contract known only from the profile', () => {
  it('links to your contracts list, since the profile does not show its contract id', () => {
    const recent = item({
      title: 'Logo refresh',
      startedAt: '2026-10-01',
      endedAt: '2026-11-15',
      startMonth: '2026-10',
      endMonth: '2026-11',
      earnings: 300,
    });
    const history = mergeWorkHistory(emptyHistory(), [recent], NOW);
    const [own] = Object.values(history.contracts);
    expect(own?.id).toMatch(/^profile:/);
    const warning = computeWarnings(history, NOW).find((w) => w.subject.id === own?.id);
    expect(warning).toMatchObject({
      id: 'contract-ended-no-feedback',
      subject: { url: 'https://www.upwork.com/nx/wm/contracts/' },
    });
    expect(contractUrl('39725429')).toBe('https://www.upwork.com/nx/wm/contracts/39725429');
  });
});
