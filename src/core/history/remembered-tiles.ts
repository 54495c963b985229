/**
 * A client's rating and payment status as a job's tile showed them, kept by job id: the 2026 job page does not show
 * them, and then the verdict uses the remembered ones and says where they came from. Pure: `now` is passed in.
 */
import { copyDict, own } from '../dict';
import { MISSING_WORDS, type MissingFact, type ScreenedFacts } from '../rules/client';
import type { History, RememberedTile } from '../schema/history';
import type { JobListParse } from '../schema/job';
import { hoursBetween } from '../time';

/** Tiles remembered at most: the newest; a day of searching is a few hundred. */
export const MAX_REMEMBERED_TILES = 2000;

type TileFacts = Pick<ScreenedFacts, 'rating' | 'reviews' | 'paymentVerified'>;

/** Keeps the rating and payment status each tile of a job list shows, by job id; a tile that shows neither adds nothing. */
export function rememberTiles(history: History, result: JobListParse, now: string): History {
  const from = new URL(result.url).pathname.includes('/search') ? 'search' : 'feed';
  const tiles = copyDict(history.tiles ?? {});
  let added = false;
  for (const { jobId, client } of result.tiles) {
    if (!jobId || (client.rating === null && client.paymentVerified === null)) continue;
    const old = own(tiles, jobId);
    // A tile read later without a figure keeps the one read before.
    tiles[jobId] = {
      rating: client.rating ?? (client.reviews === null ? (old?.rating ?? null) : null),
      reviews: client.reviews ?? (client.rating === null ? (old?.reviews ?? null) : null),
      paymentVerified: client.paymentVerified ?? old?.paymentVerified ?? null,
      seenAt: now,
      from,
    };
    added = true;
  }
  if (!added) return history;
  const ids = Object.keys(tiles);
  if (ids.length > MAX_REMEMBERED_TILES) {
    const oldest = ids
      .sort((a, b) => (own(tiles, b)?.seenAt ?? '').localeCompare(own(tiles, a)?.seenAt ?? ''))
      .slice(MAX_REMEMBERED_TILES);
    for (const id of oldest) delete tiles[id];
  }
  return { ...history, tiles };
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
