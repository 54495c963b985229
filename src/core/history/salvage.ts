import type * as z from 'zod';
import { StoredInvitations, StoredMessages } from '../schema/habits';
import {
  History,
  JssObservation,
  PageStatus,
  ReportRows,
  StoredClient,
  StoredContract,
  StoredJob,
} from '../schema/history';
import { Settings } from '../schema/settings';
import { DEFAULT_SETTINGS } from '../settings';
import { emptyHistory } from './empty';

export interface Salvaged {
  history: History;
  /** What could not be kept, e.g. "2 contracts", "the settings". */
  dropped: string[];
}

function keepValid<T>(
  schema: z.ZodType<T>,
  entries: [string, unknown][],
): { kept: [string, T][]; bad: number } {
  const kept: [string, T][] = [];
  let bad = 0;
  for (const [key, value] of entries) {
    const parsed = schema.safeParse(value);
    if (parsed.success) kept.push([key, parsed.data]);
    else bad++;
  }
  return { kept, bad };
}

const entriesOf = (value: unknown): [string, unknown][] =>
  value && typeof value === 'object' ? Object.entries(value as Record<string, unknown>) : [];

/**
 * Keeps every part of a stored history that still validates, entry by entry, and says what it could not keep.
 * The caller keeps the raw data aside, so what is dropped here is still on the user's machine.
 */
export function salvage(value: Record<string, unknown>): Salvaged {
  const whole = History.safeParse(value);
  if (whole.success) return { history: whole.data, dropped: [] };
  const dropped: string[] = [];
  const note = (bad: number, what: string) => bad > 0 && dropped.push(`${bad} ${what}`);
  const contracts = keepValid(StoredContract, entriesOf(value.contracts));
  note(contracts.bad, contracts.bad === 1 ? 'contract' : 'contracts');
  const clients = keepValid(StoredClient, entriesOf(value.clients));
  note(clients.bad, clients.bad === 1 ? 'client' : 'clients');
  const jobs = keepValid(
    StoredJob,
    Array.isArray(value.jobs) ? value.jobs.map((j, i) => [String(i), j]) : [],
  );
  note(jobs.bad, jobs.bad === 1 ? 'job' : 'jobs');
  const jss = keepValid(
    JssObservation,
    Array.isArray(value.jss) ? value.jss.map((o, i) => [String(i), o]) : [],
  );
  note(jss.bad, jss.bad === 1 ? 'score observation' : 'score observations');
  const pages = keepValid(PageStatus, entriesOf(value.pages));
  const reportRows = keepValid(ReportRows.valueType, entriesOf(value.reportRows));
  note(reportRows.bad, reportRows.bad === 1 ? "contract's report rows" : "contracts' report rows");
  // Invitations and unread messages are read again on the next visit: kept when whole, else left out silently.
  const invitations = StoredInvitations.safeParse(value.invitations);
  const messages = StoredMessages.safeParse(value.messages);
  const settings = Settings.safeParse({ ...DEFAULT_SETTINGS, ...(value.settings as object) });
  if (!settings.success) dropped.push('the settings');
  // The whole did not validate even though every entry did: a part had the wrong shape (a list as text, say).
  if (dropped.length === 0) dropped.push('parts in an unexpected shape');
  return {
    history: {
      ...emptyHistory(),
      contracts: Object.fromEntries(contracts.kept),
      clients: Object.fromEntries(clients.kept),
      jobs: jobs.kept.map(([, j]) => j),
      jss: jss.kept.map(([, o]) => o),
      pages: Object.fromEntries(pages.kept),
      reportRows: Object.fromEntries(reportRows.kept),
      settings: settings.success ? settings.data : { ...DEFAULT_SETTINGS },
      ...(invitations.success && { invitations: invitations.data }),
      ...(messages.success && { messages: messages.data }),
    },
    dropped,
  };
}
