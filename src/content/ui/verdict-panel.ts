import { type Finding, LEVEL_LABEL } from '../../core/rules/client';
import type { VerdictLevel } from '../../core/schema/common';
import { el } from './el';

export const PANEL_CSS = `
:host { all: initial; display: block; }
.panel { font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; border-radius: 8px; padding: 8px 10px;
  margin: 0 0 12px; border: 1px solid var(--edge); background: var(--bg); color: var(--fg); }
.panel { --fg: #1f2a1f; }
.fine { --bg: #eef8ee; --edge: #9fd19f; --mark: #14700f; }
.careful { --bg: #fff6e0; --edge: #f0c45a; --mark: #8a5a00; }
.avoid { --bg: #fdecec; --edge: #e79a9a; --mark: #b3261e; }
.unknown { --bg: #f1f3f5; --edge: #c4c9ce; --mark: #4a5560; }
@media (prefers-color-scheme: dark) {
  .panel { --fg: #e8ece8; }
  .fine { --bg: #16291a; --edge: #2f6b35; --mark: #7fd67f; }
  .careful { --bg: #2e2612; --edge: #7a5f1c; --mark: #f3c45a; }
  .avoid { --bg: #321a1a; --edge: #8a3a3a; --mark: #ff9b94; }
  .unknown { --bg: #23272b; --edge: #4a5058; --mark: #b8c0c8; }
}
.head { display: flex; gap: 6px; align-items: baseline; font-weight: 600; color: var(--mark); }
.brand { margin-left: auto; font-weight: 400; font-size: 11px; opacity: .75; color: var(--fg); }
ul { margin: 4px 0 0; padding-left: 18px; }
li { margin: 2px 0; }
.note { margin: 4px 0 0; font-size: 12px; opacity: .85; }
`;

const ICON: Record<VerdictLevel, string> = { fine: '✓', careful: '!', avoid: '✕', unknown: '?' };

/** The verdict on a client with each reason and its figures. Page text is only ever rendered as text. */
export function verdictPanel(level: VerdictLevel, findings: readonly Finding[], note?: string): HTMLElement {
  return el(
    'section',
    { class: `panel ${level}`, role: 'note', 'aria-label': `JSS Guard: ${LEVEL_LABEL[level]}` },
    el(
      'div',
      { class: 'head' },
      el('span', { 'aria-hidden': 'true' }, ICON[level]),
      el('span', null, LEVEL_LABEL[level]),
      el('span', { class: 'brand' }, 'JSS Guard'),
    ),
    findings.length > 0 &&
      el(
        'ul',
        null,
        findings.map((f) => el('li', null, f.text)),
      ),
    note && el('p', { class: 'note' }, note),
  );
}
