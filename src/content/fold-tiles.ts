import { mountHint } from './shadow';
import { el } from './ui/el';

const FOLDED_STYLE = 'max-height: 3.6em; overflow: hidden; opacity: .5;';

export const FOLD_CSS = `
:host { all: initial; display: block; }
.folded { font: 13px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 6px 0; padding: 6px 10px;
  border-radius: 8px; border: 1px dashed #e79a9a; color: #1f2a1f; background: #fdecec; }
button { font: 600 12px/1.6 system-ui, sans-serif; margin-left: 8px; padding: 0 10px; border-radius: 10px;
  border: 1px solid #b3261e; background: #fff; color: #b3261e; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a5fd0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .folded { color: #e8ece8; background: #321a1a; border-color: #8a3a3a; }
  button { background: #17191b; color: #ff9b94; border-color: #ff9b94; }
}
`;

/**
 * Folds the tiles of clients judged `avoid`: each shrinks to its title line, dimmed, and one line per list says how many
 * were folded, with a button to show them. Nothing is removed from Upwork's page: a folded tile keeps its links in
 * the keyboard's order and opens while focus is in it. Everything is put back when `signal` aborts.
 */
export function tileFolder(signal: AbortSignal): { fold(tile: Element): void; update(): void } {
  const lists = new Map<Element, { tiles: Set<HTMLElement>; shown: boolean }>();
  const styles = new WeakMap<HTMLElement, string | null>();

  const setFolded = (tile: HTMLElement, folded: boolean) => {
    if (folded === styles.has(tile)) return;
    if (folded) {
      styles.set(tile, tile.getAttribute('style'));
      tile.setAttribute('style', `${tile.getAttribute('style') ?? ''};${FOLDED_STYLE}`);
    } else {
      const before = styles.get(tile);
      styles.delete(tile);
      if (before === null || before === undefined) tile.removeAttribute('style');
      else tile.setAttribute('style', before);
    }
  };

  const update = () => {
    for (const [list, state] of lists) {
      for (const tile of state.tiles) setFolded(tile, !state.shown && !tile.contains(document.activeElement));
      const n = state.tiles.size;
      const line = el(
        'div',
        { class: 'folded', role: 'note' },
        `JSS Guard ${state.shown ? 'found' : 'folded'} ${n} ${n === 1 ? 'job' : 'jobs'} from clients to avoid in this list.`,
        el(
          'button',
          { type: 'button', 'aria-pressed': String(state.shown) },
          state.shown ? 'Fold them' : 'Show them',
        ),
      );
      line.querySelector('button')?.addEventListener('click', () => {
        state.shown = !state.shown;
        update();
      });
      mountHint(list, 'folded-tiles', 'prepend', FOLD_CSS, line, signal);
    }
  };

  // Keyboard focus reaches every job: a folded tile opens while focus is in it, and folds again when it leaves.
  document.addEventListener(
    'focusin',
    (event) => {
      for (const { tiles } of lists.values())
        for (const tile of tiles) if (tile.contains(event.target as Node)) setFolded(tile, false);
    },
    { capture: true, signal },
  );
  document.addEventListener('focusout', () => setTimeout(update), { capture: true, signal });
  signal.addEventListener('abort', () => {
    for (const { tiles } of lists.values()) for (const tile of tiles) setFolded(tile, false);
  });

  return {
    fold(tile) {
      const list = tile.parentElement;
      if (!list || !(tile instanceof HTMLElement)) return;
      const state = lists.get(list) ?? { tiles: new Set<HTMLElement>(), shown: false };
      state.tiles.add(tile);
      lists.set(list, state);
    },
    update,
  };
}
