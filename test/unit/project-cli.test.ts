import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/dom';

const run = (...args: string[]) => {
  const { status, stdout, stderr } = spawnSync(
    'node',
    ['scripts/run-ts.mjs', 'src/cli/project.ts', '--', ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status, stdout, stderr };
};

const temp = (name: string, text: string) => {
  const file = join(tmpdir(), `jss-guard-${process.pid}-${name}`);
  writeFileSync(file, text);
  return file;
};

// Each case spawns node and bundles the CLI; on a busy shared machine that can take seconds.
describe('npm run project', { timeout: 60_000 }, () => {
  const sixty = join(FIXTURES, 'histories', 'sixty-percent.json');

  it('prints the projection of a file with contracts under the current rules by default', () => {
    const { status, stdout } = run(sixty, '--now', '2026-11-25');
    expect(status).toBe(0);
    const projection = JSON.parse(stdout);
    // 8 × 5.0, one 3.0, one $0, all weighing 1: 60%; with the $0 left out at the high end, 7 / 9 = 78%.
    expect(projection).toMatchObject({
      rules: 'current',
      projected: 60,
      bestWindow: 24,
      range: { low: 60, high: 78 },
      windows: { '24': { weighted: { successful: 8, negative: 2, neutral: 0, total: 10 } } },
      nextUpdate: '2026-11-26',
    });
    expect(Object.keys(projection.windows)).toEqual(['24']);
    expect(Object.keys(projection.outcomes)).toHaveLength(10);
    expect(projection.outcomes.s1).toEqual({ outcome: 'successful', reason: '5.0 feedback', weight: 1 });
  });

  it('follows --rules over the file’s settings, and the file’s settings over the default', () => {
    const legacy = JSON.parse(run(sixty, '--now', '2026-11-25', '--rules', 'legacy').stdout);
    expect(legacy).toMatchObject({ rules: 'legacy', projected: 60, bestWindow: 6 });
    expect(Object.keys(legacy.windows)).toEqual(['6', '12', '24']);
    const data = JSON.parse(readFileSync(sixty, 'utf8'));
    const file = temp('legacy.json', JSON.stringify({ ...data, settings: { jssRules: 'legacy' } }));
    expect(JSON.parse(run(file, '--now', '2026-11-25').stdout).rules).toBe('legacy');
    expect(JSON.parse(run(file, '--now', '2026-11-25', '--rules', 'current').stdout).rules).toBe('current');
    expect(run(sixty, '--rules', 'newest')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--rules must be current or legacy'),
    });
  });

  it('names the bad field and exits with 2', () => {
    const file = temp(
      'bad.json',
      JSON.stringify({ contracts: [{ id: 'a' }, { id: 'b', earnings: 'lots' }] }),
    );
    const { status, stderr, stdout } = run(file, '--now', '2026-11-25');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('contracts[1].earnings');
  });

  it('explains a missing file, a file that is not JSON, a file without contracts and a bad date', () => {
    expect(run('/no/such/history.json')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('cannot read'),
    });
    expect(run(temp('text.json', 'not json'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('is not JSON'),
    });
    expect(run(temp('empty.json', '{}'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('contracts'),
    });
    expect(run(sixty, '--now', 'yesterday')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('YYYY-MM-DD'),
    });
    expect(run()).toMatchObject({ status: 2, stderr: expect.stringContaining('usage') });
  });
});
