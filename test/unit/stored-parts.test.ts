// How contracts are split into the parts they are stored in (core/history/stored-parts.ts): a change is written as
// the parts it touched, so those must be exactly the parts that differ, and what they hold must be the new map's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Dict, dict } from '../../src/core/dict';
import { emptyParts, partOf, reconcileParts } from '../../src/core/history/stored-parts';
import type { StoredContract } from '../../src/core/schema/history';
import { runAtOnce } from '../../src/core/steps';
import { contract } from '../helpers/contracts';

const COUNT = 8;
const stored = (id: string, earnings: number) => ({ ...contract({ id, earnings }) }) as StoredContract;
// Ids a page could give, the ones an object's prototype has among them.
const anId = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'toString'));
const aMap = fc.uniqueArray(fc.tuple(anId, fc.nat(5)), { selector: ([id]) => id, maxLength: 40 });

/** Each part as a plain map: the contracts whose id hashes to it, nothing of the code under test. */
const expectedParts = (map: Dict<StoredContract>) =>
  [...Array(COUNT).keys()].map((i) =>
    Object.fromEntries(Object.entries(map).filter(([id]) => partOf(id, COUNT) === i)),
  );
/** The parts filled from `map`, as the store fills them after a load. */
function filled(map: Dict<StoredContract>) {
  const made = emptyParts(COUNT);
  runAtOnce(reconcileParts(made, map));
  return made;
}

describe('the parts contracts are stored in', () => {
  it('after any change, hold what a split of the new map holds, and name exactly the parts that differ', () => {
    fc.assert(
      fc.property(aMap, aMap, (beforeEntries, changes) => {
        const before = dict(beforeEntries.map(([id, e]) => [id, stored(id, e)] as const));
        const after = dict<StoredContract>(Object.entries(before));
        // Each change adds, replaces or (earnings 0) removes a contract; an untouched one stays the same object.
        for (const [id, e] of changes) {
          if (e === 0) delete after[id];
          else after[id] = stored(id, e);
        }
        const split = filled(before);
        const held = split.parts.map((p) => ({ ...p }));
        // As a change is written: parts copied before they change, those storage holds left as they were.
        const made = { parts: [...split.parts], sizes: [...split.sizes], changed: new Set<number>() };
        runAtOnce(reconcileParts(made, after, true));
        const { parts, changed, sizes } = made;
        const expected = expectedParts(after);
        expect(parts.map((p) => ({ ...p }))).toEqual(expected);
        expect(sizes.reduce((sum, n) => sum + n, 0)).toBe(Object.keys(after).length);
        expect(split.parts.map((p) => ({ ...p }))).toEqual(held);
        const differ = (i: number) => {
          const [a, b] = [held[i] as Dict<StoredContract>, expected[i] as Dict<StoredContract>];
          const ids = new Set([...Object.keys(a), ...Object.keys(b)]);
          return [...ids].some((id) => !Object.hasOwn(a, id) || !Object.hasOwn(b, id) || a[id] !== b[id]);
        };
        expect([...changed].sort()).toEqual([...Array(COUNT).keys()].filter(differ));
      }),
    );
  });

  it('keep a contract in the same part whatever else the history holds', () => {
    fc.assert(
      fc.property(anId, aMap, aMap, (id, one, other) => {
        const where = (entries: [string, number][]) => {
          const map = dict(
            [...entries, [id, 1] as [string, number]].map(([k, e]) => [k, stored(k, e)] as const),
          );
          return filled(map).parts.findIndex((part) => Object.hasOwn(part, id));
        };
        expect(where(one)).toBe(where(other));
        expect(where(one)).toBe(partOf(id, COUNT));
      }),
    );
  });
});
