/**
 * A client's rating and payment status as a job's tile showed them, kept by job id: the 2026 job page does not show
 * them, and then the verdict uses the remembered ones and says where they came from. Pure: `now` is passed in.
 */
import { copyDict, type Dict, own } from '../dict';
import { MAX_REMEMBERED_TILES } from '../limits';
import {
  MISSING_WORDS,
  type MissingFact,
  ratingsGiven,
  type ScreenedFacts,
  screenClient,
  verdictOf,
} from '../rules/client';
import type { History, RememberedTile } from '../schema/history';
import type { ClientFacts, JobListParse, JobParse, RememberedFacts } from '../schema/job';
import type { Settings } from '../settings';
import { hoursBetween } from '../time';

type TileFacts = Pick<ScreenedFacts, 'rating' | 'reviews' | 'paymentVerified'>;

/**
 * A job's tile as a later read of it leaves it: its figures, and the earlier read's rating and payment status where
 * the later one shows none (a rating and its review count go together).
 */
function laterTile(old: RememberedTile | undefined, next: RememberedTile): RememberedTile {
  return {
    ...next,
    rating: next.rating ?? (next.reviews === null ? (old?.rating ?? null) : null),
    reviews: next.reviews ?? (next.rating === null ? (old?.reviews ?? null) : null),
    paymentVerified: next.paymentVerified ?? old?.paymentVerified ?? null,
  };
}

/** Keeps the newest MAX_REMEMBERED_TILES of `tiles`, in place. */
function dropOldest(tiles: Dict<RememberedTile>): void {
  const ids = Object.keys(tiles);
  if (ids.length <= MAX_REMEMBERED_TILES) return;
  const oldest = ids
    .sort((a, b) => (own(tiles, b)?.seenAt ?? '').localeCompare(own(tiles, a)?.seenAt ?? ''))
    .slice(MAX_REMEMBERED_TILES);
  for (const id of oldest) delete tiles[id];
}

const showsNothing = (tile: Pick<RememberedTile, 'rating' | 'paymentVerified'>) =>
  tile.rating === null && tile.paymentVerified === null;

/** Keeps the rating and payment status each tile of a job list shows, by job id; a tile that shows neither adds nothing. */
export function rememberTiles(history: History, result: JobListParse, now: string): History {
  const from = new URL(result.url).pathname.includes('/search') ? 'search' : 'feed';
  const tiles = copyDict(history.tiles ?? {});
  let added = false;
  for (const { jobId, client } of result.tiles) {
    if (!jobId || showsNothing(client)) continue;
    const { rating, reviews, paymentVerified } = client;
    tiles[jobId] = laterTile(own(tiles, jobId), { rating, reviews, paymentVerified, seenAt: now, from });
    added = true;
  }
  if (!added) return history;
  dropOldest(tiles);
  return { ...history, tiles };
}

/**
 * Merges an exported history's remembered tiles (checked by the import's schema) into the stored ones: per job, the
 * later read wins as it would have in one browser; a date after `now` (another machine's clock) counts as `now`.
 * The newest MAX_REMEMBERED_TILES are kept. Returns how many jobs were new.
 */
export function importTiles(
  history: History,
  file: Readonly<Dict<RememberedTile>> | undefined,
  now: string,
): { history: History; added: number } {
  const entries = Object.entries(file ?? {}).filter(([, tile]) => !showsNothing(tile));
  if (entries.length === 0) return { history, added: 0 };
  const tiles = copyDict(history.tiles ?? {});
  const latest = Date.parse(now);
  const isNew: string[] = [];
  for (const [jobId, entry] of entries) {
    // Written as the store writes it, so dates compare as text (dropOldest).
    const tile = { ...entry, seenAt: new Date(Math.min(Date.parse(entry.seenAt), latest)).toISOString() };
    const old = own(tiles, jobId);
    if (!old) isNew.push(jobId);
    tiles[jobId] = old && old.seenAt >= tile.seenAt ? laterTile(tile, old) : laterTile(old, tile);
  }
  dropOldest(tiles);
  const added = isNew.filter((id) => Object.hasOwn(tiles, id)).length;
  return { history: { ...history, tiles }, added };
}

