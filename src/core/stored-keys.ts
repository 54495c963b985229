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

/** `value` with every object key renamed; the same value (no copy) where no key changes. */
function renameKeys(value: unknown, rename: Rename): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const items = value.map((item) => renameKeys(item, rename));
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  const entries = Object.entries(value);
  let changed = false;
  const renamed = entries.map(([key, item]) => {
    const k = rename(key);
    const v = renameKeys(item, rename);
    if (k !== key || v !== item) changed = true;
    return [k, v] as const;
  });
  if (!changed) return value;
  // Null prototype: a key read back as `__proto__` is then an own key, not the prototype's setter.
  const out = Object.create(null) as Record<string, unknown>;
  for (const [k, v] of renamed) out[k] = v;
  return out;
}

/** A value as it is written to storage: keys Firefox would drop are marked. */
export const escapeStoredKeys = (value: unknown): unknown => renameKeys(value, escapeKey);

/** A value as read from storage, its keys as they were before `escapeStoredKeys`. */
export const unescapeStoredKeys = (value: unknown): unknown => renameKeys(value, unescapeKey);
