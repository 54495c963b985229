/**
 * npm run --silent import -- <earnings-report.csv>… [--into <history.json>] [--now YYYY-MM-DD]
 * Imports Upwork's earnings reports (Reports → Weekly Summary → export) into a history export, or into an empty
 * history, and prints the resulting history export on stdout; what was added goes to stderr.
 */
import { emptyHistory } from '../core/history/empty';
import { exportHistory, importHistory } from '../core/history/transfer';
import { parseEarningsReports } from '../core/report/earnings-report';
import { importEarningsReports } from '../core/report/import-report';
import { IsoDate } from '../core/schema/common';
import { HistoryExport } from '../core/schema/history';
import { describeIssues, InputError, option, positional, readJson, readText, runCli } from './args';

const USAGE =
  'usage: npm run --silent import -- <earnings-report.csv>… [--into <history.json>] [--now YYYY-MM-DD]';

runCli((args) => {
  const day = option(args, '--now');
  if (day !== undefined && !IsoDate.safeParse(day).success)
    throw new InputError(`--now must be a date as YYYY-MM-DD, not "${day}"`);
  const now = day ? `${day}T00:00:00.000Z` : new Date().toISOString();
  const names = positional(args, ['--into', '--now']);
  if (names.length === 0) throw new InputError(USAGE);
  const reports = parseEarningsReports(names.map((name) => ({ name, text: readText(name, USAGE) })));
  if (!reports.ok) throw new InputError(`${reports.error}\nNothing was imported.`);

  let history = emptyHistory();
  const into = option(args, '--into');
  if (into !== undefined) {
    const data = HistoryExport.safeParse(readJson(into, USAGE));
    if (!data.success)
      throw new InputError(`${into} is not a JSS Guard history export:\n${describeIssues(data.error)}`);
    history = importHistory(history, data.data, now).history;
  }
  const imported = importEarningsReports(history, reports.files, now);
  process.stdout.write(`${JSON.stringify(exportHistory(imported.history, now), null, 2)}\n`);
  process.stderr.write(`${imported.summary.text}\n`);
});
