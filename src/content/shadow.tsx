import { type ComponentChild, render } from 'preact';

const HOST_ATTRIBUTE = 'data-jss-guard';

export type Placement = 'prepend' | 'append' | 'before' | 'after';

/**
 * Renders a hint into its own shadow root beside `anchor`, so Upwork's CSS and ours never mix. Page text reaches
 * the DOM only as Preact text nodes. Rendering again into the same anchor updates the hint instead of adding one.
 * Removed when `signal` aborts.
 */
export function mountHint(
  anchor: Element,
  id: string,
  placement: Placement,
  css: string,
  content: ComponentChild,
  signal: AbortSignal,
): HTMLElement {
  const scope = placement === 'prepend' || placement === 'append' ? anchor : anchor.parentElement;
  let host = scope?.querySelector<HTMLElement>(`:scope > [${HOST_ATTRIBUTE}="${id}"]`) ?? null;
  if (!host) {
    host = document.createElement('div');
    host.setAttribute(HOST_ATTRIBUTE, id);
    // Inline so that Upwork's layout around the hint does not shift beyond the hint's own box.
    host.style.display = 'block';
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    shadow.append(style, document.createElement('div'));
    anchor[placement](host);
    const mounted = host;
    signal.addEventListener(
      'abort',
      () => {
        const target = mounted.shadowRoot?.lastElementChild;
        if (target) render(null, target);
        mounted.remove();
      },
      { once: true },
    );
  }
  const target = host.shadowRoot?.lastElementChild;
  if (target) render(content, target);
  return host;
}
