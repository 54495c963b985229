/**
 * A job's page, apply page or slider: the job, About the client, the client's recent history, the activity.
 * Every field it cannot read is null, and named in `missed` when the layout should have shown it.
 */

import { withRemembered } from '../core/history/remembered-tiles';
import {
  type MissingFact,
  ratingsGiven,
  type Screening,
  screenClient,
  unrated,
  verdictOf,
} from '../core/rules/client';
import type { RememberedTile } from '../core/schema/history';
import type { JobParse } from '../core/schema/job';
import type { Settings } from '../core/settings';
import { isJobApply, jobIdFromUrl } from './detect';
import { first, textOf } from './dom';
import { clientBox, EMPTY_CLIENT, expectedFields, readClient, readVerdictFacts } from './job-client';
import { readActivity, readHistory, readRatingsGiven } from './job-history';
import { tileUnderSlider, withTileFacts } from './job-tile-facts';

export const SELECTORS = {
  title: [
    // The proposal form puts the job under "Job details"; its h1 is "Submit a Proposal".
    '.fe-job-details h3',
    '.job-details-card h1',
    '.job-details-card h4 > span',
    '.job-details-card h4',
    'h1',
    'main h4',
    'h4',
  ],
} as const;

/**
 * The verdict on the client in `box`, from the facts it rests on and the ratings the client gave: what the panel
 * reads while the page opens, the same verdict `parseJob` gives. Null while the box shows nothing about the
 * client (Upwork fills it in over a few seconds).
 */
export function screenJobClient(
  box: Element,
  settings: Settings,
  url = box.ownerDocument.URL,
  remembered: RememberedTile | null = null,
): (Screening & { fromTile: MissingFact[]; fromMemory: MissingFact[] }) | null {
  const read = readVerdictFacts(box);
  const shown = (facts: object) => Object.values(facts).some((value) => value !== null);
  if (!shown(read) && !shown(readClient(box))) return null;
  const { facts: withTile, fromTile } = withTileFacts(read, tileUnderSlider(box.ownerDocument, url));
  // The tile on the page first; else the one seen earlier, on another page.
  const { facts, taken: fromMemory } = withRemembered(withTile, remembered);
  return { ...screenClient(facts, readRatingsGiven(box.ownerDocument), settings), fromTile, fromMemory };
}

export function parseJob(doc: Document, url: string, settings: Settings): JobParse {
  const box = clientBox(doc);
  const { facts: client } = withTileFacts(
    box ? readClient(box) : { ...EMPTY_CLIENT },
    box ? tileUnderSlider(doc, url) : null,
  );
  const clientHistory = readHistory(doc);
  // A client nobody rated has no rating or review count to read.
  const noReviews = unrated(client);
  const missed: string[] = box
    ? expectedFields(box)
        .filter((k) => client[k] === null && !(noReviews && (k === 'rating' || k === 'reviews')))
        .map((k) => `client.${k}`)
    : isJobApply(new URL(url))
      ? [] // The proposal form shows the job, not its client.
      : ['client'];
  const id = jobIdFromUrl(url);
  if (!id) missed.unshift('job.id');
  const title = textOf(first(doc, SELECTORS.title));
  if (!title) missed.unshift('job.title');
  const screening = screenClient(client, ratingsGiven({ clientHistory }), settings);
  const activity = readActivity(doc);
  return {
    page: 'job',
    url,
    missed,
    job: { id, title },
    client,
    clientHistory,
    ...(activity && { activity }),
    verdict: verdictOf(screening),
  };
}
