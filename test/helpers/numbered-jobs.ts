import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from '../../scripts/demo-pages.mjs';

const template = readFileSync(join(FIXTURES_DIR, 'demo', 'job-risky-client.html'), 'utf8');

/** The id of numbered job `n`, and its address. */
export const jobId = (n: number) => `~0219900000000000${String(n).padStart(5, '0')}`;
export const jobUrl = (n: number) => `https://www.upwork.com/jobs/Job-${n}_${jobId(n)}/`;

/** Job pages numbered by their URL, each with its own title, all with the demo's client. */
export function numberedJobs(url: string): string | null {
  const n = /\/jobs\/Job-(\d+)_/.exec(url)?.[1];
  return n ? template.replace('Fix my Shopify checkout before Black Friday', `Numbered job ${n}`) : null;
}
