import { copyDict, type Dict, dict } from '../dict';
import type { StoredContract } from '../schema/history';
import type { Steps } from '../steps';

/**
 * The history in storage: its contracts in parts, each under its own key, and the rest under `history` with
 * `contractParts` naming them. A page's report then writes the one part its contract is in, not 20 MB of a
 * 50,000-contract history, and a long import writes its parts a few per turn of the store's queue. Parts of one
 * generation are all written before `history` names that generation, in one write with the last of them, so a
 * worker stopped midway leaves storage as it was.
 */
export interface ContractParts {
  generation: number;
  count: number;
}

/** How many parts: Chromium's 10 MB holds about 25,000 contracts, about 800 a part. */
export const PART_COUNT = 32;
export const PARTS_FIELD = 'contractParts';
const PART_PREFIX = 'contracts:';

export function partKey(generation: number, index: number): string {
  return `${PART_PREFIX}${generation}:${index}`;
}

/** Every key of a generation's parts. */
export function partKeys({ generation, count }: ContractParts): string[] {
  return Array.from({ length: count }, (_, i) => partKey(generation, i));
}

/** The part a contract id is kept in: FNV-1a of the id, so the same id is always in the same part. */
export function partOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % count;
}

/** The `history` key's value: everything but the contracts, and the parts holding them. */
export function rootOf<T extends { contracts: unknown }>(
  history: T,
  parts: ContractParts,
): Record<string, unknown> {
  const { contracts: _inParts, ...rest } = history;
  return { ...rest, [PARTS_FIELD]: parts };
}

/** The parts a history's `history` key names, or null for a history stored whole (by versions before parts). */
export function namedParts(root: unknown): ContractParts | null {
  if (typeof root !== 'object' || root === null) return null;
  const parts = (root as Record<string, unknown>)[PARTS_FIELD] as Partial<ContractParts> | undefined;
  const valid = (n: unknown, max: number) =>
    Number.isInteger(n) && (n as number) >= 0 && (n as number) <= max;
  if (!parts || !valid(parts.generation, Number.MAX_SAFE_INTEGER) || !valid(parts.count, 4096)) return null;
  return { generation: parts.generation as number, count: parts.count as number };
}

/**
 * The raw history again from its `history` key and its parts, for the store to migrate and validate as one. A part
 * that is missing (null) or not a map is returned in `unreadable`, by key: its contracts are not in `raw`, and the
 * store says so and keeps it aside. Every part of a generation is written, empty ones too, so none is missing
 * unless storage lost it.
 */
export function joinParts(
  root: Record<string, unknown>,
  parts: ContractParts,
  stored: Record<string, unknown>,
): { raw: Record<string, unknown>; unreadable: Record<string, unknown> } {
  const contracts = dict<unknown>();
  const unreadable: Record<string, unknown> = {};
  for (const key of partKeys(parts)) {
    const part = stored[key];
    if (typeof part !== 'object' || part === null || Array.isArray(part)) unreadable[key] = part ?? null;
    else Object.assign(contracts, part);
  }
  const { [PARTS_FIELD]: _named, ...rest } = root;
  return { raw: { ...rest, contracts }, unreadable };
}

/** What the parts hold (each a map by id), how many contracts each, and which differ from what was written. */
export interface PartsBeingMade {
  parts: Dict<StoredContract>[];
  sizes: number[];
  changed: Set<number>;
}

/** `count` empty parts, none changed yet. */
export function emptyParts(count: number): PartsBeingMade {
  const parts = Array.from({ length: count }, () => dict<StoredContract>());
  return { parts, sizes: parts.map(() => 0), changed: new Set() };
}

/** Ids checked per step of `reconcileParts`: some 2 ms on 50,000 contracts. */
export const RECONCILE_STEP = 5_000;

/**
 * Brings the parts to hold exactly `contracts`, adding each part it changes to `changed`. It compares each id with
 * what its part holds (contracts are never changed in place, so a changed one is a new object), not with an earlier
 * map, so it can be dropped midway and begun again on a newer map (a page's report changed the history meanwhile).
 * The removed are looked for only when the count says some were. With `copyOnWrite`, a part is copied before its
 * first change, so parts shared with what storage holds stay as they are until the write succeeds.
 */
export function* reconcileParts(
  made: PartsBeingMade,
  contracts: Readonly<Dict<StoredContract>>,
  copyOnWrite = false,
): Steps<void> {
  const { parts, sizes, changed } = made;
  const copied = new Set<number>();
  const edit = (index: number) => {
    changed.add(index);
    if (copyOnWrite && !copied.has(index)) {
      copied.add(index);
      parts[index] = copyDict(parts[index] ?? {});
    }
    return parts[index] as Dict<StoredContract>;
  };
  let present = 0;
  for (const id in contracts) {
    const contract = contracts[id] as StoredContract;
    const index = partOf(id, parts.length);
    const part = parts[index] as Dict<StoredContract>;
    if (!Object.hasOwn(part, id)) sizes[index] = (sizes[index] ?? 0) + 1;
    if (part[id] !== contract) edit(index)[id] = contract;
    if (++present % RECONCILE_STEP === 0) yield;
  }
  if (sizes.reduce((sum, n) => sum + n, 0) === present) return;
  for (const [index, part] of [...parts.entries()])
    for (const id in part)
      if (!Object.hasOwn(contracts, id)) {
        delete edit(index)[id];
        sizes[index] = (sizes[index] ?? 1) - 1;
      }
}
