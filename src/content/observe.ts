import { HOST_ATTRIBUTE } from './shadow';

/**
 * `observe(selector, callback, {signal})`: calls back once for every element matching the selector, now and
 * whenever one is added later (infinite scroll, a slider opening, a box filling in). One MutationObserver per
 * call, batched to one query per animation frame, disconnected when the signal aborts.
 */
export function observe<E extends Element = Element>(
  selector: string,
  callback: (element: E) => void,
  { signal, root = document }: { signal: AbortSignal; root?: ParentNode & Node },
): void {
  if (signal.aborted) return;
  const seen = new WeakSet<Element>();
  const scan = () => {
    for (const element of root.querySelectorAll<E>(selector)) {
      if (seen.has(element)) continue;
      seen.add(element);
      callback(element);
    }
  };
  scan();
  onMutations(root, scan, { signal });
}

const isOurHost = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(HOST_ATTRIBUTE);

/**
 * Our own hints going in are not a change of Upwork's page: reacting to them re-read the page once more after
 * every hint (500 tiles for the page report). A hint removed by the page still counts, so it comes back.
 */
const onlyOurHintsAdded = (records: MutationRecord[]) =>
  records.every(
    (r) => r.type === 'childList' && r.removedNodes.length === 0 && [...r.addedNodes].every(isOurHost),
  );

/** A `when` for `onMutations`: some element added is, or holds, one matching the selector. */
export function addsElements(selector: string): (records: MutationRecord[]) => boolean {
  return (records) =>
    records.some((r) =>
      [...r.addedNodes].some(
        (node) =>
          node.nodeType === 1 &&
          ((node as Element).matches(selector) || (node as Element).querySelector(selector) !== null),
      ),
    );
}

/**
 * Calls `callback` at most once per frame while the subtree under `root` changes (and, given `when`, only for
 * the changes it accepts: a cheap look at the records spares a costly re-read).
 */
export function onMutations(
  root: Node,
  callback: () => void,
  {
    signal,
    attributes = false,
    when,
  }: { signal: AbortSignal; attributes?: boolean; when?: (records: MutationRecord[]) => boolean },
): void {
  let scheduled = false;
  const observer = new MutationObserver((records) => {
    if (scheduled || onlyOurHintsAdded(records) || (when && !when(records))) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      if (!signal.aborted) callback();
    });
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
