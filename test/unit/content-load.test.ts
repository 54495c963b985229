// @vitest-environment jsdom
/**
 * What the content script does while every Upwork page loads (it runs at document_start, holding the page's
 * parser): no date or number format is made then. Making one took the page some 13 ms (docs/performance.md).
 */
import { expect, it, vi } from 'vitest';

it('makes no date or number format while an Upwork page loads, only when a hint needs one', async () => {
  const listeners = { addListener: () => {} };
  vi.stubGlobal('chrome', {
    runtime: { id: 'jss-guard', sendMessage: async () => undefined, onMessage: listeners },
    storage: { local: { get: async () => ({}) }, onChanged: listeners },
  });
  const dateFormats = vi.spyOn(Intl, 'DateTimeFormat');
  const numberFormats = vi.spyOn(Intl, 'NumberFormat');
  await import('../../src/content/index');
  expect(dateFormats).not.toHaveBeenCalled();
  expect(numberFormats).not.toHaveBeenCalled();
  vi.unstubAllGlobals();
});
