import type { JobListParse } from '../schema/job';
import type { ParseResult } from '../schema/parse-result';

/** Tiles of which at least one client fact was read. */
export function tilesRead(result: JobListParse): number {
  return result.tiles.filter(
    (t) => t.client.paymentVerified !== null || t.client.rating !== null || t.client.reviews !== null,
  ).length;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * What a page that yielded nothing useful had, for "JSS Guard could not read this page: 10 job links, 0 tiles read".
 * Only called for a page that failed (`parseFailed`).
 */
export function unreadSummary(result: ParseResult): string {
  switch (result.page) {
    case 'job-list':
      return `${plural(result.jobLinks ?? result.tiles.length, 'job link')}, ${plural(tilesRead(result), 'tile')} read`;
    case 'job':
      return 'no “About the client” box';
    case 'contracts':
    case 'contract':
      return 'no contract';
    case 'profile':
    case 'stats':
      return 'no Job Success Score or badge';
    default:
      return 'nothing it expected';
  }
}
