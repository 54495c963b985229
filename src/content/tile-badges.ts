import { hasJobTiles } from '../pages/detect';
import { first } from '../pages/dom';
import { SELECTORS, screenTile } from '../pages/tiles';
import type { Feature } from './feature';
import { observe } from './observe';
import { settings } from './settings';
import { mountHint } from './shadow';
import { BADGE_CSS, tileBadge } from './ui/tile-badge';

/** A verdict badge beside each job tile's title, on feeds, search and under an open slider; new tiles get theirs. */
export const tileBadges: Feature = {
  id: 'tile-badges',
  include: [hasJobTiles],
  init(signal) {
    if (!settings().showTileBadges) return;
    let count = 0;
    observe(
      SELECTORS.tile,
      (tile) => {
        if (tile.parentElement?.closest(SELECTORS.tile)) return;
        const { level, findings } = screenTile(tile, settings());
        const anchor = first(tile, SELECTORS.titleLink) ?? first(tile, SELECTORS.title);
        if (!anchor) return;
        const tipId = `jss-guard-tip-${count++}`;
        mountHint(anchor, 'tile-badge', 'after', BADGE_CSS, tileBadge(level, findings, tipId), signal);
      },
      { signal },
    );
  },
};

/*
Sample URLs:
https://www.upwork.com/nx/find-work/most-recent
https://www.upwork.com/nx/search/jobs/?q=react
https://www.upwork.com/nx/s/find-work/best-matches
*/
