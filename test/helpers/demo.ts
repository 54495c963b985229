import { DEMO_PAGES } from '../../scripts/demo-pages.mjs';

/** The upwork.com address a demo page is served at, by its fixture file. */
export function demoUrl(file: string): string {
  const page = DEMO_PAGES.find((p) => p.file === file);
  if (!page) throw new Error(`no demo page ${file}`);
  return page.url;
}
