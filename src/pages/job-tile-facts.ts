/**
 * A slider opens over the list it came from, and the job's own tile stays under it. Where the slider's client box does
 * not show the client's rating or payment status (the 2026 layout), the tile does: the verdict uses the tile's, and
 * the panel says where they came from.
 */
import type { MissingFact, ScreenedFacts } from '../core/rules/client';
import { isJobSlider, jobIdFromUrl, toUrl } from './detect';
import { lazyText, readPayment, readRating } from './tile-fields';
import { jobTiles, tileJobId } from './tiles';

type TileFacts = Pick<ScreenedFacts, 'rating' | 'reviews' | 'paymentVerified'>;

/** The facts on the tile of the job a slider shows, or null where the page is not a slider or has no such tile. */
export function tileUnderSlider(doc: Document, url: string): TileFacts | null {
  const parsed = toUrl(url);
  if (!parsed || !isJobSlider(parsed)) return null;
  const id = jobIdFromUrl(parsed);
  const tile = id ? jobTiles(doc).find((t) => tileJobId(t) === id) : undefined;
  if (!tile) return null;
  const text = lazyText(tile);
  return { paymentVerified: readPayment(tile, text), ...readRating(tile, text) };
}

/** The box's facts, with the rating and payment status its tile shows where the box shows none; names what it took. */
export function withTileFacts<T extends TileFacts>(
  facts: T,
  tile: TileFacts | null,
): { facts: T; fromTile: MissingFact[] } {
  if (!tile) return { facts, fromTile: [] };
  const merged = { ...facts };
  const fromTile: MissingFact[] = [];
  // A box that says "No reviews yet" has read the rating: nothing to take.
  if (facts.rating === null && facts.reviews === null && tile.rating !== null) {
    merged.rating = tile.rating;
    merged.reviews = tile.reviews;
    fromTile.push('rating');
  }
  if (facts.paymentVerified === null && tile.paymentVerified !== null) {
    merged.paymentVerified = tile.paymentVerified;
    fromTile.push('paymentVerified');
  }
  return { facts: merged, fromTile };
}
