import * as z from 'zod';
import { dict } from '../dict';
import { ClientKey } from '../schema/common';
import { ContractId } from '../schema/contract';
import { StoredInvitations, StoredMessages } from '../schema/habits';
import {
  History,
  JssObservation,
  PageStatus,
  ReportRowList,
  StoredClient,
  StoredContract,
  StoredJob,
} from '../schema/history';
import { salvageSettings } from '../schema/settings';
import { clientKeyOf } from './client-key';
import { emptyHistory } from './empty';

export interface Salvaged {
  history: History;
  /** What could not be kept, e.g. "2 contracts", "the setting inactiveDays (reset to its default, 30)". */
  dropped: string[];
  /** The raw parts that could not be kept, by part: only these are kept aside, not the whole history. */
  keptAside: Record<string, unknown>;
  /** The history differs from what was stored (something dropped, or a key made again): it must be saved. */
  changed: boolean;
}

const AnyKey = z.string();

function keepValid<T>(
  schema: z.ZodType<T>,
  entries: [string, unknown][],
  key: z.ZodType<string> = AnyKey,
): { kept: [string, T][]; bad: [string, unknown][] } {
  const kept: [string, T][] = [];
  const bad: [string, unknown][] = [];
  for (const [k, value] of entries) {
    const parsed = schema.safeParse(value);
    if (parsed.success && key.safeParse(k).success) kept.push([k, parsed.data]);
    else bad.push([k, value]);
  }
  return { kept, bad };
}

const entriesOf = (value: unknown): [string, unknown][] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value as Record<string, unknown>)
    : [];
const itemsOf = (value: unknown): [string, unknown][] =>
  Array.isArray(value) ? value.map((item, i) => [String(i), item]) : [];

/**
 * A key too long for what it is stored in (an older JSS Guard kept a page's whole city in it) made again the way
 * `clientKeyOf` makes it today, from the parts it was joined from.
 */
export function refitKey(key: string): string {
  if (ClientKey.safeParse(key).success) return key;
  const [memberSince = '', country = '', ...city] = key.split('|');
  return clientKeyOf({ memberSince, country, city: city.join('|') }) ?? key;
}
const refitted = (entries: [string, unknown][]): [string, unknown][] =>
  entries.map(([key, value]) => [refitKey(key), value]);
const refittedJobs = (entries: [string, unknown][]): [string, unknown][] =>
  entries.map(([i, job]) => {
    const key = (job as { clientKey?: unknown } | null)?.clientKey;
    return [i, typeof key === 'string' ? { ...(job as object), clientKey: refitKey(key) } : job];
  });
const tooLong = (key: unknown) => typeof key === 'string' && !ClientKey.safeParse(key).success;

/**
 * Keeps every part of a stored history that still validates, entry by entry and setting by setting, and says what
 * it could not keep. The caller keeps aside what is dropped here, so it is still on the user's machine.
 */
export function salvage(value: Record<string, unknown>): Salvaged {
  const whole = History.safeParse(value);
  if (whole.success) return { history: whole.data, dropped: [], keptAside: {}, changed: false };
  const dropped: string[] = [];
  const keptAside: Record<string, unknown> = {};
  const note = (part: string, bad: [string, unknown][], one: string, many: string, asList = false) => {
    if (bad.length === 0) return;
    dropped.push(`${bad.length} ${bad.length === 1 ? one : many}`);
    keptAside[part] = asList ? bad.map(([, v]) => v) : dict(bad);
  };
  const contracts = keepValid(StoredContract, entriesOf(value.contracts), ContractId);
  note('contracts', contracts.bad, 'contract', 'contracts');
  const clients = keepValid(StoredClient, refitted(entriesOf(value.clients)), ClientKey);
  note('clients', clients.bad, 'client', 'clients');
  const jobs = keepValid(StoredJob, refittedJobs(itemsOf(value.jobs)));
  note('jobs', jobs.bad, 'job', 'jobs', true);
  const jss = keepValid(JssObservation, itemsOf(value.jss));
  note('jss', jss.bad, 'score observation', 'score observations', true);
  const pages = keepValid(PageStatus, entriesOf(value.pages));
  const reportRows = keepValid(ReportRowList, entriesOf(value.reportRows));
  note('reportRows', reportRows.bad, "contract's report rows", "contracts' report rows");
  const settings = salvageSettings(value.settings);
  for (const { key, raw, fallback } of settings.reset) {
    dropped.push(`the setting ${key} (reset to its default, ${fallback})`);
    keptAside.settings = { ...(keptAside.settings as object | undefined), [key]: raw };
  }
  // Invitations and unread messages are read again on the next visit: kept when whole, else left out silently.
  const invitations = StoredInvitations.safeParse(value.invitations);
  const messages = StoredMessages.safeParse(value.messages);
  const refits =
    entriesOf(value.clients).some(([key]) => tooLong(key)) ||
    itemsOf(value.jobs).some(([, job]) => tooLong((job as { clientKey?: unknown } | null)?.clientKey));
  // The whole did not validate even though every entry did: a part had the wrong shape (a list as text, say).
  if (dropped.length === 0 && !refits) {
    dropped.push('parts in an unexpected shape');
    for (const part of ['contracts', 'clients', 'jobs', 'jss', 'pages'] as const) {
      const found = value[part];
      const isList = Array.isArray(found);
      const expected = part === 'jobs' || part === 'jss' ? isList : typeof found === 'object' && !isList;
      if (found !== undefined && !expected) keptAside[part] = found;
    }
  }
  return {
    history: {
      ...emptyHistory(),
      contracts: dict(contracts.kept),
      clients: dict(clients.kept),
      jobs: jobs.kept.map(([, j]) => j),
      jss: jss.kept.map(([, o]) => o),
      pages: dict(pages.kept),
      reportRows: dict(reportRows.kept),
      settings: settings.settings,
      ...(invitations.success && { invitations: invitations.data }),
      ...(messages.success && { messages: messages.data }),
    },
    dropped,
    keptAside,
    changed: true,
  };
}
