import type { JobListParse } from '../core/schema/job';
import type { Steps } from '../pages/steps';
import { findJobTiles } from '../pages/tile-finder';
import { readTile, tileList } from '../pages/tiles';
import { settings } from './settings';
import { runInSlices } from './slices';

function* readJobList(url: string): Steps<JobListParse> {
  const reads: ReturnType<typeof readTile>[] = [];
  for (const tile of yield* findJobTiles(document)) {
    yield;
    reads.push(readTile(tile, settings()));
  }
  return tileList(url, reads);
}

/**
 * A job list found and read in slices that yield to the page (slices.ts): the report of 5,000 tiles is made
 * without a task of seconds. Null when the page moved on before the last slice.
 */
export function readJobListInSlices(signal: AbortSignal): Promise<JobListParse | null> {
  return runInSlices(readJobList(location.href), signal);
}
