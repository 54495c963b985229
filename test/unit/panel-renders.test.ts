// @vitest-environment jsdom
// The job page's verdict panel in a storm of changes to the client box (security.md, "Hostile input, second
// round", case 7): it renders again only when its verdict or figures change.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../helpers/dom';

const renders = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/content/ui/verdict-panel', async (original) => {
  const real = await original<typeof import('../../src/content/ui/verdict-panel')>();
  return {
    ...real,
    verdictPanel: (...args: Parameters<typeof real.verdictPanel>) => {
      renders.count++;
      return real.verdictPanel(...args);
    },
  };
});
const { jobClientPanel } = await import('../../src/content/job-client-panel');

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 40));

describe('the verdict panel on a job page', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('renders once for 45 changes of the box that change no figure, and again when the rating changes', async () => {
    const html = fixture('demo/job-risky-client.html');
    document.body.innerHTML = new DOMParser().parseFromString(html, 'text/html').body.innerHTML;
    globalThis.requestAnimationFrame ??= (run: FrameRequestCallback) => setTimeout(() => run(0), 16) as never;
    jobClientPanel.init(controller.signal);
    expect(document.querySelector('[data-jss-guard="client-panel"]')).not.toBeNull();
    const box = document.querySelector('[data-test="about-client-container"]') as HTMLElement;
    const clock = box.querySelector('.nowrap.ml-1') as HTMLElement;
    const before = renders.count;
    for (let second = 0; second < 45; second++) {
      clock.textContent = `4:${String(second).padStart(2, '0')} AM`;
      await nextFrame();
    }
    expect(renders.count - before).toBe(0);
    // The client's rating changes: the verdict's figures change.
    const rating = box.querySelector('[data-testid="buyer-rating"]') as HTMLElement;
    for (const node of rating.querySelectorAll('span, div')) {
      if (node.children.length === 0) node.textContent = (node.textContent ?? '').replace(/2\.86?/, '4.9');
    }
    await nextFrame();
    expect(renders.count - before).toBe(1);
  });
});
