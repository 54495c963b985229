// npm test: the type check, lint and format check, unit tests, then the end-to-end tests in Chromium and Firefox.
// Ends with one line "tests: N passed, N failed" over both vitest suites; exits non-zero if any step failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './browser.mjs';
import { BROWSER_TITLES, BROWSERS, browserPath } from './launch.mjs';

const reports = join(ROOT, 'node_modules', '.cache', 'jss-guard', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const run = (title, command, args) => {
  console.log(`\n▶ ${title}`);
  const { status } = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  return status === 0;
};
const vitest = (config, name) => [
  'vitest',
  'run',
  '--config',
  config,
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, `${name}.json`)}`,
];

const steps = [
  ['Type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit']],
  ['Lint and format check (biome)', 'npx', ['biome', 'check', '.']],
  ['Unit tests (vitest, jsdom)', 'npx', vitest('vitest.config.ts', 'unit')],
  ['Build (dist/chrome, dist/firefox)', 'node', ['scripts/build.mjs']],
  [
    'Firefox add-on lint (addons-linter, dist/firefox)',
    'npx',
    ['addons-linter', '--warnings-as-errors', 'dist/firefox'],
  ],
];
let ok = steps.map(([title, command, args]) => run(title, command, args)).every(Boolean);

// Never a silent skip: a missing browser fails its end-to-end tests (and this run), saying how to get it.
const missing = BROWSERS.flatMap((name) => {
  try {
    browserPath(name);
    return [];
  } catch (error) {
    return [error.message];
  }
});
for (const message of missing) console.error(`\n✖ ${message}`);
if (missing.length === BROWSERS.length) {
  console.error('\n✖ End-to-end tests not run: neither browser was found (see above for how to get one).');
  ok = false;
} else {
  ok =
    run(
      `End-to-end tests (${BROWSERS.map((b) => BROWSER_TITLES[b]).join(' and ')} with the built extension)`,
      'npx',
      vitest('vitest.e2e.config.ts', 'e2e'),
    ) &&
    missing.length === 0 &&
    ok;
}

let passed = 0;
let failed = 0;
for (const name of ['unit', 'e2e']) {
  const file = join(reports, `${name}.json`);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
console.log(`\n${ok ? 'All checks passed.' : 'Some checks FAILED (see above).'}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 && passed > 0 ? 0 : 1);
