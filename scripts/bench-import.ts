// The earnings-report figure of `npm run bench`: five years of daily rows (about 3,000) read from the CSV text and
// imported into a history, as the options page does with a year's files dropped on it.
import { emptyHistory } from '../src/core/history/empty';
import { parseEarningsReports } from '../src/core/report/earnings-report';
import { importEarningsReports } from '../src/core/report/import-report';
import { dailyRows, reportCsv } from '../test/helpers/reports';

/** Median milliseconds to parse and import five years of reports, one file a year, into an empty history. */
export function importReport5yMs(runs: number, median: (values: number[]) => number): number {
  const rows = dailyRows(5, '2026-11-24');
  const files = ['2021', '2022', '2023', '2024', '2025', '2026'].map((year) => ({
    name: `${year}.csv`,
    text: reportCsv(rows.filter((r) => r.date.startsWith(year))),
  }));
  const times: number[] = [];
  for (let i = 0; i < runs + 2; i++) {
    const start = performance.now();
    const parsed = parseEarningsReports(files);
    if (!parsed.ok) throw new Error(parsed.error);
    importEarningsReports(emptyHistory(), parsed.files, '2026-11-25T12:00:00.000Z');
    if (i >= 2) times.push(performance.now() - start);
  }
  return median(times);
}
