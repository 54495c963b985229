import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dict } from '../../src/core/dict';
import { escapeStoredKeys, unescapeStoredKeys } from '../../src/core/stored-keys';

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Every key below the top level, as Firefox's storage would see it. */
function nestedKeys(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(nestedKeys);
  return Object.entries(value).flatMap(([k, v]) => [k, ...nestedKeys(v)]);
}

// Firefox's storage.local drops nested keys named like Object.prototype's properties (checked in Firefox 153 ESR).
describe('keys stored so that Firefox keeps them', () => {
  const contracts = dict(['__proto__', 'toString', 'constructor', '41000001'].map((id) => [id, { id }]));

  it('marks every key Firefox would drop, and reads each back as it was', () => {
    const stored = escapeStoredKeys({ contracts });
    expect(nestedKeys(stored).filter((k) => PROTOTYPE_NAMES.includes(k))).toEqual([]);
    const read = unescapeStoredKeys(JSON.parse(JSON.stringify(stored))) as { contracts: object };
    expect(Object.keys(read.contracts).sort()).toEqual(['41000001', '__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(read.contracts)).toBe(null);
  });

  it('leaves ordinary data as it is, so what older versions stored reads the same', () => {
    const ordinary = { contracts: { '41000001': { id: '41000001', tags: ['a'] } }, jobs: [{ id: '~0219' }] };
    expect(escapeStoredKeys(ordinary)).toBe(ordinary);
    expect(unescapeStoredKeys(ordinary)).toBe(ordinary);
  });

  it('reads back any keys, marked ones included', () => {
    const key = fc.oneof(
      fc.string(),
      fc.constantFrom(...PROTOTYPE_NAMES),
      fc.string().map((s) => `\u0000${s}`),
    );
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries) => dict(entries)),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const stored = JSON.parse(JSON.stringify(escapeStoredKeys({ value }))) as { value: unknown };
        expect(nestedKeys(stored.value).filter((k) => PROTOTYPE_NAMES.includes(k))).toEqual([]);
        expect(JSON.stringify(unescapeStoredKeys(stored.value))).toBe(JSON.stringify(value));
      }),
    );
  });
});
