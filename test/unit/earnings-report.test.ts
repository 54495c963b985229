import { describe, expect, it } from 'vitest';
import { parseEarningsReport, parseEarningsReports } from '../../src/core/report/earnings-report';
import { dailyRows, REPORT_HEADER, reportCsv } from '../helpers/reports';

// The issue's own example, as Upwork exports it.
const EXAMPLE = `${REPORT_HEADER}
"2025-02-11","React dashboard for a sales team (39725429)","1","6",""
"2024-12-30","Figma to Tailwind landing page (39343332)","","100","Fixed Price Payment"
"2025-02-19","React dashboard for a sales team (39725429)","","20","Bonus"
`;

const rowsOf = (text: string) => {
  const parsed = parseEarningsReport(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.rows;
};
const refusal = (text: string) => {
  const parsed = parseEarningsReport(text);
  if (parsed.ok) throw new Error('the report was accepted');
  return parsed;
};

describe("Upwork's earnings report", () => {
  it('reads each row: date, contract id and title, hours, amount, payment type', () => {
    expect(rowsOf(EXAMPLE)).toEqual([
      {
        line: 2,
        date: '2025-02-11',
        contractId: '39725429',
        title: 'React dashboard for a sales team',
        hours: 1,
        amount: 6,
        paymentType: '',
      },
      {
        line: 3,
        date: '2024-12-30',
        contractId: '39343332',
        title: 'Figma to Tailwind landing page',
        hours: null,
        amount: 100,
        paymentType: 'Fixed Price Payment',
      },
      expect.objectContaining({ contractId: '39725429', hours: null, amount: 20, paymentType: 'Bonus' }),
    ]);
  });

  it('reads titles with parentheses, commas and quotes, and takes the id from the last parentheses', () => {
    const rows = rowsOf(
      reportCsv([
        { date: '2025-03-01', contract: 'Fix "urgent" bug (iOS, Android) (40000001)', amount: '50' },
        {
          date: '2025-03-02',
          contract: 'Data entry (2) - batch, "B" (40000002)',
          hours: '2.5',
          amount: '37.5',
        },
        { date: '2025-03-03', contract: 'Phase (12345) follow-up (40000003)', amount: '1,250.00' },
      ]),
    );
    expect(rows.map((r) => [r.contractId, r.title, r.hours, r.amount])).toEqual([
      ['40000001', 'Fix "urgent" bug (iOS, Android)', null, 50],
      ['40000002', 'Data entry (2) - batch, "B"', 2.5, 37.5],
      ['40000003', 'Phase (12345) follow-up', null, 1250],
    ]);
  });

  it('reads Windows line ends, a byte-order mark, a line break inside a title and other payment types', () => {
    const text = `\uFEFF${reportCsv(
      [
        { date: '2025-01-05', contract: 'Two-line\ntitle (41000001)', amount: '10', type: 'Milestone' },
        { date: '2025-01-06', contract: 'Refunded (41000002)', amount: '-15', type: 'Refund' },
      ],
      '\r\n',
    )}\r\n`;
    const rows = rowsOf(text);
    expect(rows.map((r) => [r.line, r.title, r.amount, r.paymentType])).toEqual([
      [2, 'Two-line\ntitle', 10, 'Milestone'],
      [4, 'Refunded', -15, 'Refund'],
    ]);
  });

  it('reads a report of five years of daily rows', () => {
    const rows = rowsOf(reportCsv(dailyRows(5, '2026-11-24')));
    expect(rows.length).toBeGreaterThan(2500);
    expect(new Set(rows.map((r) => r.date.slice(0, 4)))).toEqual(
      new Set(['2021', '2022', '2023', '2024', '2025', '2026']),
    );
  });

  it('reads a report with only its header as no rows', () => {
    expect(rowsOf(`${REPORT_HEADER}\n`)).toEqual([]);
  });

  it('refuses a file that is not the report, naming why', () => {
    expect(refusal('').error).toBe('line 1: the file is empty');
    expect(refusal('{"schemaVersion":2,"contracts":[]}').error).toMatch(
      /^line 1: expected Upwork's earnings report columns/,
    );
    expect(refusal('<!doctype html><html><body>Reports</body></html>').line).toBe(1);
    expect(refusal('PK\u0003\u0004\u0000\u0000binary').error).toContain('not a text file');
  });

  it('refuses other columns, or the right ones in another order', () => {
    const other = refusal('"Date","Contract","Amount"\n"2025-01-01","A (1)","5"\n');
    expect(other.error).toContain('found "Date", "Contract", "Amount"');
    expect(refusal('"Contract","Date","Hours","Amount","Payment type"\n').line).toBe(1);
  });

  it('refuses a bad date, amount, hours, contract or value count, naming the line', () => {
    const bad = (row: string) => refusal(`${EXAMPLE}${row}\n`);
    expect(bad('"2025-02-30","A (1)","","5",""')).toMatchObject({
      line: 5,
      error: 'line 5: the date "2025-02-30" is not a date as YYYY-MM-DD',
    });
    expect(bad('"02/11/2025","A (1)","","5",""').error).toContain('line 5: the date "02/11/2025"');
    expect(bad('"2025-02-11","A (1)","","five",""').error).toBe('line 5: the amount "five" is not a number');
    expect(bad('"2025-02-11","A (1)","","",""').error).toBe('line 5: the amount "" is not a number');
    expect(bad('"2025-02-11","A (1)","lots","5",""').error).toContain('line 5: the hours "lots"');
    expect(bad('"2025-02-11","A without an id","","5",""').error).toContain(
      'line 5: the contract "A without an id" has no contract id',
    );
    expect(bad('"2025-02-11","A (1)","","5"').error).toBe('line 5: expected 5 values, found 4');
    expect(refusal(`${EXAMPLE}"2025-02-11","A (1),"","5",""\n`).line).toBe(5);
    expect(refusal(`${EXAMPLE}"2025-02-11","A (1)\n`).error).toBe('line 5: a quoted value is never closed');
  });

  it('counts lines as the file has them, blank lines included', () => {
    expect(
      refusal(`${REPORT_HEADER}\n\n"2025-01-01","A (1)","","5",""\n\n"x","A (1)","","5",""\n`).line,
    ).toBe(5);
  });

  it('imports several files all or nothing, naming the bad file', () => {
    const result = parseEarningsReports([
      { name: '2024.csv', text: EXAMPLE },
      { name: '2025.csv', text: `${EXAMPLE}"2025-01-01","A (1)","","?",""\n` },
    ]);
    expect(result).toEqual({ ok: false, error: '2025.csv, line 5: the amount "?" is not a number' });
    const good = parseEarningsReports([
      { name: '2024.csv', text: EXAMPLE },
      { name: '2025.csv', text: EXAMPLE },
    ]);
    expect(good.ok && good.files.map((f) => [f.name, f.rows.length])).toEqual([
      ['2024.csv', 3],
      ['2025.csv', 3],
    ]);
  });
});
