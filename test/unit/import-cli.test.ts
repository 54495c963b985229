import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dom';
import { reportCsv } from '../helpers/reports';

const run = (...args: string[]) =>
  spawnSync('node', ['scripts/run-ts.mjs', 'src/cli/import.ts', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

const temp = (name: string, text: string) => {
  const file = join(tmpdir(), `jss-guard-import-${process.pid}-${name}`);
  writeFileSync(file, text);
  return file;
};

const DASHBOARD = 'React dashboard, "v2" (39725429)';
const REPORT_2024 = temp(
  '2024.csv',
  reportCsv([
    { date: '2024-12-30', contract: DASHBOARD, hours: '2', amount: '90' },
    { date: '2024-11-02', contract: 'Landing page (39343332)', amount: '100', type: 'Fixed Price Payment' },
  ]),
);
const REPORT_2025 = temp(
  '2025.csv',
  reportCsv([
    { date: '2024-12-30', contract: DASHBOARD, hours: '2', amount: '90' },
    { date: '2025-02-19', contract: DASHBOARD, amount: '20', type: 'Bonus' },
  ]),
);

// Each case spawns node and bundles the CLI; on a busy shared machine that can take seconds.
describe('npm run import', { timeout: 60_000 }, () => {
  it('prints the history export of several reports on stdout and what was added on stderr', () => {
    const { status, stdout, stderr } = run(REPORT_2024, REPORT_2025, '--now', '2025-03-01');
    expect(status).toBe(0);
    const history = JSON.parse(stdout);
    expect(history.exportedAt).toBe('2025-03-01T00:00:00.000Z');
    expect(history.contracts).toHaveLength(2);
    expect(history.contracts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: '39725429',
          title: 'React dashboard, "v2"',
          earnings: 110,
          kind: 'hourly',
        }),
        expect.objectContaining({ id: '39343332', earnings: 100, kind: 'fixed', status: 'unknown' }),
      ]),
    );
    expect(stderr).toBe(
      '2 files, 4 rows: 2 contracts added, 0 contracts updated; 1 row was already known.\n',
    );
  });

  it('imports into an exported history, and importing the same report again changes nothing', () => {
    const first = run(REPORT_2024, '--now', '2025-03-01');
    const into = temp('history.json', first.stdout);
    const again = run(REPORT_2024, '--into', into, '--now', '2025-03-01');
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout));
    const more = run(REPORT_2025, '--into', into, '--now', '2025-03-01');
    const dashboard = JSON.parse(more.stdout).contracts.find((c: { id: string }) => c.id === '39725429');
    expect(dashboard).toMatchObject({ earnings: 110, startedAt: '2024-12-30', lastActivityAt: '2025-02-19' });
  });

  it('refuses a bad report naming its file and line, printing no history', () => {
    const bad = temp(
      'bad.csv',
      `${reportCsv([{ date: '2025-01-01', contract: DASHBOARD, amount: '5' }])}"2025-01-02","A (1)","","5,5",""\n`,
    );
    const { status, stdout, stderr } = run(REPORT_2024, bad);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${bad}, line 3: the amount "5,5" is not a number\nNothing was imported.\n`);
  });

  it('explains a missing report, a bad --into and no arguments', () => {
    expect(run('/no/such/report.csv')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('cannot read'),
    });
    expect(run(REPORT_2024, '--into', temp('x.json', '{"contracts": 3}'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is not a JSS Guard history export'),
    });
    expect(run()).toMatchObject({ status: 2, stderr: expect.stringContaining('usage:') });
  });
});
