import { addDays } from '../../src/core/time';
import { seeded } from './histories';

/** A row as Upwork's earnings report writes it; the contract is "Title (id)". */
export interface CsvRow {
  date: string;
  contract: string;
  hours?: string;
  amount: string;
  type?: string;
}

export const REPORT_HEADER = '"Date","Contract","Hours","Amount","Payment type"';
const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;

/** The CSV text of an earnings report, quoted as Upwork quotes it (every value, quotes doubled). */
export function reportCsv(rows: readonly CsvRow[], eol = '\n'): string {
  const lines = rows.map((r) =>
    [r.date, r.contract, r.hours ?? '', r.amount, r.type ?? ''].map(quote).join(','),
  );
  return [REPORT_HEADER, ...lines].join(eol) + eol;
}

/**
 * Daily rows of a freelancer's `years` of work up to `end`, about 600 a year: hourly contracts log time most days,
 * fixed ones are paid a milestone every two weeks, some get a bonus. The same seed gives the same rows.
 */
export function dailyRows(years: number, end: string, seed = 7): CsvRow[] {
  const random = seeded(seed);
  const days = Math.round(years * 365.25);
  const start = addDays(end, -days);
  const rows: CsvRow[] = [];
  for (let i = 0; i * 30 < days; i++) {
    const id = String(38000000 + i);
    const hourly = i % 3 !== 0;
    const title = hourly ? `Hourly work (phase ${i}), "API", ${id.slice(-2)}` : `Fixed job #${i}`;
    const contract = `${title} (${id})`;
    for (let d = i * 30; d < Math.min(days, i * 30 + 125); d++) {
      const date = addDays(start, d);
      if (hourly && random() < 0.56) {
        const hours = 1 + Math.floor(random() * 6);
        rows.push({ date, contract, hours: String(hours), amount: String(hours * 45) });
      } else if (!hourly && d % 14 === 0) {
        rows.push({ date, contract, amount: '250', type: 'Fixed Price Payment' });
      }
      if (random() < 0.01) rows.push({ date, contract, amount: '50', type: 'Bonus' });
    }
  }
  return rows.sort((a, b) => a.date.localeCompare(b.date));
}
