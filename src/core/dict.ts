/**
 * Maps keyed by what a page or the user wrote (contract ids, client keys) are null-prototype objects: an id such as
 * `__proto__`, `constructor` or `toString` is then an ordinary key, never an inherited property. They stay plain
 * data, so storage, messages and JSON carry them unchanged.
 */
export type Dict<T> = Record<string, T>;

/** A new null-prototype map, from entries when given (a later entry with the same key wins). */
export function dict<T>(entries: Iterable<readonly [string, T]> = []): Dict<T> {
  const out = Object.create(null) as Dict<T>;
  // On a null-prototype object, assigning `__proto__` makes an own property: there is no inherited setter.
  for (const [key, value] of entries) out[key] = value;
  return out;
}

/** A null-prototype copy of `map`, which may be a plain object (say, as a message or storage gave it). */
export function copyDict<T>(map: Readonly<Dict<T>>): Dict<T> {
  return Object.assign(Object.create(null) as Dict<T>, map);
}

/** The value stored under `key` itself, never one inherited from `Object.prototype`. */
export function own<T>(map: Readonly<Dict<T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
