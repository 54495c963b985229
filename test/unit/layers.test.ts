// Data flows one way: page → parser → message → store → popup. What two sides share lives in src/core, so the popup
// and options pages never load the background's code (or the content script's), and core stays pure. Each import in
// src is checked against the layers it may reach.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** The layers each layer may import from (itself always); `ext` is src/ext.ts, the small browser API wrapper. */
const MAY_IMPORT: Record<string, string[]> = {
  core: [],
  pages: ['core'],
  content: ['core', 'pages', 'ext'],
  background: ['core'],
  popup: ['core', 'pages', 'ext'],
  options: ['core', 'popup'],
  cli: ['core', 'pages'],
  ext: [],
};
/** Packages that touch the browser or render: never in the pure layers. */
const BROWSER_PACKAGES = ['webextension-polyfill', 'preact'];
const PURE = ['core', 'pages'];

const layerOf = (file: string) => relative(SRC, file).split(/[\\/]/)[0]?.replace(/\.ts$/, '') ?? '';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every module a file imports: static, side-effect-only, re-exported and dynamic. */
function importsOf(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((match) => match[1] as string);
}

/** "src/popup/api.ts imports src/background/handler" for each import that crosses into a layer it may not reach. */
function crossings(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const layer = layerOf(file);
    const allowed = MAY_IMPORT[layer];
    if (!allowed) {
      found.push(`${relative(SRC, file)} is in no known layer`);
      continue;
    }
    for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
      if (!specifier.startsWith('.')) {
        if (PURE.includes(layer) && BROWSER_PACKAGES.some((name) => specifier.startsWith(name)))
          found.push(`src/${relative(SRC, file)} imports ${specifier}`);
        continue;
      }
      const target = layerOf(resolve(dirname(file), specifier));
      if (target !== layer && !allowed.includes(target))
        found.push(
          `src/${relative(SRC, file)} imports src/${relative(SRC, resolve(dirname(file), specifier))}`,
        );
    }
  }
  return found;
}

describe('the layers of src', () => {
  it('import only from the layers below them: no page loads the background or the content script', () => {
    expect(crossings()).toEqual([]);
  });

  it('finds every kind of import, so a crossing cannot hide in one', () => {
    const source = [
      "import type { Reply } from '../background/handler';",
      "import { a,\n  b } from './x';",
      "export { c } from '../content/y';",
      "import '../background/side-effect';",
      "const later = await import('../content/lazy');",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      '../background/handler',
      './x',
      '../content/y',
      '../background/side-effect',
      '../content/lazy',
    ]);
  });
});
