import type { JobListParse } from '../core/schema/job';
import { jobTiles, readTile, tileList } from '../pages/tiles';
import { settings } from './settings';
import { eachInSlices } from './slices';

/**
 * A job list read in slices that yield to the page (slices.ts): the report of 5,000 tiles is made without a
 * task of seconds. Null when the page moved on before the last slice.
 */
export async function readJobListInSlices(signal: AbortSignal): Promise<JobListParse | null> {
  const reads: ReturnType<typeof readTile>[] = [];
  const url = location.href;
  const done = await eachInSlices(
    jobTiles(document),
    (tile) => reads.push(readTile(tile, settings())),
    signal,
  );
  return done ? tileList(url, reads) : null;
}
