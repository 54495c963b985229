import { copyDict, own } from '../dict';
import { blankContract } from '../history/merge';
import type { Contract } from '../schema/contract';
import type { History, StoredContract } from '../schema/history';
import type { ReportRow } from './earnings-report';

/** One earnings report as read: its file name (for the summary) and its rows. */
export interface ReportFile {
  name: string;
  rows: readonly ReportRow[];
}

export interface ReportImportSummary {
  files: number;
  rows: number;
  /** Rows not imported before (by this or an earlier import). */
  newRows: number;
  contractsAdded: number;
  contractsUpdated: number;
  text: string;
}

/**
 * A row as a fact: date, hours, amount and payment type (the contract is the key it is kept under). The n-th
 * identical row of one file gets `|n`, so two equal bonuses on one day count twice, while the same file imported
 * again, or a second file that overlaps it, adds nothing.
 */
function factKey(row: ReportRow, nth: number): string {
  const base = `${row.date}|${row.hours ?? ''}|${row.amount}|${row.paymentType.replaceAll('|', '/')}`;
  return nth > 1 ? `${base}|${nth}` : base;
}

interface Totals {
  first: string;
  last: string;
  hourly: boolean;
  earnings: number;
}

/** What a contract's facts add up to: its first and last day, whether any hours were logged, its earnings. */
function totalsOf(facts: readonly string[]): Totals {
  let first = '9999-12-31';
  let last = '0000-01-01';
  let hourly = false;
  let cents = 0;
  for (const fact of facts) {
    const [date = '', hours = '', amount = '0'] = fact.split('|', 3);
    if (date < first) first = date;
    if (date > last) last = date;
    if (hours !== '') hourly = true;
    cents += Math.round(Number(amount) * 100);
  }
  // Refunds are negative rows; a contract's earnings are never below zero.
  return { first, last, hourly, earnings: Math.max(0, cents) / 100 };
}

const earlier = (a: string | null, b: string) => (a !== null && a < b ? a : b);
const later = (a: string | null, b: string) => (a !== null && a > b ? a : b);

/**
 * What the report says of a contract, over what the history knows. A page's read is newer evidence for title and
 * status; dates widen to the report's rows; earnings are at least the rows' sum (a contract page counts payments
 * from before the report's years too). Fields the user corrected are left as they are.
 */
function withReport(old: StoredContract, title: string, totals: Totals, now: string): StoredContract {
  const fromReport: Partial<Contract> = {
    title: old.title ?? (title || null),
    kind: totals.hourly ? 'hourly' : (old.kind ?? 'fixed'),
    status: old.status ?? 'unknown',
    startedAt: earlier(old.startedAt, totals.first),
    lastActivityAt: later(old.lastActivityAt, totals.last),
    earnings: Math.max(old.earnings ?? 0, totals.earnings),
  };
  const next: StoredContract = { ...old, lastSeenAt: now };
  for (const [field, value] of Object.entries(fromReport)) {
    if (!old.userFields.includes(field)) (next as Record<string, unknown>)[field] = value;
  }
  return next;
}

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Folds Upwork's earnings reports into the history. Pure: `now` is an ISO timestamp. Per contract id: title, kind
 * (hourly when any row has hours), earnings (every amount, bonuses included), first and last day. Rows are facts,
 * so importing the same or an overlapping report again changes nothing. The contracts map is copied once, not per
 * row or contract, so years of daily rows import at once.
 */
export function importEarningsReports(
  history: History,
  files: readonly ReportFile[],
  now: string,
): { history: History; summary: ReportImportSummary } {
  const incoming = new Map<string, { title: string; titleDate: string; facts: string[] }>();
  let rows = 0;
  for (const file of files) {
    const seen = new Map<string, number>();
    for (const row of file.rows) {
      rows++;
      const once = `${row.contractId}|${factKey(row, 1)}`;
      const nth = (seen.get(once) ?? 0) + 1;
      seen.set(once, nth);
      let entry = incoming.get(row.contractId);
      if (!entry) {
        entry = { title: row.title, titleDate: row.date, facts: [] };
        incoming.set(row.contractId, entry);
      }
      // The title as of the latest row: a contract renamed since keeps its newest name.
      if (row.date >= entry.titleDate) Object.assign(entry, { title: row.title, titleDate: row.date });
      entry.facts.push(factKey(row, nth));
    }
  }

  const contracts = copyDict(history.contracts);
  const reportRows = copyDict(history.reportRows);
  let newRows = 0;
  let contractsAdded = 0;
  let contractsUpdated = 0;
  for (const [id, { title, facts }] of incoming) {
    const known = new Set(own(history.reportRows, id));
    const before = known.size;
    for (const fact of facts) known.add(fact);
    const added = known.size - before;
    newRows += added;
    const old = own(contracts, id);
    if (added === 0 && old) continue;
    const all = [...known].sort();
    reportRows[id] = all;
    const totals = totalsOf(all);
    if (old) contractsUpdated++;
    else contractsAdded++;
    contracts[id] = withReport(
      old ?? { ...blankContract(id), firstSeenAt: now, lastSeenAt: now, userFields: [] },
      title,
      totals,
      now,
    );
  }

  const text =
    `${plural(files.length, 'file', 'files')}, ${plural(rows, 'row', 'rows')}: ` +
    `${plural(contractsAdded, 'contract added', 'contracts added')}, ${plural(contractsUpdated, 'contract updated', 'contracts updated')}` +
    (rows > newRows ? `; ${plural(rows - newRows, 'row was', 'rows were')} already known.` : '.');
  return {
    history: { ...history, contracts, reportRows },
    summary: { files: files.length, rows, newRows, contractsAdded, contractsUpdated, text },
  };
}
