import { LEVEL_LABEL, MISSING_WORDS, type Screening } from '../../core/rules/client';
import type { VerdictLevel } from '../../core/schema/common';
import { HOST_ATTRIBUTE } from '../shadow';
import { el } from './el';

export const BADGE_CSS = `
:host { all: initial; display: inline-block; position: relative; vertical-align: middle; margin-left: 6px; }
.badge { display: inline-flex; align-items: center; gap: 4px; font: 600 11px/18px system-ui, -apple-system, "Segoe UI", sans-serif;
  padding: 0 7px; border-radius: 9px; border: 1px solid var(--edge); background: var(--bg); color: var(--mark); cursor: default; }
.badge:focus-visible { outline: 2px solid #1a5fd0; outline-offset: 2px; }
.fine { --bg: #eef8ee; --edge: #9fd19f; --mark: #14700f; }
.careful { --bg: #fff6e0; --edge: #f0c45a; --mark: #8a5a00; }
.avoid { --bg: #fdecec; --edge: #e79a9a; --mark: #b3261e; }
.unknown { --bg: #f1f3f5; --edge: #c4c9ce; --mark: #4a5560; }
.tip { display: none; position: absolute; z-index: 2147483647; top: calc(100% + 4px); left: 0; width: max-content; max-width: 300px;
  font: 12px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; color: #f4f6f4; background: #1f2a1f; border-radius: 6px; padding: 6px 8px;
  box-shadow: 0 2px 8px rgba(0,0,0,.25); white-space: normal; }
.tip ul { margin: 2px 0 0; padding-left: 16px; }
:host(:hover) .tip, .badge:focus + .tip { display: block; }
@media (prefers-color-scheme: dark) {
  .fine { --bg: #16291a; --edge: #2f6b35; --mark: #7fd67f; }
  .careful { --bg: #2e2612; --edge: #7a5f1c; --mark: #f3c45a; }
  .avoid { --bg: #321a1a; --edge: #8a3a3a; --mark: #ff9b94; }
  .unknown { --bg: #23272b; --edge: #4a5058; --mark: #b8c0c8; }
  .tip { color: #1f2a1f; background: #f4f6f4; }
}
`;

const SHORT: Record<VerdictLevel, string> = {
  fine: '✓ Client OK',
  careful: '! Careful',
  avoid: '✕ Risky client',
  unknown: '? Client',
};

/** Ids are scoped to each badge's shadow root, so every badge can name its tip the same. */
const TIP_ID = 'tip';

/** Shows `level` on a badge. */
function paint(badge: HTMLElement, level: VerdictLevel): void {
  badge.className = `badge ${level}`;
  badge.textContent = SHORT[level];
}

/**
 * A small verdict badge for a job tile; its reasons show on hover and on keyboard focus (`addTileTip`). Built
 * without `el`, with no per-badge state: 500 tiles make 500 badges while the page opens, and this is the cheapest.
 */
export function tileBadge(level: VerdictLevel): HTMLElement {
  const badge = document.createElement('span');
  paint(badge, level);
  badge.tabIndex = 0; // focusable, so keyboard users can read the reasons
  badge.setAttribute('aria-describedby', TIP_ID);
  return badge;
}

/** The badge's reasons, shown beside it; the badge is repainted in case the tile changed since it was made. */
export function addTileTip(badge: HTMLElement, { level, findings, missing }: Screening): void {
  paint(badge, level);
  const reasons =
    findings.length > 0
      ? findings.map((f) => f.text)
      : [
          level === 'unknown'
            ? `This tile does not show the client’s ${missing.map((fact) => MISSING_WORDS[fact]).join(' or ')}.`
            : 'A rated client with a verified payment method, and no warning signs on this tile.',
        ];
  badge.after(
    el(
      'span',
      { class: 'tip', id: TIP_ID, role: 'tooltip' },
      el('strong', null, `JSS Guard: ${LEVEL_LABEL[level]}`),
      el(
        'ul',
        null,
        reasons.map((r) => el('li', null, r)),
      ),
    ),
  );
}

/**
 * Calls `build` the first time each tile badge (in a host marked `hostId`) is hovered or focused, through one
 * listener on the document (both events cross shadow roots): the freelancer opens a few tips of the 500.
 */
export function onFirstTipWanted(
  hostId: string,
  build: (badge: HTMLElement, host: Element) => void,
  signal: AbortSignal,
): void {
  const wanted = (event: Event) => {
    const badge = event.composedPath()[0];
    if (!(badge instanceof HTMLElement) || !badge.classList.contains('badge') || badge.nextElementSibling)
      return;
    const root = badge.getRootNode();
    if (root instanceof ShadowRoot && root.host.getAttribute(HOST_ATTRIBUTE) === hostId)
      build(badge, root.host);
  };
  document.addEventListener('mouseover', wanted, { capture: true, signal });
  document.addEventListener('focusin', wanted, { capture: true, signal });
}
