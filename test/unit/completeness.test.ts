import { describe, expect, it } from 'vitest';
import { popupSnapshot } from '../../src/background/popup-snapshot';
import { completeness } from '../../src/core/history/completeness';
import { emptyHistory } from '../../src/core/history/empty';
import { blankContract } from '../../src/core/history/merge';
import { mergeWorkHistory } from '../../src/core/history/work-history-merge';
import { parseEarningsReport } from '../../src/core/report/earnings-report';
import { importEarningsReports } from '../../src/core/report/import-report';
import type { History } from '../../src/core/schema/history';
import type { WorkHistoryItem } from '../../src/core/schema/work-history';
import { type CsvRow, dailyRows, reportCsv } from '../helpers/reports';

const NOW = '2026-11-25T12:00:00.000Z';
const REPORTS = 'https://www.upwork.com/nx/reports/freelancer/';

const withReport = (history: History, rows: CsvRow[]) => {
  const parsed = parseEarningsReport(reportCsv(rows));
  if (!parsed.ok) throw new Error(parsed.error);
  return importEarningsReports(history, [{ name: 'r.csv', rows: parsed.rows }], NOW).history;
};
const DASHBOARD = 'React dashboard (39725429)';
const SUPPORT = 'Support retainer (39725430)';
const reported = withReport(emptyHistory(), [
  { date: '2024-12-02', contract: 'Old job (38000001)', amount: '50', type: 'Fixed Price Payment' },
  { date: '2025-03-01', contract: DASHBOARD, hours: '2', amount: '80' },
  { date: '2026-10-01', contract: SUPPORT, hours: '1', amount: '40' },
]);
const ended = (title: string, feedback: number | null): WorkHistoryItem => ({
  contractId: null,
  title,
  inProgress: false,
  startedAt: '2025-03-01',
  endedAt: '2025-03-20',
  startMonth: '2025-03',
  endMonth: '2025-03',
  feedback,
  noFeedback: feedback === null,
  kind: 'hourly',
  earnings: 80,
});

describe('how complete the history is', () => {
  it('asks a new user for the earnings reports of the last 24 months', () => {
    expect(completeness(emptyHistory(), NOW)).toEqual({
      contracts: 0,
      lackFeedback: 0,
      lackStatus: 0,
      lackEarnings: 0,
      gaps: [
        {
          what: 'reports',
          count: 3,
          fix: 'Import your earnings reports of 2024, 2025 and 2026',
          url: REPORTS,
        },
      ],
    });
  });

  it('after the reports, asks for the profile: the statuses and feedback the reports do not have', () => {
    const result = completeness(reported, NOW);
    expect(result).toMatchObject({ contracts: 3, lackStatus: 3, lackEarnings: 0, lackFeedback: 0 });
    expect(result.gaps).toEqual([
      expect.objectContaining({
        what: 'status',
        count: 3,
        fix: expect.stringContaining("profile's work history"),
      }),
    ]);
  });

  it("counts an ended contract's feedback as known once the profile listed it, stars or none", () => {
    const seen = {
      ...reported,
      pages: {
        profile: { url: 'https://www.upwork.com/freelancers/~01ab', at: NOW, missed: [], failed: false },
      },
    };
    const merged = mergeWorkHistory(seen, [ended('React dashboard', null)], NOW);
    const result = completeness(merged, NOW);
    expect(result).toMatchObject({ contracts: 3, lackStatus: 2, lackFeedback: 0 });
    expect(result.gaps[0]).toMatchObject({ what: 'status', url: 'https://www.upwork.com/freelancers/~01ab' });
  });

  it('names the year whose report would give a contract its earnings, and counts ended contracts without feedback', () => {
    const history = emptyHistory();
    history.contracts.a = {
      ...blankContract('a'),
      title: 'Seen on its page only',
      kind: 'fixed',
      status: 'ended',
      startedAt: '2025-05-01',
      endedAt: '2025-06-01',
      firstSeenAt: NOW,
      lastSeenAt: NOW,
      userFields: [],
    };
    const withOthers = withReport(history, [
      { date: '2024-12-02', contract: 'Old job (38000001)', amount: '50', type: 'Fixed Price Payment' },
      { date: '2026-10-01', contract: SUPPORT, hours: '1', amount: '40' },
    ]);
    const result = completeness(withOthers, NOW);
    expect(result).toMatchObject({ contracts: 3, lackEarnings: 1, lackFeedback: 1 });
    expect(result.gaps.map((g) => [g.what, g.count, g.fix])).toEqual([
      ['reports', 1, 'Import your 2025 earnings report'],
      ['earnings', 1, 'Import your 2025 earnings report'],
      ['status', 2, expect.stringContaining('work history')],
      ['feedback', 1, expect.stringContaining('work history')],
    ]);
  });

  it('leaves out contracts that ended more than 24 months ago', () => {
    const old = withReport(emptyHistory(), [
      { date: '2023-01-05', contract: 'Long ago (37000001)', amount: '9', type: 'Bonus' },
    ]);
    expect(completeness(old, NOW).contracts).toBe(0);
  });

  it("is in the popup's snapshot, which leaves the report's rows out so it stays small", () => {
    const rows = dailyRows(5, '2026-11-24');
    const history = withReport(emptyHistory(), rows);
    const snapshot = popupSnapshot(history, NOW);
    expect(snapshot.state.completeness).toEqual(completeness(history, NOW));
    expect(snapshot.state.history.reportRows).toEqual({});
    expect(JSON.stringify(snapshot).length).toBeLessThan(40_000);
  });
});
