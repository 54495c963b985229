/**
 * `npm run --silent parse -- --outline <page-report.json | outline.txt>`: which of today's selectors match the
 * structure of a page a freelancer reported ("Copy page report" in the popup), and which text anchors matched
 * on their page. The outline is built back into elements (pages/outline.ts), so a changed selector can be tried on it.
 */
import { JSDOM } from 'jsdom';
import { selectorMatches } from '../pages/anchors';
import { clientBox } from '../pages/job-client';
import { skeleton } from '../pages/outline';
import { countJobLinks, jobTiles } from '../pages/tiles';

interface Reported {
  outline: string;
  textAnchors?: Record<string, number>;
  result?: { page?: string; url?: string; missed?: string[] };
}

/** A page report (JSON) or a bare outline (text). */
function reported(text: string): Reported {
  try {
    const json = JSON.parse(text) as Partial<Reported> | null;
    if (json && typeof json.outline === 'string') return json as Reported;
  } catch {
    // Not JSON: an outline pasted alone.
  }
  return { outline: text };
}

function split(counts: Record<string, number>) {
  const entries = Object.entries(counts);
  return {
    matched: Object.fromEntries(entries.filter(([, n]) => n > 0)),
    notMatched: entries.filter(([, n]) => n === 0).map(([name]) => name),
  };
}

export function outlineReport(text: string): object {
  const report = reported(text);
  const { document } = new JSDOM('<!doctype html><body></body>').window;
  const root = skeleton(report.outline, document);
  return {
    ...(report.result && {
      page: report.result.page,
      url: report.result.url,
      missed: report.result.missed,
    }),
    elements: root.querySelectorAll('*').length,
    jobLinks: countJobLinks(root),
    tiles: jobTiles(root).length,
    clientBox: clientBox(root) !== null,
    selectors: split(selectorMatches(root)),
    // Words cannot be tried on an outline, which has none: these are as counted on the freelancer's page.
    textAnchors: report.textAnchors ? split(report.textAnchors) : null,
  };
}
