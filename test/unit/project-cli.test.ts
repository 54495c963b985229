import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
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
  it('prints the projection of a file with contracts', () => {
    const { status, stdout } = run(join(FIXTURES, 'histories', 'sixty-percent.json'), '--now', '2026-11-25');
    expect(status).toBe(0);
    const projection = JSON.parse(stdout);
    expect(projection).toMatchObject({ projected: 60, bestWindow: '6', range: { low: 60, high: 60 } });
    expect(Object.keys(projection.outcomes)).toHaveLength(10);
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
    const good = join(FIXTURES, 'histories', 'sixty-percent.json');
    expect(run(good, '--now', 'yesterday')).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('YYYY-MM-DD'),
    });
    expect(run()).toMatchObject({ status: 2, stderr: expect.stringContaining('usage') });
  });
});
