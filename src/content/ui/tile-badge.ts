import type { Finding } from '../../core/rules/client';
import type { VerdictLevel } from '../../core/schema/common';
import { el } from './el';
import { LEVEL_LABEL } from './verdict-panel';

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

/** Badges whose tip is not built yet, with what builds it. */
const pendingTips = new WeakMap<Element, () => void>();

/** One listener for every badge's first hover or focus (both cross the shadow roots), not two per badge. */
function buildPendingTip(event: Event): void {
  const target = event.composedPath()[0];
  const build = target instanceof Element ? pendingTips.get(target) : undefined;
  if (!build) return;
  pendingTips.delete(target as Element);
  build();
}
let listening = false;

/**
 * A small verdict badge for a job tile; the reasons show on hover and on keyboard focus. The reasons are built
 * the first time they are asked for: a list of 500 tiles renders 500 badges, and the freelancer opens a few tips.
 */
export function tileBadge(level: VerdictLevel, findings: readonly Finding[], tipId: string): HTMLElement {
  // Focusable, so keyboard users can read the reasons.
  const badge = el('span', { class: `badge ${level}`, tabindex: 0, 'aria-describedby': tipId }, SHORT[level]);
  pendingTips.set(badge, () => {
    const reasons =
      findings.length > 0
        ? findings.map((f) => f.text)
        : [
            level === 'unknown'
              ? 'This tile does not show the client’s rating or payment status.'
              : 'No warning signs on this tile.',
          ];
    badge.after(
      el(
        'span',
        { class: 'tip', id: tipId, role: 'tooltip' },
        el('strong', null, `JSS Guard: ${LEVEL_LABEL[level]}`),
        el(
          'ul',
          null,
          reasons.map((r) => el('li', null, r)),
        ),
      ),
    );
  });
  if (!listening) {
    listening = true;
    document.addEventListener('mouseover', buildPendingTip, true);
    document.addEventListener('focusin', buildPendingTip, true);
  }
  return badge;
}
