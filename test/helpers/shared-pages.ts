import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from 'vitest';
import { ROOT } from './dom';

/** Real saved Upwork pages live beside the repo in ../shared (not copied in); a user's fresh clone has none. */
export const SHARED_PAGES = join(ROOT, '..', 'shared', 'upwork-pages');
export const hasSharedPages = existsSync(SHARED_PAGES);

if (!hasSharedPages) {
  if (process.env.CI) throw new Error(`CI must have the real Upwork pages at ${SHARED_PAGES}`);
  console.log(`Skipping the tests on real Upwork pages: ${SHARED_PAGES} is not there (it is in CI).`);
}

/** `describe` for suites that read ../shared/upwork-pages: skipped, with a line saying so, where it is absent. */
export const describeRealPages = hasSharedPages ? describe : describe.skip;

export function realPage(name: string): string {
  return readFileSync(join(SHARED_PAGES, name), 'utf8');
}
