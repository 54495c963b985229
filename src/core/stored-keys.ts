/**
 * Firefox's `storage.local` and its extension messaging drop every key below the top level that names a property of
 * `Object.prototype` (`toString`, `constructor`, `__proto__`, …): a contract whose id is one would be lost without a
 * word. The background's storage and every message between the extension's own parts escape keys this way.
 * Such keys are stored with a mark in front (and so are keys that already begin with the mark, so every key reads back
 * as it was written); Chromium stores them the same way, so a history moves between browsers unchanged.
 */
const MARK = '\u0000';
const DROPPED = new Set(Object.getOwnPropertyNames(Object.prototype));

type Rename = (key: string) => string;

const escapeKey: Rename = (key) => (DROPPED.has(key) || key.startsWith(MARK) ? MARK + key : key);
const unescapeKey: Rename = (key) => (key.startsWith(MARK) ? key.slice(1) : key);

/**
 * `value` with every object key renamed; the same value (no copy) where no key changes. Nothing is allocated until
 * a key or value changes: every message and write goes through here, a popup's state of 50,000 contracts among them.
 */
function renameKeys(value: unknown, rename: Rename): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    let items: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const renamed = renameKeys(item, rename);
      if (!items && renamed !== item) items = value.slice(0, i);
      items?.push(renamed);
    }
    return items ?? value;
  }
  const map = value as Record<string, unknown>;
  const keys = Object.keys(map);
  let out: Record<string, unknown> | null = null;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const item = map[key];
    const k = rename(key);
    const v = renameKeys(item, rename);
    if (!out && (k !== key || v !== item)) {
      // Null prototype: a key read back as `__proto__` is then an own key, not the prototype's setter.
      out = Object.create(null) as Record<string, unknown>;
      for (const before of keys.slice(0, i)) out[before] = map[before];
    }
    if (out) out[k] = v;
  }
  return out ?? value;
}

/** A value as it is written to storage: keys Firefox would drop are marked. */
export const escapeStoredKeys = (value: unknown): unknown => renameKeys(value, escapeKey);

/** A value as read from storage, its keys as they were before `escapeStoredKeys`. */
export const unescapeStoredKeys = (value: unknown): unknown => renameKeys(value, unescapeKey);
