import { copyDict, own } from '../dict';
import { ratingsGiven } from '../rules/client';
import type { Contract, Freelancer } from '../schema/contract';
import type { History, StoredContract } from '../schema/history';
import type { JobParse } from '../schema/job';
import type { ParseResult } from '../schema/parse-result';
import { clientKeyOf } from './client-key';
import { mergeInvitations } from './merge-habits';
import { projectionsByRules } from './project-history';
import { jobWithRemembered, rememberTiles } from './remembered-tiles';
import { tilesRead, unreadSummary } from './unread';
import { mergeWorkHistory } from './work-history-merge';

/** Values a page could not read are null: they never overwrite what an earlier visit read. */
export function newestValues<T extends object>(old: T, update: Partial<T>, keep: readonly string[] = []): T {
  const merged = { ...old };
  for (const [key, value] of Object.entries(update)) {
    if (value !== null && value !== undefined && !keep.includes(key))
      (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** Folds one page's parse result into the history. Pure: `now` is an ISO timestamp. Nothing is ever dropped. */
export function mergeObservation(history: History, read: ParseResult, now: string): History {
  // A job page that does not show the client's rating or payment status takes those its tile showed.
  const result =
    read.page === 'job' && read.job.id
      ? jobWithRemembered(read, own(history.tiles ?? {}, read.job.id), history.settings)
      : read;
  const pages = copyDict(history.pages);
  pages[result.page] = pageStatus(result, now);
  const next: History = { ...history, pages };
  switch (result.page) {
    case 'job':
      return mergeJob(next, result, now);
    case 'contracts':
    case 'contract':
      return mergeContracts(next, result.contracts, now);
    case 'profile':
    case 'stats': {
      // Someone else's score is not yours: a freelancer looking at other profiles must not see theirs as theirs.
      if (result.ownProfile === false) return next;
      const scored = mergeFreelancer(next, result.freelancer, now);
      return result.workHistory ? mergeWorkHistory(scored, result.workHistory, now) : scored;
    }
    case 'proposals':
      return mergeInvitations(next, result, now);
    case 'job-list':
      return rememberTiles(next, result, now);
    default:
      return next;
  }
}

function pageStatus(result: ParseResult, now: string): History['pages'][string] {
  const failed = parseFailed(result);
  return {
    url: result.url,
    at: now,
    missed: result.missed,
    failed,
    ...(failed && { unread: unreadSummary(result) }),
  };
}

/** A page that yielded none of what its kind should show did not parse (Upwork changed it, or it was not loaded). */
export function parseFailed(result: ParseResult): boolean {
  switch (result.page) {
    case 'job':
      return result.missed.includes('client');
    case 'job-list':
      // Job links with no tile read is a page Upwork changed, as much as no tile at all.
      return tilesRead(result) === 0;
    case 'contracts':
    case 'contract':
      return result.contracts.length === 0;
    case 'profile':
    case 'stats':
      return (
        result.ownProfile !== false &&
        result.freelancer.jss === null &&
        result.freelancer.badges.length === 0 &&
        !result.workHistory?.length
      );
    case 'proposals':
      return result.missed.includes('invitations');
    default:
      return false;
  }
}

function mergeJob(history: History, result: JobParse, now: string): History {
  const key = clientKeyOf(result.client);
  const clients = copyDict(history.clients);
  if (key) {
    const given = ratingsGiven(result);
    const old = own(clients, key);
    const base = old ?? {
      ...result.client,
      name: null,
      ratingsGiven: [],
      firstSeenAt: now,
      lastSeenAt: now,
      url: result.url,
    };
    clients[key] = {
      ...newestValues(base, result.client),
      ratingsGiven: given.length > 0 ? given : base.ratingsGiven,
      lastSeenAt: now,
      url: result.url,
    };
  }
  const id = result.job.id;
  if (!id) return { ...history, clients };
  const job = {
    id,
    title: result.job.title,
    clientKey: key,
    verdict: result.verdict,
    seenAt: now,
    url: result.url,
    ...(result.remembered && { remembered: result.remembered }),
  };
  const jobs = [job, ...history.jobs.filter((j) => j.id !== id)].slice(0, history.settings.recentJobsCap);
  return { ...history, clients, jobs };
}

export function mergeContracts(history: History, contracts: readonly Contract[], now: string): History {
  const merged = copyDict(history.contracts);
  for (const contract of contracts) {
    const old = own(merged, contract.id);
    merged[contract.id] = old
      ? { ...newestValues(old, contract, old.userFields), lastSeenAt: now }
      : { ...contract, firstSeenAt: now, lastSeenAt: now, userFields: [] };
  }
  return { ...history, contracts: merged };
}

/** A user's correction: the given fields win now and over every later read of the page. */
export function editContract(
  history: History,
  edit: Partial<Contract> & Pick<Contract, 'id'>,
  now: string,
): History {
  const old: StoredContract = own(history.contracts, edit.id) ?? {
    ...blankContract(edit.id),
    firstSeenAt: now,
    lastSeenAt: now,
    userFields: [],
  };
  const fields = Object.keys(edit).filter((k) => k !== 'id');
  const updated = { ...old, ...edit, userFields: [...new Set([...old.userFields, ...fields])] };
  const contracts = copyDict(history.contracts);
  contracts[edit.id] = updated;
  return { ...history, contracts };
}

/** A contract of which only the id is known. */
export function blankContract(id: string): Contract {
  return {
    id,
    title: null,
    clientId: null,
    clientName: null,
    kind: null,
    status: null,
    startedAt: null,
    endedAt: null,
    lastActivityAt: null,
    earnings: null,
    feedbackReceived: null,
    feedbackGiven: null,
    endedBy: null,
  };
}

/** JSS observations are stored only when the score or badges changed, so daily visits for years stay small. */
function mergeFreelancer(history: History, freelancer: Freelancer, now: string): History {
  if (freelancer.jss === null && freelancer.badges.length === 0) return history;
  const last = history.jss.at(-1);
  const badges = [...freelancer.badges].sort();
  if (last && last.value === freelancer.jss && last.badges.join() === badges.join()) return history;
  // Kept beside the observation, so the popup can say how far each rule set was off.
  const projections = projectionsByRules(history, now);
  const projected = projections[history.settings.jssRules];
  return {
    ...history,
    jss: [...history.jss, { value: freelancer.jss, badges, observedAt: now, projected, projections }],
  };
}
