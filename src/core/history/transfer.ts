import { copyDict, type Dict, own } from '../dict';
import type { Contract } from '../schema/contract';
import {
  type History,
  type HistoryExport,
  type ReportRows,
  SCHEMA_VERSION,
  type StoredContract,
} from '../schema/history';
import { newestValues } from './merge';
import { importTiles } from './remembered-tiles';

/** The history as the user downloads it (DESIGN.md, "History export"); `project` and import read it back. */
export function exportHistory(history: History, now: string): HistoryExport {
  return {
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now,
    contracts: Object.values(history.contracts),
    clients: history.clients,
    jss: history.jss,
    settings: history.settings,
    reportRows: history.reportRows,
    tiles: history.tiles ?? {},
  };
}

/** The earnings report's rows of both, per contract: facts, so their union. */
function unionReportRows(ours: ReportRows, theirs: ReportRows | undefined): ReportRows {
  if (!theirs) return ours;
  const union = copyDict(ours);
  for (const [id, rows] of Object.entries(theirs)) {
    const mine = own(ours, id);
    union[id] = mine ? [...new Set([...mine, ...rows])].sort() : rows;
  }
  return union;
}

export interface ImportSummary {
  contractsAdded: number;
  contractsUpdated: number;
  /** Entries of the file that repeated an id given earlier in it: merged into that contract, not counted again. */
  contractsRepeated: number;
  scoresAdded: number;
  clientsAdded: number;
  /** Jobs whose tile (its client's rating and payment status) the history did not remember before. */
  tilesAdded: number;
  text: string;
}

type ExportedContract = HistoryExport['contracts'][number];

/** How many contracts an import merges per step of the store's queue (store.ts), so pages' reports wait one step. */
export const IMPORT_BATCH = 5_000;

/** The file's contracts, one per id: a repeated id merges into the first like a later read of the same page. */
export function uniqueContracts(contracts: readonly ExportedContract[]): {
  contracts: ExportedContract[];
  repeated: number;
} {
  const byId = new Map<string, ExportedContract>();
  for (const c of contracts) {
    const first = byId.get(c.id);
    byId.set(
      c.id,
      first
        ? {
            ...newestValues(first, c),
            userFields: [...new Set([...(first.userFields ?? []), ...(c.userFields ?? [])])].slice(0, 20),
          }
        : c,
    );
  }
  return { contracts: [...byId.values()], repeated: contracts.length - byId.size };
}

export interface ImportTally {
  contractsAdded: number;
  contractsUpdated: number;
}

const plain = ({ userFields, firstSeenAt, lastSeenAt, ...c }: ExportedContract): Contract => c;

/**
 * Merges a file's contracts (ids unique) into the history, some at a time: known contracts merge like a fresh read
 * of the page (the user's own corrections still win); new ones come in as exported, corrections included. The
 * contracts map is copied once per import, not once per step: a map another change made in between is copied
 * again unless the caller says that map is the import's alone (`theirsAlone`, Store.inSteps), 20 ms on 50,000.
 */
export function contractImporter(tally: ImportTally) {
  let owned: Dict<StoredContract> | null = null;
  return (
    history: History,
    contracts: readonly ExportedContract[],
    now: string,
    theirsAlone = false,
  ): History => {
    if (history.contracts !== owned)
      // Only a null-prototype map can be merged into: a file's id `__proto__` is then an ordinary key.
      owned =
        theirsAlone && Object.getPrototypeOf(history.contracts) === null
          ? history.contracts
          : copyDict(history.contracts);
    const merged = owned;
    for (const c of contracts) {
      const old = own(merged, c.id);
      if (!old) {
        merged[c.id] = {
          ...c,
          firstSeenAt: c.firstSeenAt ?? now,
          lastSeenAt: c.lastSeenAt ?? now,
          userFields: c.userFields ?? [],
        };
        tally.contractsAdded++;
        continue;
      }
      const update = plain(c);
      const next: StoredContract = { ...newestValues(old, update, old.userFields), lastSeenAt: now };
      if (Object.keys(update).some((k) => next[k as keyof Contract] !== old[k as keyof Contract]))
        tally.contractsUpdated++;
      merged[c.id] = next;
    }
    return { ...history, contracts: merged };
  };
}

/** Adds the file's scores and clients that are new, its settings, and the tiles it remembers (newer reads win). */
export function importTheRest(
  history: History,
  data: HistoryExport,
  now: string,
): { history: History; scores: number; clients: number; tiles: number } {
  const seen = new Set(history.jss.map((o) => o.observedAt));
  const newScores = (data.jss ?? []).filter((o) => !seen.has(o.observedAt) && seen.add(o.observedAt));
  const jss = [...history.jss, ...newScores].sort((a, b) => a.observedAt.localeCompare(b.observedAt));
  const clients = copyDict(history.clients);
  let added = 0;
  for (const [key, client] of Object.entries(data.clients ?? {})) {
    if (own(clients, key) || !client.firstSeenAt || !client.lastSeenAt || !client.url) continue;
    clients[key] = { ...(client as (typeof clients)[string]) };
    added++;
  }
  const tiles = importTiles(history, data.tiles, now);
  return {
    history: {
      ...tiles.history,
      jss,
      clients,
      reportRows: unionReportRows(history.reportRows, data.reportRows),
      settings: { ...history.settings, ...data.settings },
    },
    scores: newScores.length,
    clients: added,
    tiles: tiles.added,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What an export holds, in the words the import's summary uses: everything in the file is counted. */
export function exportSummary(data: HistoryExport): string {
  const parts = [
    plural(data.contracts.length, 'contract', 'contracts'),
    plural(data.jss?.length ?? 0, 'score', 'scores'),
    plural(Object.keys(data.clients ?? {}).length, 'client', 'clients'),
    plural(Object.keys(data.tiles ?? {}).length, 'remembered job tile', 'remembered job tiles'),
  ];
  return `Exported ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

export function importSummary(tally: Omit<ImportSummary, 'text'>): ImportSummary {
  const parts = [
    plural(tally.contractsAdded, 'contract added', 'contracts added'),
    plural(tally.contractsUpdated, 'contract updated', 'contracts updated'),
    plural(tally.scoresAdded, 'score added', 'scores added'),
    plural(tally.clientsAdded, 'client added', 'clients added'),
  ];
  // Only a file from schema 7 on has them: the older summary stays as it was.
  if (tally.tilesAdded > 0)
    parts.push(plural(tally.tilesAdded, 'job tile remembered', 'job tiles remembered'));
  const repeated =
    tally.contractsRepeated > 0
      ? ` The file listed ${plural(tally.contractsRepeated, 'contract', 'contracts')} again under an id it already had: each id was kept once, its entries merged.`
      : '';
  return { ...tally, text: `${parts.join(', ')}.${repeated}` };
}

/**
 * Merges an exported history into the stored one, all at once (the background does it in steps of IMPORT_BATCH):
 * contracts merge field by field, scores and clients are added when new, nothing stored is removed.
 */
export function importHistory(
  history: History,
  data: HistoryExport,
  now: string,
): { history: History; summary: ImportSummary } {
  const { contracts, repeated } = uniqueContracts(data.contracts);
  const tally = { contractsAdded: 0, contractsUpdated: 0 };
  const rest = importTheRest(contractImporter(tally)(history, contracts, now), data, now);
  return {
    history: rest.history,
    summary: importSummary({
      ...tally,
      contractsRepeated: repeated,
      scoresAdded: rest.scores,
      clientsAdded: rest.clients,
      tilesAdded: rest.tiles,
    }),
  };
}

/** Splits a list into steps of `size`. */
export function batches<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
