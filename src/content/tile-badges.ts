import { hasJobTiles } from '../pages/detect';
import { first } from '../pages/dom';
import { SELECTORS, screenTile, tileOf } from '../pages/tiles';
import type { Feature } from './feature';
import { observe } from './observe';
import { settings } from './settings';
import { mountHint } from './shadow';
import { addTileTip, BADGE_CSS, onFirstTipWanted, tileBadge } from './ui/tile-badge';

/** A verdict badge beside each job tile's title, on feeds, search and under an open slider; new tiles get theirs. */
export const tileBadges: Feature = {
  id: 'tile-badges',
  include: [hasJobTiles],
  init(signal) {
    if (!settings().showTileBadges) return;
    observe(
      SELECTORS.tile,
      (tile) => {
        if (tile.parentElement?.closest(SELECTORS.tile)) return;
        const anchor = first(tile, SELECTORS.titleLink) ?? first(tile, SELECTORS.title);
        if (!anchor) return;
        const badge = tileBadge(screenTile(tile, settings()).level);
        mountHint(anchor, 'tile-badge', 'after', BADGE_CSS, badge, signal);
      },
      { signal },
    );
    // The reasons are read again when first wanted, rather than kept for each of the 500 badges.
    onFirstTipWanted(
      'tile-badge',
      (badge, host) => {
        const tile = tileOf(host);
        const { level, findings } = tile
          ? screenTile(tile, settings())
          : { level: 'unknown' as const, findings: [] };
        addTileTip(badge, level, findings);
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
