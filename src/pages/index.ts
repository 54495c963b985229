import type { ParseResult } from '../core/schema/parse-result';
import type { Settings } from '../core/settings';
import { pageKind } from './detect';
import { parseJob } from './job';

/** Parses any Upwork page into its parse result (DESIGN.md). Never throws on an unexpected page. */
export function parsePage(doc: Document, url: string, settings: Settings): ParseResult {
  switch (pageKind(url)) {
    case 'job':
      return parseJob(doc, url, settings);
    default:
      return { page: 'other', url, missed: [] };
  }
}
