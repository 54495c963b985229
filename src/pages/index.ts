import type { ParseResult } from '../core/schema/parse-result';
import type { Settings } from '../core/settings';
import { parseContract } from './contract';
import { parseContracts } from './contracts';
import { pageKind } from './detect';
import { parseFreelancer } from './freelancer';
import { parseJob } from './job';
import { parseProposals } from './proposals';
import { type Clock, systemClock } from './received-time';
import { parseTiles } from './tiles';

/**
 * Parses any Upwork page into its parse result (DESIGN.md). Never throws on an unexpected page. `clock`: when and in
 * which time zone the page is read, for the local times it shows.
 */
export function parsePage(
  doc: Document,
  url: string,
  settings: Settings,
  clock: Clock = systemClock(),
): ParseResult {
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
    case 'proposals':
      return parseProposals(doc, url, clock);
    default:
      return { page: 'other', url, missed: [] };
  }
}
