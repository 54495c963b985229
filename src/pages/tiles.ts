/**
 * Job tiles on feeds and search, read: the job, its title and what the tile shows of the client (tile-fields.ts).
 * The tiles themselves are found by tile-finder.ts.
 */

import { MAX_TILES } from '../core/limits';
import { type Finding, type Screening, screenClient, unrated, verdictOf } from '../core/rules/client';
import type { JobListParse, JobTile, TileClient } from '../core/schema/job';
import type { Settings } from '../core/settings';
import { runAtOnce, type Steps } from '../core/steps';
import { first, textOf } from './dom';
import {
  findJobTiles,
  jobIdOfLink,
  jobIdOfUid,
  jobTiles,
  listedJobId,
  SELECTORS,
  titleLinkOf,
} from './tile-finder';

export { jobIdOfLink, jobTiles, SELECTORS } from './tile-finder';

import { lazyText, readCountry, readPayment, readRating, readSpent, verdictFacts } from './tile-fields';

/** The tile an element (a badge's host) is in. */
export function tileOf(element: Element): Element | null {
  return jobTiles(element.ownerDocument).find((tile) => tile.contains(element)) ?? null;
}

/** Where the tile's badge goes: beside its title link, else its title. */
export function badgeAnchor(tile: Element): Element | null {
  if (tile.matches(SELECTORS.jobLink)) return tile;
  return titleLinkOf(tile) ?? first(tile, SELECTORS.title);
}

/** A tile's verdict from the facts it rests on (payment, rating): all a badge needs, the least to read. */
export function screenTile(tile: Element, settings: Settings): Screening {
  return screenClient(verdictFacts(tile), [], settings);
}

/** The job a tile is for: its title link's, else any job link's, else its uid's. */
export function tileJobId(tile: Element, link: Element | null = titleLinkOf(tile)): string | null {
  if (link) {
    const id = jobIdOfLink(link);
    if (id) return id;
  }
  for (const a of tile.querySelectorAll(SELECTORS.jobLink)) {
    const id = jobIdOfLink(a);
    if (id) return id;
  }
  return jobIdOfUid(tile) ?? jobIdOfUid(tile.querySelector(SELECTORS.uid) ?? tile);
}

export function readTile(
  tile: Element,
  settings: Settings,
): { tile: JobTile; findings: Finding[]; missed: string[] } {
  const link = titleLinkOf(tile);
  const jobId = tileJobId(tile, link);
  const text = lazyText(tile);
  const client: TileClient = {
    paymentVerified: readPayment(tile, text),
    ...readRating(tile, text),
    totalSpent: readSpent(tile, text),
    country: readCountry(tile),
  };
  const screening = screenClient(client, [], settings);
  const nothingRead = client.paymentVerified === null && client.rating === null && client.reviews === null;
  // A client nobody rated has no rating to read.
  const notRead = screening.missing.filter((fact) => fact !== 'rating' || !unrated(client));
  const missed = [
    ...(jobId ? [] : ['jobId']),
    ...(nothingRead ? ['client'] : notRead.map((fact) => `client.${fact}`)),
  ];
  return {
    tile: {
      jobId,
      title: textOf(link) ?? textOf(first(tile, SELECTORS.title)),
      client,
      verdict: verdictOf(screening),
    },
    findings: screening.findings,
    missed,
  };
}

/** How many jobs the page links to outside a slider or job page: what a list of tiles should have read. */
export function countJobLinks(root: ParentNode): number {
  const ids = new Set<string>();
  for (const link of root.querySelectorAll(SELECTORS.jobLink)) {
    const id = listedJobId(link);
    if (id) ids.add(id);
  }
  return ids.size;
}

/** A job list found and read in steps: at once for a parser, in slices for the content script on a huge list. */
export function* readTiles(root: ParentNode, url: string, settings: Settings): Steps<JobListParse> {
  const reads: ReturnType<typeof readTile>[] = [];
  for (const tile of yield* findJobTiles(root)) {
    yield;
    reads.push(readTile(tile, settings));
  }
  return tileList(url, reads);
}

export function parseTiles(doc: Document, url: string, settings: Settings): JobListParse {
  return runAtOnce(readTiles(doc, url, settings));
}

/** A job list's parse result from its tiles as read. */
function tileList(url: string, reads: readonly ReturnType<typeof readTile>[]): JobListParse {
  const missed: string[] = [];
  const tiles = reads.slice(0, MAX_TILES).map((read, index) => {
    for (const field of read.missed) missed.push(`tiles.${index}.${field}`);
    return read.tile;
  });
  if (tiles.length === 0) missed.push('tiles');
  return { page: 'job-list', url, missed: missed.slice(0, 100), tiles };
}
