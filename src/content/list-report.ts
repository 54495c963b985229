import type { JobListParse } from '../core/schema/job';
import { readTiles } from '../pages/tiles';
import { settings } from './settings';
import { runInSlices } from './slices';

/**
 * A job list found and read in slices that yield to the page (slices.ts): the report of 5,000 tiles is made
 * without a task of seconds. Null when the page moved on before the last slice.
 */
export function readJobListInSlices(signal: AbortSignal): Promise<JobListParse | null> {
  return runInSlices(readTiles(document, location.href, settings()), signal);
}
