import { describe, expect, it } from 'vitest';
import { handleMessage, type Sender } from '../../src/background/handler';
import { memoryStorage } from '../../src/background/storage-area';
import { Store } from '../../src/background/store';
import { emptyHistory } from '../../src/core/history/empty';
import { blankContract, editContract, mergeContracts } from '../../src/core/history/merge';
import { exportHistory, importHistory } from '../../src/core/history/transfer';
import { parseEarningsReport } from '../../src/core/report/earnings-report';
import { importEarningsReports } from '../../src/core/report/import-report';
import { type History, SCHEMA_VERSION } from '../../src/core/schema/history';
import { HISTORY_KEY } from '../../src/core/storage-keys';
import { type CsvRow, dailyRows, reportCsv } from '../helpers/reports';

const NOW = '2026-11-25T12:00:00.000Z';
const LATER = '2026-11-26T12:00:00.000Z';
const DASHBOARD = 'React dashboard for a sales team (39725429)';
const LANDING = 'Figma to Tailwind landing page (39343332)';

const file = (name: string, rows: CsvRow[]) => {
  const parsed = parseEarningsReport(reportCsv(rows));
  if (!parsed.ok) throw new Error(parsed.error);
  return { name, rows: parsed.rows };
};
const importInto = (history: History, ...files: ReturnType<typeof file>[]) =>
  importEarningsReports(history, files, NOW);

const EXAMPLE = file('example.csv', [
  { date: '2025-02-11', contract: DASHBOARD, hours: '1', amount: '6' },
  { date: '2024-12-30', contract: LANDING, amount: '100', type: 'Fixed Price Payment' },
  { date: '2025-02-19', contract: DASHBOARD, amount: '20', type: 'Bonus' },
]);

describe('importing the earnings report', () => {
  it('adds each contract: title, kind, earnings with bonuses, first and last day, status unknown', () => {
    const { history, summary } = importInto(emptyHistory(), EXAMPLE);
    expect(history.contracts['39725429']).toMatchObject({
      title: 'React dashboard for a sales team',
      kind: 'hourly',
      status: 'unknown',
      earnings: 26,
      startedAt: '2025-02-11',
      lastActivityAt: '2025-02-19',
      feedbackReceived: null,
      endedAt: null,
    });
    expect(history.contracts['39343332']).toMatchObject({
      kind: 'fixed',
      earnings: 100,
      startedAt: '2024-12-30',
      lastActivityAt: '2024-12-30',
    });
    expect(summary).toMatchObject({ rows: 3, newRows: 3, contractsAdded: 2, contractsUpdated: 0 });
    expect(summary.text).toBe('1 file, 3 rows: 2 contracts added, 0 contracts updated.');
  });

  it('changes nothing when the same report is imported again', () => {
    const once = importInto(emptyHistory(), EXAMPLE).history;
    const { history, summary } = importEarningsReports(once, [EXAMPLE], LATER);
    expect(history).toEqual(once);
    expect(summary.text).toBe(
      '1 file, 3 rows: 0 contracts added, 0 contracts updated; 3 rows were already known.',
    );
  });

  it('counts overlapping reports once, in either order and in one go or two', () => {
    const rows = dailyRows(2, '2026-11-24');
    const whole = file('whole.csv', rows);
    const first = file(
      '2025.csv',
      rows.filter((r) => r.date < '2026-03-01'),
    );
    const second = file(
      '2026.csv',
      rows.filter((r) => r.date >= '2025-09-01'),
    );
    const contractsOf = (h: History) => Object.values(h.contracts).map(({ lastSeenAt, ...c }) => c);
    const expected = contractsOf(importInto(emptyHistory(), whole).history);
    expect(contractsOf(importInto(emptyHistory(), first, second).history)).toEqual(expected);
    expect(contractsOf(importInto(importInto(emptyHistory(), second).history, first).history)).toEqual(
      expected,
    );
    const total = rows.reduce((sum, r) => sum + Number(r.amount), 0);
    const earned = expected.reduce((sum, c) => sum + (c.earnings ?? 0), 0);
    expect(earned).toBeCloseTo(total, 2);
  });

  it('adds up several years imported a year at a time', () => {
    const rows = dailyRows(5, '2026-11-24');
    const years = ['2021', '2022', '2023', '2024', '2025', '2026'].map((year) =>
      file(
        `${year}.csv`,
        rows.filter((r) => r.date.startsWith(year)),
      ),
    );
    let history = emptyHistory();
    for (const year of years) history = importInto(history, year).history;
    const contracts = Object.values(history.contracts);
    expect(contracts).toHaveLength(new Set(rows.map((r) => r.contract)).size);
    // A contract that ran across New Year has one start and one last day, from both files.
    const across = contracts.find(
      (c) => c.startedAt?.startsWith('2022') && c.lastActivityAt?.startsWith('2023'),
    );
    expect(across).toBeDefined();
    const total = rows.reduce((sum, r) => sum + Number(r.amount), 0);
    expect(contracts.reduce((sum, c) => sum + (c.earnings ?? 0), 0)).toBeCloseTo(total, 2);
  });

  it('counts two equal bonuses of one day in one file twice, and still twice after a re-import', () => {
    const bonus = { date: '2025-03-01', contract: DASHBOARD, amount: '20', type: 'Bonus' };
    const twice = file('bonuses.csv', [bonus, bonus]);
    const once = importInto(emptyHistory(), twice).history;
    expect(once.contracts['39725429']?.earnings).toBe(40);
    expect(importInto(once, twice, file('again.csv', [bonus])).history.contracts['39725429']?.earnings).toBe(
      40,
    );
  });

  it('keeps what the pages showed: status, end, feedback, a later activity and higher lifetime earnings', () => {
    const fromPage = {
      title: 'React dashboard',
      clientName: 'Orbit Labs',
      status: 'ended',
      startedAt: '2025-01-05',
      endedAt: '2025-03-10',
      lastActivityAt: '2025-03-09',
      earnings: 900,
      feedbackReceived: 5,
    } as const;
    const seen = mergeContracts(
      emptyHistory(),
      [
        { ...blankContract('39725429'), ...fromPage },
        { ...blankContract('39343332'), status: null, earnings: 40, lastActivityAt: '2024-12-01' },
      ],
      NOW,
    );
    const { history, summary } = importInto(seen, EXAMPLE);
    expect(history.contracts['39725429']).toMatchObject({ ...fromPage, kind: 'hourly' });
    // Known, but its status never read: unknown; the report's later day and larger sum win.
    expect(history.contracts['39343332']).toMatchObject({
      status: 'unknown',
      earnings: 100,
      lastActivityAt: '2024-12-30',
      startedAt: '2024-12-30',
    });
    expect(summary).toMatchObject({ contractsAdded: 0, contractsUpdated: 2 });
  });

  it("leaves the user's corrections as they are", () => {
    const corrected = editContract(
      emptyHistory(),
      { id: '39725429', title: 'My dashboard', earnings: 5000, kind: 'fixed', status: 'active' },
      NOW,
    );
    const contract = importInto(corrected, EXAMPLE).history.contracts['39725429'];
    expect(contract).toMatchObject({
      title: 'My dashboard',
      earnings: 5000,
      kind: 'fixed',
      status: 'active',
    });
    expect(contract).toMatchObject({ startedAt: '2025-02-11', lastActivityAt: '2025-02-19' });
  });

  it('changes nothing when a history exported after an import gets the same report again', () => {
    const imported = importInto(emptyHistory(), EXAMPLE).history;
    const exported = JSON.parse(JSON.stringify(exportHistory(imported, NOW)));
    const restored = importHistory(emptyHistory(), exported, LATER).history;
    const again = importEarningsReports(restored, [EXAMPLE], LATER);
    expect(again.summary.newRows).toBe(0);
    expect(again.history.contracts).toEqual(restored.contracts);
  });
});

