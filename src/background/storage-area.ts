import { escapeStoredKeys, unescapeStoredKeys } from '../core/stored-keys';

/** The part of `storage.local` the store uses, so tests can give it an in-memory or failing one. */
export interface StorageArea {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** An in-memory storage area that copies values the way the browser's does (JSON round trip). */
export function memoryStorage(
  initial: Record<string, unknown> = {},
): StorageArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(keys) {
      const list = keys === null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(list.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
    },
    async set(items) {
      for (const [k, v] of Object.entries(items)) data[k] = JSON.parse(JSON.stringify(v));
    },
    async remove(keys) {
      for (const k of Array.isArray(keys) ? keys : [keys]) delete data[k];
    },
  };
}

/** `area` with every value's keys escaped as written and unescaped as read (core/stored-keys.ts: Firefox drops some). */
export function keyEscapingStorage(area: StorageArea): StorageArea {
  const each = (items: Record<string, unknown>, rename: (value: unknown) => unknown) =>
    Object.fromEntries(Object.entries(items).map(([key, value]) => [key, rename(value)]));
  return {
    get: async (keys) => each(await area.get(keys), unescapeStoredKeys),
    set: (items) => area.set(each(items, escapeStoredKeys)),
    remove: (keys) => area.remove(keys),
  };
}
