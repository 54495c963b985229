import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from '../helpers/dom';

const run = (...args: string[]) =>
  spawnSync('node', ['scripts/run-ts.mjs', 'src/cli/parse.ts', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('npm run parse', { timeout: 60_000 }, () => {
  it('prints what the content script would send for a saved page, with the verdict', () => {
    const { status, stdout } = run(
      '--url',
      'https://www.upwork.com/jobs/Fix_~021990000000000000001/',
      join(FIXTURES, 'demo', 'job-risky-client.html'),
    );
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({
      page: 'job',
      job: { id: '~021990000000000000001' },
      client: { rating: 2.86 },
      verdict: { level: 'avoid' },
    });
  });

  it('reads the page kind from the URL', () => {
    const { stdout } = run(
      '--url',
      'https://www.upwork.com/nx/wm/contracts?status=closed',
      join(FIXTURES, 'pages', 'contracts-closed-table.html'),
    );
    expect(JSON.parse(stdout)).toMatchObject({ page: 'contracts', missed: [] });
  });

  it('explains a missing URL or file with exit code 2', () => {
    expect(run(join(FIXTURES, 'demo', 'job-risky-client.html'))).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--url'),
    });
    expect(
      run('--url', 'https://www.upwork.com/jobs/~021990000000000000001', '/no/such/page.html'),
    ).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('cannot read'),
    });
  });

  it('reads the invitations’ local times as of --now in --tz', () => {
    const { status, stdout } = run(
      '--url',
      'https://www.upwork.com/nx/proposals/',
      join(FIXTURES, 'pages', 'proposals-text-only.html'),
      '--now',
      '2026-11-25T12:00:00Z',
      '--tz',
      'America/New_York',
    );
    expect(status).toBe(0);
    expect(JSON.parse(stdout).invitations[0]).toMatchObject({
      title: 'WordPress speed audit',
      receivedAt: '2026-11-25T02:30:00.000Z',
    });
    expect(run('--url', 'https://www.upwork.com/nx/proposals/', 'x.html', '--now', 'soon').status).toBe(2);
  });
});
