// npm run fuzz: the parsers on at least 10,000 mutated pages (npm test runs a few hundred).
import { spawnSync } from 'node:child_process';
import { ROOT } from './browser.mjs';

const perPage = Number(process.argv[2]) || 1000;
console.log(`${perPage} mutated pages for each of the fuzzed pages (11 with ../shared, 8 without).`);
const { status } = spawnSync('npx', ['vitest', 'run', 'test/unit/fuzz.test.ts'], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    FUZZ_RUNS: String(perPage),
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`,
  },
});
process.exit(status ?? 1);
