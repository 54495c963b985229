import { describe, expect, it } from 'vitest';
import { descendantParts } from '../../scripts/browser-page.mjs';

// The e2e tests' selectors pierce the hints' shadow roots at each descendant combinator, as Playwright's do.
describe('descendantParts', () => {
  it('splits a selector at its descendant combinators', () => {
    expect(descendantParts('.slider [data-jss-guard="client-panel"]  .panel.avoid')).toEqual([
      '.slider',
      '[data-jss-guard="client-panel"]',
      '.panel.avoid',
    ]);
  });

  it('keeps the other combinators, attribute values, functions and selector lists whole', () => {
    expect(descendantParts('main > [data-jss-guard="x"]')).toEqual(['main > [data-jss-guard="x"]']);
    expect(descendantParts('a ~ b + c d')).toEqual(['a ~ b + c', 'd']);
    expect(descendantParts('[title="a b"] :not(.x .y)')).toEqual(['[title="a b"]', ':not(.x .y)']);
    expect(descendantParts('a b, c')).toEqual(['a b, c']);
  });
});
