import type { Contract } from '../schema/contract';
import { type History, type HistoryExport, type ReportRows, SCHEMA_VERSION } from '../schema/history';
import { mergeContracts } from './merge';

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
  };
}

/** The earnings report's rows of both, per contract: facts, so their union. */
function unionReportRows(ours: ReportRows, theirs: ReportRows | undefined): ReportRows {
  if (!theirs) return ours;
  const union = { ...ours };
  for (const [id, rows] of Object.entries(theirs)) {
    union[id] = ours[id] ? [...new Set([...ours[id], ...rows])].sort() : rows;
  }
  return union;
}

export interface ImportSummary {
  contractsAdded: number;
  contractsUpdated: number;
  scoresAdded: number;
  clientsAdded: number;
  text: string;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Merges an exported history into the stored one: contracts merge field by field (the user's own corrections
 * still win), scores and clients are added when new, nothing stored is removed.
 */
export function importHistory(
  history: History,
  data: HistoryExport,
  now: string,
): { history: History; summary: ImportSummary } {
  const before = history.contracts;
  const contracts = data.contracts;
  const plain = ({ userFields, firstSeenAt, lastSeenAt, ...c }: (typeof contracts)[number]): Contract => c;
  const changed = (c: Contract) => {
    const old = before[c.id];
    return (
      old &&
      Object.entries(c).some(
        ([k, v]) => v !== null && old[k as keyof Contract] !== v && !old.userFields.includes(k),
      )
    );
  };
  const contractsAdded = contracts.filter((c) => !before[c.id]).length;
  const contractsUpdated = contracts.map(plain).filter(changed).length;
  // Known contracts merge like a fresh read of the page; new ones come in as exported, corrections included.
  let next = mergeContracts(history, contracts.filter((c) => before[c.id]).map(plain), now);
  for (const c of contracts.filter((c) => !before[c.id])) {
    const stored = {
      ...c,
      firstSeenAt: c.firstSeenAt ?? now,
      lastSeenAt: c.lastSeenAt ?? now,
      userFields: c.userFields ?? [],
    };
    next = { ...next, contracts: { ...next.contracts, [c.id]: stored } };
  }

  const seen = new Set(next.jss.map((o) => o.observedAt));
  const newScores = (data.jss ?? []).filter((o) => !seen.has(o.observedAt));
  const jss = [...next.jss, ...newScores].sort((a, b) => a.observedAt.localeCompare(b.observedAt));

  const clients = { ...next.clients };
  let clientsAdded = 0;
  for (const [key, client] of Object.entries(data.clients ?? {})) {
    if (clients[key] || !client.firstSeenAt || !client.lastSeenAt || !client.url) continue;
    clients[key] = { ...(client as (typeof clients)[string]) };
    clientsAdded++;
  }
  const reportRows = unionReportRows(next.reportRows, data.reportRows);
  next = { ...next, jss, clients, reportRows, settings: { ...next.settings, ...data.settings } };
  const text =
    [
      plural(contractsAdded, 'contract added', 'contracts added'),
      plural(contractsUpdated, 'contract updated', 'contracts updated'),
      plural(newScores.length, 'score added', 'scores added'),
      plural(clientsAdded, 'client added', 'clients added'),
    ].join(', ') + '.';
  return {
    history: next,
    summary: { contractsAdded, contractsUpdated, scoresAdded: newScores.length, clientsAdded, text },
  };
}
