import { REPORTS_URL } from '../report/earnings-report';
import type { History, StoredContract } from '../schema/history';
import { eachInSteps, runAtOnce, type Steps } from '../steps';
import { addDays } from '../time';
import { contractListSteps, eachValueInSteps } from './contract-list';

/** Something the projection lacks, how many contracts it concerns, and the one page or file that fills it. */
export interface Gap {
  what: 'earnings' | 'reports' | 'status' | 'feedback';
  count: number;
  /** What to do, as a sentence: "Import your 2025 earnings report". */
  fix: string;
  /** Where to do it, when JSS Guard knows the address. */
  url: string | null;
}

export interface Completeness {
  /** Contracts of the last 24 months (and those with no date at all): the ones the score is made of. */
  contracts: number;
  lackFeedback: number;
  lackStatus: number;
  lackEarnings: number;
  gaps: Gap[];
}

const WINDOW_DAYS = 730;

const lastDate = (c: StoredContract) => c.endedAt ?? c.lastActivityAt ?? c.startedAt;
const yearsText = (years: readonly string[]) =>
  years.length === 1
    ? `your ${years[0]} earnings report`
    : `your earnings reports of ${years.slice(0, -1).join(', ')} and ${years.at(-1)}`;

/**
 * How complete the history is for the projection, and what would fill each gap. Pure: `now` is an ISO timestamp.
 * Feedback is known when a page showed stars, or when your profile's work history listed the contract without any.
 */
export function completeness(history: History, now: string): Completeness {
  return runAtOnce(completenessSteps(history, now));
}

/** `completeness` a step at a time: one pass over the contracts, counting each gap as it goes. */
export function* completenessSteps(history: History, now: string): Steps<Completeness> {
  const today = now.slice(0, 10);
  const since = addDays(today, -WINDOW_DAYS);
  const count = { contracts: 0, noEarnings: 0, noStatus: 0, noFeedback: 0 };
  const earningsYears = new Set<string>();
  yield* eachInSteps(yield* contractListSteps(history), (c) => {
    const date = lastDate(c);
    // Open contracts count however old; one of unknown status counts as of its last activity.
    if (!(date === null || date >= since || ((c.status === 'active' || c.status === 'paused') && !c.endedAt)))
      return;
    count.contracts++;
    if (c.earnings === null) {
      count.noEarnings++;
      earningsYears.add((date ?? today).slice(0, 4));
    }
    if (c.status === null || c.status === 'unknown') count.noStatus++;
    if (c.status === 'ended' && c.feedbackReceived === null && c.profileSeenAt === undefined)
      count.noFeedback++;
  });

  // Years of the window that no earnings report has covered: contracts of those years may be missing altogether.
  const reported = new Set<string>();
  yield* eachValueInSteps(history.reportRows, (rows) => {
    for (const row of rows) reported.add(row.slice(0, 4));
  });
  const windowYears: string[] = [];
  for (let year = Number(since.slice(0, 4)); year <= Number(today.slice(0, 4)); year++)
    windowYears.push(String(year));
  const unreported = windowYears.filter((y) => !reported.has(y));
  const first = windowYears[0] ?? today.slice(0, 4);
  const toImport = [...earningsYears]
    .map((y) => String(Math.max(Number(y), Number(first))))
    .filter((y) => !reported.has(y));

  const profile = history.pages.profile?.url ?? null;
  const profileFix = "Open your profile's work history on Upwork (both its Completed and In progress tabs)";
  const gaps: Gap[] = [];
  if (unreported.length > 0)
    gaps.push({
      what: 'reports',
      count: unreported.length,
      fix: `Import ${yearsText(unreported)}`,
      url: REPORTS_URL,
    });
  if (count.noEarnings > 0)
    gaps.push({
      what: 'earnings',
      count: count.noEarnings,
      // Years a report covers and that still lack a contract's earnings had no payment on it: its page says more.
      fix:
        toImport.length > 0
          ? `Import ${yearsText([...new Set(toImport)].sort())}`
          : "Open each contract's page on Upwork",
      url: toImport.length > 0 ? REPORTS_URL : null,
    });
  if (count.noStatus > 0) gaps.push({ what: 'status', count: count.noStatus, fix: profileFix, url: profile });
  if (count.noFeedback > 0)
    gaps.push({ what: 'feedback', count: count.noFeedback, fix: profileFix, url: profile });
  return {
    contracts: count.contracts,
    lackFeedback: count.noFeedback,
    lackStatus: count.noStatus,
    lackEarnings: count.noEarnings,
    gaps,
  };
}
