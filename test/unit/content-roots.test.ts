// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { onContentChanges } from '../../src/content/content-roots';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('re-reading where the content is', () => {
  const controller = new AbortController();
  afterEach(() => controller.abort());

  it('follows a slider and a late client box outside <main>, and ignores the rest of the page', async () => {
    document.body.innerHTML = '<header><nav><span>menu</span></nav></header><main><p>feed</p></main>';
    let calls = 0;
    onContentChanges(() => calls++, { signal: controller.signal });

    // Upwork's header, menus and chat widgets change all the time: not content.
    document.querySelector('nav')?.append(document.createElement('span'));
    await frame();
    expect(calls).toBe(0);

    document.querySelector('main')?.append(document.createElement('p'));
    await frame();
    expect(calls).toBe(1);

    // A slider appended to the body, its client box empty at first and filled in later.
    const slider = document.createElement('div');
    slider.className = 'air3-slider-job-details';
    slider.innerHTML =
      '<div data-test="about-client-container"><h5>About the client</h5><p>Loading…</p></div>';
    document.body.append(slider);
    await frame();
    expect(calls).toBe(2);
    slider
      .querySelector('p')
      ?.replaceWith(Object.assign(document.createElement('strong'), { textContent: 'Italy' }));
    await frame();
    expect(calls).toBe(3);

    // The slider closes; a box with no attribute, known only by its heading, comes outside every root.
    slider.remove();
    await frame();
    expect(calls).toBe(3);
    const aside = document.createElement('aside');
    aside.innerHTML = '<div><h2>About the client</h2><div class="body"></div></div>';
    document.body.append(aside);
    await frame();
    expect(calls).toBe(4);
    aside.querySelector('.body')?.append('1 job posted');
    await frame();
    expect(calls).toBe(5);
  });
});
