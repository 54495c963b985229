export const HOST_ATTRIBUTE = 'data-jss-guard';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * One constructed stylesheet shared by every hint with the same CSS: 500 job tiles parse it once. Where a browser
 * will not adopt a sheet made in a content script, each shadow root gets its own <style>.
 */
function adoptStyles(shadow: ShadowRoot, css: string): void {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style);
  }
}

/** The hosts mounted under each signal, removed together when it aborts: one listener per signal, not per hint. */
const mountedUnder = new WeakMap<AbortSignal, HTMLElement[]>();

function removeOnAbort(host: HTMLElement, signal: AbortSignal): void {
  let hosts = mountedUnder.get(signal);
  if (!hosts) {
    const list: HTMLElement[] = [];
    signal.addEventListener(
      'abort',
      () => {
        for (const h of list) h.remove();
      },
      { once: true },
    );
    mountedUnder.set(signal, list);
    hosts = list;
  }
  hosts.push(host);
}

export type Placement = 'prepend' | 'append' | 'before' | 'after';

/**
 * Shows a hint in its own shadow root beside `anchor`, so Upwork's CSS and ours never mix. Showing it again at the
 * same anchor replaces its content, and leaves it alone when nothing changed (a focused badge keeps its focus).
 * Removed when `signal` aborts.
 */
export function mountHint(
  anchor: Element,
  id: string,
  placement: Placement,
  css: string,
  content: Element,
  signal: AbortSignal,
): HTMLElement {
  const scope = placement === 'prepend' || placement === 'append' ? anchor : anchor.parentElement;
  let host = hostIn(scope, id);
  if (!host) {
    host = document.createElement(placement === 'after' || placement === 'before' ? 'span' : 'div');
    host.setAttribute(HOST_ATTRIBUTE, id);
    const shadow = host.attachShadow({ mode: 'open' });
    adoptStyles(shadow, css);
    shadow.append(content);
    anchor[placement](host);
    removeOnAbort(host, signal);
    return host;
  }
  const current = host.shadowRoot?.lastElementChild;
  if (current && !current.isEqualNode(content)) current.replaceWith(content);
  return host;
}

/** Our host with this id among the children of `scope`: walked, not queried, as 500 tiles each ask once. */
function hostIn(scope: Element | null, id: string): HTMLElement | null {
  for (let child = scope?.firstElementChild; child; child = child.nextElementSibling) {
    if (child.getAttribute(HOST_ATTRIBUTE) === id && child instanceof HTMLElement) return child;
  }
  return null;
}
