import { el } from './el';

export const HINT_CSS = `
:host { all: initial; display: block; }
.hint { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; border-radius: 8px; padding: 8px 10px;
  margin: 8px 0; border: 1px solid var(--edge); background: var(--bg); color: var(--fg); max-width: 560px; }
.hint { --fg: #1f2a1f; --bg: #fff6e0; --edge: #f0c45a; --mark: #8a5a00; }
.hint.danger { --bg: #fdecec; --edge: #e79a9a; --mark: #b3261e; }
@media (prefers-color-scheme: dark) {
  .hint { --fg: #e8ece8; --bg: #2e2612; --edge: #7a5f1c; --mark: #f3c45a; }
  .hint.danger { --bg: #321a1a; --edge: #8a3a3a; --mark: #ff9b94; }
}
strong { color: var(--mark); }
.brand { font-size: 11px; opacity: .75; margin-left: 6px; }
.marker { display: inline-block; font: 600 12px/1.6 system-ui, sans-serif; border-radius: 10px; padding: 0 8px; margin: 4px 0;
  background: var(--bg); color: var(--mark); border: 1px solid var(--edge); }
.marker { --bg: #fdecec; --edge: #e79a9a; --mark: #b3261e; }
@media (prefers-color-scheme: dark) { .marker { --bg: #321a1a; --edge: #8a3a3a; --mark: #ff9b94; } }
.marker.info { --bg: #eef3ee; --edge: #c9d6c9; --mark: #2f4a2f; }
.marker.warn { --bg: #fff6e0; --edge: #f0c45a; --mark: #8a5a00; }
@media (prefers-color-scheme: dark) {
  .marker.info { --bg: #1f2a22; --edge: #3c4d40; --mark: #c8dcc8; }
  .marker.warn { --bg: #2e2612; --edge: #7a5f1c; --mark: #f3c45a; }
}
`;

/** A compact hint in Upwork's page: a coloured box with a bold lead, always shown as text. */
export function hint(lead: string, text: string, tone: 'warn' | 'danger' = 'warn'): HTMLElement {
  return el(
    'aside',
    { class: `hint ${tone}`, role: 'note', 'aria-label': `JSS Guard: ${lead}` },
    el('strong', null, lead),
    ` ${text}`,
    el('span', { class: 'brand' }, 'JSS Guard'),
  );
}

/** A short marker under a row of Upwork's list; red unless told otherwise, with a warning sign unless calm. */
export function marker(text: string, tone: 'info' | 'warn' | 'danger' = 'danger'): HTMLElement {
  return el(
    'span',
    { class: `marker ${tone}`, title: `JSS Guard: ${text}` },
    tone === 'info' ? text : `⚠ ${text}`,
  );
}
