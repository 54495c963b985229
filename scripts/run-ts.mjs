// Runs a TypeScript entry point under Node: bundles it with esbuild (dependencies left external) and imports it.
//   node scripts/run-ts.mjs src/cli/parse.ts -- args…
import { mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
const outdir = join(root, 'node_modules', '.cache', 'jss-guard');
mkdirSync(outdir, { recursive: true });
const outfile = join(outdir, `${basename(entry).replace(/\.tsx?$/, '')}.mjs`);
await esbuild.build({
  entryPoints: [join(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
  absWorkingDir: root,
  plugins: [
    {
      // Our .mjs scripts find files relative to themselves: import them where they are, not bundled.
      name: 'scripts-in-place',
      setup(build) {
        build.onResolve({ filter: /\.mjs$/ }, (args) => ({
          path: resolve(args.resolveDir, args.path),
          external: true,
        }));
      },
    },
  ],
});
process.argv = [process.argv[0], outfile, ...args.filter((a, i) => !(i === 0 && a === '--'))];
await import(pathToFileURL(outfile).href);