describe('a history from before the earnings report', () => {
  it('loads with every contract and takes the report after', async () => {
    const v1 = { ...emptyHistory(), schemaVersion: 1, reportRows: undefined };
    v1.contracts = mergeContracts(
      emptyHistory(),
      [{ ...blankContract('39725429'), status: 'active', earnings: 10 }],
      NOW,
    ).contracts;
    const area = memoryStorage({ [HISTORY_KEY]: JSON.parse(JSON.stringify(v1)) });
    const store = new Store(area, () => NOW);
    const history = await store.read();
    expect(history.schemaVersion).toBe(SCHEMA_VERSION);
    expect(history.contracts['39725429']).toMatchObject({ status: 'active', earnings: 10 });
    expect(Object.keys(area.data).filter((k) => k.startsWith('backup:'))).toEqual([]);
    const after = await store.update((h, now) => importEarningsReports(h, [EXAMPLE], now).history);
    expect(after.contracts['39725429']).toMatchObject({ status: 'active', earnings: 26 });
  });
});

describe('the import-report message', () => {
  const EXTENSION = 'abcdefghijklmnopabcdefghijklmnop';
  const ORIGIN = `chrome-extension://${EXTENSION}/`;
  const options = { id: EXTENSION, url: `${ORIGIN}options.html` };
  const setup = () => {
    const store = new Store(memoryStorage(), () => NOW);
    const ctx = { store, extensionId: EXTENSION, extensionOrigin: ORIGIN };
    return {
      store,
      send: (message: unknown, sender: Sender = options) => handleMessage(message, sender, ctx),
    };
  };
  const csv = reportCsv([{ date: '2025-02-11', contract: DASHBOARD, hours: '1', amount: '6' }]);

  it('imports the files the options page sends and says what was added', async () => {
    const { send } = setup();
    const reply = await send({ type: 'import-report', files: [{ name: '2025.csv', text: csv }] });
    expect(reply).toMatchObject({
      ok: true,
      summary: '1 file, 1 row: 1 contract added, 0 contracts updated.',
    });
    expect(reply.ok && reply.state?.history.contracts['39725429']?.earnings).toBe(6);
  });

  it('refuses the whole batch when one file is bad, naming it, and changes nothing', async () => {
    const { send, store } = setup();
    const reply = await send({
      type: 'import-report',
      files: [
        { name: '2025.csv', text: csv },
        { name: 'notes.csv', text: '"Date","Note"\n' },
      ],
    });
    expect(reply).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^notes\.csv, line 1: expected Upwork's earnings report columns .*Nothing was imported\.$/,
      ),
    });
    expect((await store.read()).contracts).toEqual({});
  });

  it('takes reports only from the extension’s own pages', async () => {
    const { send } = setup();
    const tab = { id: EXTENSION, url: 'https://www.upwork.com/nx/reports/freelancer/', tab: { id: 1 } };
    const reply = await send({ type: 'import-report', files: [{ name: 'a.csv', text: csv }] }, tab);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining("extension's own pages") });
  });
});
