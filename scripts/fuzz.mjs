// npm run fuzz: the parsers on at least 10,000 mutated pages (npm test runs a few hundred). jsdom keeps megabytes
// for every page it parses until the process ends, so the cases run in batches, each in a process of its own.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';

const BATCH = 250;
const perPage = Number(process.argv[2]) || 1000;
const pages = existsSync(join(ROOT, '..', 'shared', 'upwork-pages')) ? 11 : 8;
const started = Date.now();
let cases = 0;
for (let page = 0; page < pages; page++) {
  for (let batch = 0; batch < Math.ceil(perPage / BATCH); batch++) {
    const runs = Math.min(BATCH, perPage - batch * BATCH);
    const { status } = spawnSync('npx', ['vitest', 'run', 'test/unit/fuzz.test.ts', '--reporter=dot'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        FUZZ_RUNS: String(runs),
        FUZZ_PAGE: String(page),
        FUZZ_SEED: String(1000 * page + batch + 1),
      },
    });
    if (status !== 0) {
      console.error(`Page ${page}, batch ${batch} (seed ${1000 * page + batch + 1}) failed: rerun it with`);
      console.error(
        `  FUZZ_PAGE=${page} FUZZ_SEED=${1000 * page + batch + 1} FUZZ_RUNS=${runs} npx vitest run test/unit/fuzz.test.ts`,
      );
      process.exit(1);
    }
    cases += runs;
  }
  console.log(`page ${page + 1} of ${pages}: ${cases} cases so far, none failed`);
}
console.log(
  `${cases} mutated pages parsed without an error or a value outside the schema, in ${Math.round((Date.now() - started) / 1000)} s.`,
);
