import type { Screening } from '../core/rules/client';
import type { Steps } from '../core/steps';
import { hasJobTiles } from '../pages/detect';
import { findJobTiles } from '../pages/tile-finder';
import { badgeAnchor, SELECTORS, screenTile, tileOf } from '../pages/tiles';
import type { Feature } from './feature';
import { tileFolder } from './fold-tiles';
import { markHintsShown } from './hints-mark';
import { addsElements, onMutations } from './observe';
import { settings } from './settings';
import { mountHint } from './shadow';
import { runInSlices } from './slices';
import { addTileTip, BADGE_CSS, onFirstTipWanted, tileBadge } from './ui/tile-badge';

const UNREAD: Screening = { level: 'unknown', findings: [], missing: ['rating', 'paymentVerified'] };

/** A verdict badge beside each job tile's title, on feeds, search and under an open slider; new tiles get theirs. */
export const tileBadges: Feature = {
  id: 'tile-badges',
  include: [hasJobTiles],
  init(signal) {
    if (!settings().showTileBadges) return;
    const badged = new WeakSet<Element>();
    const folder = settings().foldAvoidTiles ? tileFolder(signal) : null;
    /** Each badge's tile, kept from when it was made: finding one tile among 5,000 again costs a long task. */
    const tileOfHost = new WeakMap<Element, Element>();
    let shown = 0;
    /** Badges the tiles that have none; says whether it folded any. */
    function* badgeSteps(): Steps<boolean> {
      let folded = false;
      for (const tile of yield* findJobTiles(document)) {
        const anchor = badged.has(tile) ? null : badgeAnchor(tile);
        if (!anchor) continue;
        // A pause before each badge rather than after: the last one is marked shown at once.
        yield;
        badged.add(tile);
        const { level } = screenTile(tile, settings());
        tileOfHost.set(mountHint(anchor, 'tile-badge', 'after', BADGE_CSS, tileBadge(level), signal), tile);
        shown++;
        if (folder && level === 'avoid') {
          folder.fold(tile);
          folded = true;
        }
      }
      markHintsShown('tile-badge', shown);
      return folded;
    }
    let running = false;
    let again = false;
    // Found and badged in slices that yield to the page (slices.ts): 5,000 tiles do not block it for seconds.
    const badgeNewTiles = async () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      do {
        again = false;
        if (await runInSlices(badgeSteps(), signal)) folder?.update();
      } while (again && !signal.aborted);
      running = false;
    };
    void badgeNewTiles();
    // Tiles are found from their job links: only a change that brings links in can bring tiles.
    const jobs = `${SELECTORS.jobLink}, ${SELECTORS.uid}`;
    onMutations(document, () => void badgeNewTiles(), { signal, when: addsElements(jobs) });
    // The reasons are read again when first wanted, rather than kept for each of the 500 badges.
    onFirstTipWanted(
      'tile-badge',
      (badge, host) => {
        const tile = tileOfHost.get(host) ?? tileOf(host);
        addTileTip(badge, tile ? screenTile(tile, settings()) : UNREAD);
      },
      signal,
    );
  },
};

/*
Sample URLs:
https://www.upwork.com/nx/find-work/most-recent
https://www.upwork.com/nx/search/jobs/?q=react
https://www.upwork.com/nx/s/find-work/best-matches
*/
