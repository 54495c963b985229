import { CsvError, type CsvRecord, parseCsv } from './csv';

/** One row of Upwork's earnings report ("Weekly Summary" on Reports): a day's payment on one contract. */
export interface ReportRow {
  /** The line of the file it was read from. */
  line: number;
  date: string;
  contractId: string;
  title: string;
  /** Hours worked that day; null for fixed-price payments and bonuses. */
  hours: number | null;
  amount: number;
  /** "" for hourly time, "Fixed Price Payment", "Bonus", or whatever else Upwork writes (kept as written). */
  paymentType: string;
}

export type ReportParse = { ok: true; rows: ReportRow[] } | { ok: false; line: number; error: string };

/** Where Upwork's earnings report is exported: Reports → Weekly Summary → a year → export CSV. */
export const REPORTS_URL = 'https://www.upwork.com/nx/reports/freelancer/';

export const REPORT_COLUMNS = ['Date', 'Contract', 'Hours', 'Amount', 'Payment type'] as const;
/** Far past any real report (one year of daily rows for many contracts), so a wrong file cannot fill storage. */
export const MAX_REPORT_ROWS = 100_000;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "Title (39725429)": the id is the last parenthesised number; the title may hold parentheses of its own. */
const CONTRACT = /^([\s\S]*?)\s*\((\d{1,30})\)\s*$/;
const NUMBER = /^-?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const HOURS_MINUTES = /^(\d+):([0-5]\d)$/;

function isCalendarDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** "1,250.50", "$20", "-15" (a refund) → number; anything else → null. "(20)" is not read as a negative. */
function money(text: string): number | null {
  if (!NUMBER.test(text)) return null;
  return Number(text.replace(/[$,]/g, ''));
}

function hours(text: string): number | null | undefined {
  if (text === '') return null;
  const hm = HOURS_MINUTES.exec(text);
  if (hm) return Number(hm[1]) + Number(hm[2]) / 60;
  const n = money(text);
  return n !== null && n >= 0 && !text.includes('$') ? n : undefined;
}

const quoted = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);

/**
 * Reads Upwork's earnings report CSV. Pure. Anything that is not that report — another CSV, a page saved by mistake,
 * a row whose date, contract or amount cannot be read — is refused naming the line, so nothing half-read is imported.
 */
export function parseEarningsReport(text: string): ReportParse {
  try {
    return { ok: true, rows: readRows(text) };
  } catch (error) {
    if (error instanceof CsvError) return { ok: false, line: error.line, error: error.message };
    throw error;
  }
}

function readRows(text: string): ReportRow[] {
  if (text.includes('\u0000')) throw new CsvError(1, 'this is not a text file, so not an earnings report');
  const expected = `expected Upwork's earnings report columns ${REPORT_COLUMNS.map((c) => `"${c}"`).join(', ')}`;
  let records: CsvRecord[];
  try {
    records = parseCsv(text);
  } catch (error) {
    // A header that is not even CSV: some other file (JSON, a saved page).
    if (error instanceof CsvError && error.line === 1)
      throw new CsvError(1, `${expected}; this is not a CSV file`);
    throw error;
  }
  const header = records.shift();
  if (!header) throw new CsvError(1, 'the file is empty');
  const names = header.fields.map((f) => f.trim());
  if (names.length !== REPORT_COLUMNS.length || names.some((n, i) => n !== REPORT_COLUMNS[i])) {
    const found = names.length > 8 ? [...names.slice(0, 8), '…'] : names;
    throw new CsvError(header.line, `${expected}; found ${found.map(quoted).join(', ')}`);
  }
  if (records.length > MAX_REPORT_ROWS)
    throw new CsvError(records[MAX_REPORT_ROWS]?.line ?? 1, `more than ${MAX_REPORT_ROWS} rows`);
  return records.map(readRow);
}

function readRow({ line, fields }: { line: number; fields: string[] }): ReportRow {
  if (fields.length !== REPORT_COLUMNS.length)
    throw new CsvError(line, `expected ${REPORT_COLUMNS.length} values, found ${fields.length}`);
  const [date, contract, hoursText, amountText, paymentType] = fields.map((f) => f.trim()) as [
    string,
    string,
    string,
    string,
    string,
  ];
  if (!isCalendarDate(date)) throw new CsvError(line, `the date ${quoted(date)} is not a date as YYYY-MM-DD`);
  const named = CONTRACT.exec(contract);
  if (!named)
    throw new CsvError(line, `the contract ${quoted(contract)} has no contract id in parentheses at its end`);
  const worked = hours(hoursText);
  if (worked === undefined) throw new CsvError(line, `the hours ${quoted(hoursText)} are not a number`);
  const amount = money(amountText);
  if (amount === null) throw new CsvError(line, `the amount ${quoted(amountText)} is not a number`);
  return {
    line,
    date,
    contractId: named[2] as string,
    title: (named[1] as string).trim(),
    hours: worked,
    amount,
    paymentType: paymentType.slice(0, 100),
  };
}

/**
 * Reads several reports at once, all or nothing: the first bad one is named with its line ("2024.csv, line 4: …"),
 * so a batch either imports whole or leaves the history as it was.
 */
export function parseEarningsReports(
  files: readonly { name: string; text: string }[],
): { ok: true; files: { name: string; rows: ReportRow[] }[] } | { ok: false; error: string } {
  const read: { name: string; rows: ReportRow[] }[] = [];
  for (const { name, text } of files) {
    const parsed = parseEarningsReport(text);
    if (!parsed.ok) return { ok: false, error: `${name}, ${parsed.error}` };
    read.push({ name, rows: parsed.rows });
  }
  return { ok: true, files: read };
}
