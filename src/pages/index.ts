import type { ParseResult } from '../core/schema/parse-result';
import type { Settings } from '../core/settings';
import { parseContract } from './contract';
import { parseContracts } from './contracts';
import { pageKind } from './detect';
import { parseFreelancer } from './freelancer';
import { parseJob } from './job';
import { parseTiles } from './tiles';

/** Parses any Upwork page into its parse result (DESIGN.md). Never throws on an unexpected page. */
export function parsePage(doc: Document, url: string, settings: Settings): ParseResult {
  const kind = pageKind(url);
  switch (kind) {
    case 'job':
      return parseJob(doc, url, settings);
    case 'job-list':
      return parseTiles(doc, url, settings);
    case 'contracts':
      return parseContracts(doc, url);
    case 'contract':
      return parseContract(doc, url);
    case 'profile':
    case 'stats':
      return parseFreelancer(doc, url, kind);
    default:
      return { page: 'other', url, missed: [] };
  }
}
