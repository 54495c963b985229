import { isFromProfileOnly, PROFILE_ID_PREFIX } from '../contract-url';
import type { History, StoredContract } from '../schema/history';
import type { WorkHistoryItem } from '../schema/work-history';
import { blankContract } from './merge';

/**
 * Folding your profile's work history into the history. An item merges into a contract by its id where the page
 * links to it, else by the same title and overlapping dates when exactly one contract fits; otherwise it becomes a
 * contract of its own (a `profile:` id), and contracts that might be the same one (a similar title, or the same
 * title with dates that cannot be compared) are only noted, for you to confirm or keep apart in the options.
 */

const words = (title: string | null) =>
  (title ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A stable id for an item with no contract id, so reading the profile again finds the same contract. */
function profileId(item: WorkHistoryItem): string {
  const when = item.startedAt ?? item.startMonth ?? 'undated';
  return `${PROFILE_ID_PREFIX}${when}:${words(item.title).replaceAll(' ', '-')}`.slice(0, 100);
}

const month = (date: string | null) => date?.slice(0, 7) ?? null;

/** The months a contract ran, as far as known; null when it has no date at all. */
function monthsOf(c: StoredContract): [string, string] | null {
  const from = month(c.startedAt) ?? month(c.lastActivityAt);
  if (!from) return null;
  // Known open: it runs to now. A status `unknown` (from the report) ran, as far as known, to its last activity.
  const open = (c.status === 'active' || c.status === 'paused') && c.endedAt === null;
  return [from, open ? '9999-12' : (month(c.endedAt) ?? month(c.lastActivityAt) ?? from)];
}

function overlaps(c: StoredContract, item: WorkHistoryItem): boolean | null {
  const ran = monthsOf(c);
  if (!ran || !item.startMonth) return null;
  const itemEnd = item.inProgress ? '9999-12' : (item.endMonth ?? item.startMonth);
  return ran[0] <= itemEnd && item.startMonth <= ran[1];
}

/** Titles that may name the same job: one holds the other, or most of their words are shared. */
function similar(a: string, b: string): boolean {
  if (a.length >= 6 && b.length >= 6 && (a.includes(b) || b.includes(a))) return true;
  const left = new Set(a.split(' '));
  const right = new Set(b.split(' '));
  const shared = [...left].filter((w) => right.has(w)).length;
  return shared / Math.max(left.size, right.size) >= 0.6;
}

type Fit = 'same' | 'maybe' | 'no';

/** How an item fits a contract (whose title's words are given): dates are compared first, as they are cheap. */
function fitOf(c: StoredContract, title: string, item: WorkHistoryItem, itemTitle: string): Fit {
  if (!title || !itemTitle) return 'no';
  const dated = overlaps(c, item);
  if (dated === false) return 'no';
  if (title === itemTitle) return dated ? 'same' : 'maybe';
  return similar(title, itemTitle) ? 'maybe' : 'no';
}

const earlier = (a: string | null, b: string | null) => (a !== null && (b === null || a < b) ? a : b);

/** What the item says of the contract, over what is known; the fields you corrected stay yours. */
function withItem(c: StoredContract, item: WorkHistoryItem, now: string): StoredContract {
  const ended = !item.inProgress;
  const update: Partial<StoredContract> = {
    title: c.title ?? item.title,
    kind: c.kind ?? item.kind,
    status: ended ? 'ended' : c.status === 'paused' ? 'paused' : 'active',
    startedAt: earlier(c.startedAt, item.startedAt),
    endedAt: ended ? (item.endedAt ?? c.endedAt) : null,
    feedbackReceived: item.feedback ?? c.feedbackReceived,
    earnings: item.earnings === null ? c.earnings : Math.max(c.earnings ?? 0, item.earnings),
  };
  const next: StoredContract = { ...c, lastSeenAt: now, profileSeenAt: now };
  for (const [field, value] of Object.entries(update)) {
    if (!c.userFields.includes(field)) (next as Record<string, unknown>)[field] = value;
  }
  return next;
}

/** Folds the contract `from` into `into` (you said they are one): `into` keeps its id, nothing either knew is lost. */
export function foldContract(into: StoredContract, from: StoredContract): StoredContract {
  const merged: StoredContract = { ...into };
  for (const [field, value] of Object.entries(from)) {
    const key = field as keyof StoredContract;
    if (merged[key] === null && value !== null) (merged as Record<string, unknown>)[key] = value;
  }
  // The profile's fields are the newer word on how it ended.
  for (const key of ['status', 'endedAt', 'feedbackReceived'] as const) {
    if (from[key] !== null && !into.userFields.includes(key))
      (merged as Record<string, unknown>)[key] = from[key];
  }
  return {
    ...merged,
    id: into.id,
    earnings:
      into.earnings === null && from.earnings === null
        ? null
        : Math.max(into.earnings ?? 0, from.earnings ?? 0),
    startedAt: earlier(into.startedAt, from.startedAt),
    firstSeenAt: [into.firstSeenAt, from.firstSeenAt].sort()[0] ?? into.firstSeenAt,
    userFields: [...new Set([...into.userFields, ...from.userFields])],
    maybeSameAs: (into.maybeSameAs ?? []).filter((id) => id !== from.id),
    profileSeenAt: from.profileSeenAt ?? into.profileSeenAt,
  };
}

/** Merges the profile's work history into the history. Pure: `now` is an ISO timestamp. */
export function mergeWorkHistory(history: History, items: readonly WorkHistoryItem[], now: string): History {
  const contracts = { ...history.contracts };
  // The contracts an item may match: those known from elsewhere (pages, reports), each title's words made once.
  const candidates = Object.values(history.contracts)
    .filter((c) => !isFromProfileOnly(c.id))
    .map((c) => ({ id: c.id, title: words(c.title) }));
  for (const item of items) {
    if (item.contractId) {
      const old = contracts[item.contractId];
      contracts[item.contractId] = withItem(old ?? newContract(item.contractId, now), item, now);
      continue;
    }
    const ownId = profileId(item);
    const own = contracts[ownId];
    const apart = new Set(own?.keptApartFrom);
    const itemTitle = words(item.title);
    const same: StoredContract[] = [];
    const maybe: string[] = [];
    for (const { id, title } of candidates) {
      const c = contracts[id];
      const f = c && !apart.has(id) ? fitOf(c, title, item, itemTitle) : 'no';
      if (c && f === 'same') same.push(c);
      if (f !== 'no') maybe.push(id);
    }
    const [match] = same;
    if (match && same.length === 1) {
      // Read before while nothing matched, it was a contract of its own: now that one contract fits, it is folded in.
      if (own) delete contracts[ownId];
      contracts[match.id] = withItem(own ? foldContract(match, own) : match, item, now);
      continue;
    }
    // What might be the same is asked as of this read: a contract since kept apart or gone is not asked about.
    const { maybeSameAs: _asked, ...read } = withItem(own ?? newContract(ownId, now), item, now);
    contracts[ownId] = maybe.length > 0 ? { ...read, maybeSameAs: maybe.slice(0, 20) } : read;
  }
  return { ...history, contracts };
}

const newContract = (id: string, now: string): StoredContract => ({
  ...blankContract(id),
  firstSeenAt: now,
  lastSeenAt: now,
  userFields: [],
});

const without = (ids: readonly string[] | undefined, id: string) => (ids ?? []).filter((x) => x !== id);

/**
 * Your answer to "might be the same contract": `same` folds the two into one (keeping Upwork's contract id), else
 * they are kept apart and not asked about again. Pure.
 */
export function resolveMatch(history: History, id: string, other: string, same: boolean): History {
  const a = history.contracts[id];
  const b = history.contracts[other];
  if (!a || !b || id === other)
    throw new Error('That contract is no longer in your history; reload this page.');
  const contracts = { ...history.contracts };
  if (!same) {
    contracts[id] = {
      ...a,
      maybeSameAs: without(a.maybeSameAs, other),
      keptApartFrom: [...without(a.keptApartFrom, other), other],
    };
    contracts[other] = {
      ...b,
      maybeSameAs: without(b.maybeSameAs, id),
      keptApartFrom: [...without(b.keptApartFrom, id), id],
    };
    return { ...history, contracts };
  }
  const [into, from] = isFromProfileOnly(a.id) && !isFromProfileOnly(b.id) ? [b, a] : [a, b];
  delete contracts[from.id];
  for (const c of Object.values(contracts)) {
    if (c.maybeSameAs?.includes(from.id))
      contracts[c.id] = { ...c, maybeSameAs: without(c.maybeSameAs, from.id) };
  }
  contracts[into.id] = foldContract(into, from);
  return { ...history, contracts };
}
