import { describe, expect, it } from 'vitest';
import { emptyHistory } from '../../src/core/history/empty';
import type { History, StoredContract } from '../../src/core/schema/history';
import { computeWarnings } from '../../src/core/warnings';
import { typicalHistory } from '../helpers/histories';

const NOW = '2026-11-25T12:00:00.000Z';
const stored = (fields: Partial<StoredContract> & { id: string }): StoredContract => ({
  title: `Contract ${fields.id}`,
  clientId: null,
  clientName: 'Client Co',
  kind: 'hourly',
  status: 'active',
  startedAt: '2026-10-01',
  endedAt: null,
  lastActivityAt: null,
  earnings: 100,
  feedbackReceived: null,
  feedbackGiven: null,
  endedBy: null,
  firstSeenAt: NOW,
  lastSeenAt: NOW,
  userFields: [],
  ...fields,
});
const withContracts = (...contracts: StoredContract[]): History => ({
  ...emptyHistory(),
  contracts: Object.fromEntries(contracts.map((c) => [c.id, c])),
});
const ids = (history: History) => computeWarnings(history, NOW).map((w) => `${w.id}:${w.subject.id}`);

describe('contract warnings', () => {
  it('warns about an open contract with no activity for 30 days, and says how many', () => {
    const [warning] = computeWarnings(
      withContracts(stored({ id: 'a', lastActivityAt: '2026-10-12', earnings: 0 })),
      NOW,
    );
    expect(warning).toMatchObject({
      id: 'contract-inactive',
      severity: 'danger',
      title: 'Open contract with no activity for 44 days',
      needsAction: true,
      subject: { url: 'https://www.upwork.com/nx/wm/contracts/a' },
    });
    // 29 days quiet: not inactive yet, but time to ask the client to end it with feedback.
    expect(ids(withContracts(stored({ id: 'b', lastActivityAt: '2026-10-27' })))).toEqual([
      'contract-ask-feedback:b',
    ]);
  });

  it('warns about an open contract with $0 after 14 days, but not a newer one', () => {
    expect(
      ids(
        withContracts(
          stored({ id: 'a', startedAt: '2026-11-10', lastActivityAt: '2026-11-24', earnings: 0 }),
        ),
      ),
    ).toEqual(['contract-no-earnings:a']);
    expect(
      ids(
        withContracts(
          stored({ id: 'b', startedAt: '2026-11-15', lastActivityAt: '2026-11-24', earnings: 0 }),
        ),
      ),
    ).toEqual([]);
  });

  it('asks for feedback from day 7 to day 14 after a paid contract ended without it', () => {
    const ended = (id: string, endedAt: string) =>
      stored({ id, status: 'ended', endedAt, earnings: 400, endedBy: 'client', feedbackGiven: 5 });
    expect(ids(withContracts(ended('day6', '2026-11-19')))).toEqual([]);
    expect(ids(withContracts(ended('day7', '2026-11-18')))).toEqual(['contract-ended-no-feedback:day7']);
    expect(ids(withContracts(ended('day14', '2026-11-11')))).toEqual(['contract-ended-no-feedback:day14']);
    expect(ids(withContracts(ended('day15', '2026-11-10')))).toEqual([]);
    expect(ids(withContracts({ ...ended('rated', '2026-11-18'), feedbackReceived: 5 }))).toEqual([]);
  });

  it('reminds, without counting it as due, that ending a contract yourself skips the client’s feedback', () => {
    const [warning] = computeWarnings(
      withContracts(
        stored({
          id: 'mine',
          status: 'ended',
          endedAt: '2026-11-01',
          endedBy: 'freelancer',
          feedbackReceived: 5,
        }),
      ),
      NOW,
    );
    expect(warning).toMatchObject({ id: 'contract-ended-by-you', severity: 'info', needsAction: false });
  });
});

describe('score warnings', () => {
  it('warns when the score is under the Top Rated line and when it dropped', () => {
    const history = typicalHistory();
    const warnings = computeWarnings(history, NOW).filter((w) => w.subject.kind === 'score');
    expect(warnings.map((w) => [w.id, w.severity, w.title])).toEqual([
      ['jss-below-top-rated', 'danger', 'Job Success 89% is under the Top Rated line of 90%'],
      ['jss-dropping', 'warn', 'Job Success dropped from 91% to 89%'],
    ]);
  });

  it('says when Upwork counts the week next, and that Top Rated is lost if the score is still under the line then', () => {
    const reasonOf = (history: History) =>
      computeWarnings(history, NOW).find((w) => w.id === 'jss-below-top-rated')?.reason;
    // 89% since Wednesday Nov 18: one Saturday under the line so far; the next count is Saturday Nov 28.
    expect(reasonOf(typicalHistory())).toBe(
      '15 of the last 16 weeks at 90% or more; Top Rated needs 13. Upwork counts the week on Saturday, Nov 28, 2026.',
    );
    // Under the line since Friday Nov 6: three Saturdays counted under it, so a fourth on Nov 28 loses the badge.
    const threeWeeks = typicalHistory();
    threeWeeks.jss = [
      { value: 95, badges: ['Top Rated'], observedAt: '2026-07-08T08:00:00.000Z' },
      { value: 87, badges: ['Top Rated'], observedAt: '2026-11-06T08:00:00.000Z' },
    ];
    expect(reasonOf(threeWeeks)).toBe(
      '13 of the last 16 weeks at 90% or more; Top Rated needs 13. If it is still under 90% when Upwork counts the week on Saturday, Nov 28, 2026, Top Rated is lost.',
    );
    // On the Saturday itself, the count is today's.
    const saturday = computeWarnings(typicalHistory(), '2026-11-28T09:00:00.000Z').find(
      (w) => w.id === 'jss-below-top-rated',
    );
    expect(saturday?.reason).toContain('Upwork counts the week today, Saturday, Nov 28, 2026.');
  });

  it('has nothing to say before a score was seen', () => {
    expect(ids(emptyHistory())).toEqual([]);
  });

  it('lists the worst first', () => {
    const severities = computeWarnings(typicalHistory(), NOW).map((w) => w.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ['danger', 'warn', 'info'].indexOf(a) - ['danger', 'warn', 'info'].indexOf(b),
      ),
    );
  });
});
