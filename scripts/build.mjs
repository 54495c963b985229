// Builds dist/chrome and dist/firefox (Manifest V3) with esbuild.
//   node scripts/build.mjs            release: minified, no source maps
//   node scripts/build.mjs --watch    development: source maps, rebuilds on change
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { TARGETS } from './manifest.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const dev = watch || process.argv.includes('--dev');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

const STATIC = [
  ['src/popup/popup.html', 'popup.html'],
  ['src/popup/popup.css', 'popup.css'],
  ['src/options/options.html', 'options.html'],
  ['icons', 'icons'],
];

function writeStatic(outdir, target) {
  for (const [from, to] of STATIC) cpSync(join(root, from), join(outdir, to), { recursive: true });
  const manifest = { ...JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')), version: pkg.version };
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(TARGETS[target](manifest), null, 2)}\n`);
}

/**
 * Preact supports `dangerouslySetInnerHTML`, which we never use; its `innerHTML` writes are turned into
 * `textContent` writes so no bundle of ours can set markup, whatever a future component does.
 */
const noInnerHtml = {
  name: 'no-inner-html',
  setup(build) {
    build.onLoad({ filter: /preact[\\/]dist[\\/]preact\.module\.js$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8');
      const patched = source.replaceAll('.innerHTML=', '.textContent=');
      if (patched === source)
        throw new Error(`no innerHTML write found in ${path}: check the no-inner-html plugin`);
      return { contents: patched, loader: 'js' };
    });
  },
};

function options(outdir) {
  const common = {
    bundle: true,
    minify: !dev,
    sourcemap: dev ? 'linked' : false,
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
    outdir,
    plugins: [noInnerHtml],
  };
  // Chromium compiles every function of a file with this comment while loading it, instead of each one on its first
  // call: the content script's (at document_start, before Upwork's page is parsed) are then ready when the page is,
  // and the panel shows ~3 ms sooner after it (docs/performance.md). Other browsers ignore the comment.
  const compiledOnLoad = { banner: { js: '//# allFunctionsCalledOnLoad' } };
  return [
    { ...common, ...compiledOnLoad, entryPoints: { content: 'src/content/index.ts' }, format: 'iife' },
    { ...common, entryPoints: { background: 'src/background/index.ts' }, format: 'esm' },
    {
      ...common,
      entryPoints: { popup: 'src/popup/popup.tsx', options: 'src/options/options.tsx' },
      format: 'iife',
    },
  ];
}

for (const target of Object.keys(TARGETS)) {
  const outdir = join(root, 'dist', target);
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  writeStatic(outdir, target);
  for (const config of options(outdir)) {
    const plugins = [
      ...config.plugins,
      { name: 'static', setup: (b) => b.onEnd(() => writeStatic(outdir, target)) },
    ];
    if (watch) await (await esbuild.context({ ...config, absWorkingDir: root, plugins })).watch();
    else await esbuild.build({ ...config, absWorkingDir: root });
  }
}
console.log(
  watch
    ? 'Watching src/ — dist/chrome and dist/firefox rebuild on change.'
    : `Built dist/chrome and dist/firefox (${dev ? 'development' : 'release'}).`,
);