/** The page's facts, with the remembered tile's rating and payment status where the page shows none. */
export function withRemembered<T extends TileFacts>(
  facts: T,
  tile: TileFacts | null | undefined,
): { facts: T; taken: MissingFact[] } {
  if (!tile) return { facts, taken: [] };
  const merged = { ...facts };
  const taken: MissingFact[] = [];
  // A page that says "No reviews yet" has read the rating: nothing to take.
  if (facts.rating === null && facts.reviews === null && tile.rating !== null) {
    merged.rating = tile.rating;
    merged.reviews = tile.reviews;
    taken.push('rating');
  }
  if (facts.paymentVerified === null && tile.paymentVerified !== null) {
    merged.paymentVerified = tile.paymentVerified;
    taken.push('paymentVerified');
  }
  return { facts: merged, taken };
}

/**
 * A job page's parse result with the client facts the job's tile showed where the page shows none: the verdict rests
 * on them, `missed` no longer names them, and `remembered` says which they are, from which list and when. The
 * content script applies it to what it reports, and the background again with what it remembers.
 */
export function jobWithRemembered(
  result: JobParse,
  tile: RememberedTile | null | undefined,
  settings: Settings,
): JobParse {
  const { facts: client, taken } = withRemembered(result.client, tile);
  if (!tile || taken.length === 0) return result;
  const supplied = new Set<RememberedFacts['fields'][number]>(result.remembered?.fields);
  for (const fact of taken) {
    if (fact === 'paymentVerified') supplied.add('client.paymentVerified');
    else {
      supplied.add('client.rating');
      if (client.reviews !== null) supplied.add('client.reviews');
    }
  }
  const fields = [...supplied];
  return {
    ...result,
    client,
    missed: result.missed.filter((path) => !(fields as string[]).includes(path)),
    verdict: verdictOf(screenClient(client, ratingsGiven(result), settings)),
    remembered: { fields, from: tile.from, seenAt: tile.seenAt },
  };
}

/** "3 minutes ago", "2 hours ago", "4 days ago". */
export function ageWords(from: string, now: string): string {
  const hours = Math.max(0, hoursBetween(from, now));
  const [n, unit] =
    hours < 1 / 60
      ? [0, '']
      : hours < 1
        ? [Math.floor(hours * 60), 'minute']
        : hours < 48
          ? [Math.floor(hours), 'hour']
          : [Math.floor(hours / 24), 'day'];
  if (n === 0) return 'just now';
  return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
}

/** Where the facts a page does not show came from: "Rating 4.8 and payment verified from the search results, 2 hours ago". */
export function rememberedNote(
  tile: RememberedTile,
  taken: readonly MissingFact[],
  now: string,
): string | undefined {
  if (taken.length === 0) return undefined;
  const words = taken.map((fact) =>
    fact === 'rating' && tile.rating !== null
      ? `Rating ${tile.rating}`
      : fact === 'paymentVerified' && tile.paymentVerified !== null
        ? `payment ${tile.paymentVerified ? 'verified' : 'unverified'}`
        : MISSING_WORDS[fact],
  );
  const where = tile.from === 'search' ? 'the search results' : 'your job feed';
  const text = words.join(' and ');
  return `${text[0]?.toUpperCase()}${text.slice(1)} from ${where}, ${ageWords(tile.seenAt, now)}: this page does not show ${taken.length > 1 ? 'them' : 'it'}.`;
}

/** The note of `rememberedNote` for a job stored with facts from its tile, with the figures its client was stored with. */
export function rememberedSource(
  remembered: RememberedFacts,
  client: Pick<ClientFacts, 'rating' | 'reviews' | 'paymentVerified'> | undefined,
  now: string,
): string | undefined {
  const taken = (['rating', 'paymentVerified'] as const).filter((fact) =>
    remembered.fields.includes(`client.${fact}`),
  );
  const figures = {
    rating: client?.rating ?? null,
    reviews: client?.reviews ?? null,
    paymentVerified: client?.paymentVerified ?? null,
  };
  return rememberedNote({ ...figures, from: remembered.from, seenAt: remembered.seenAt }, taken, now);
}
