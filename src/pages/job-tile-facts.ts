/**
 * A slider opens over the list it came from, and the job's own tile stays under it. Where the slider's client box does
 * not show the client's rating or payment status (the 2026 layout), the tile does: the verdict uses the tile's, and
 * the panel says where they came from.
 */
import { withRemembered } from '../core/history/remembered-tiles';
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
  const { facts: merged, taken } = withRemembered(facts, tile);
  return { facts: merged, fromTile: taken };
}
