/**
 * Page detection: pure functions of the URL, one per Upwork page kind, like github-url-detection.
 * Every predicate has sample URLs at the bottom; the tests check each list against every predicate.
 */
import type { PageKind } from '../core/schema/parse-result';

type Predicate = (url: URL) => boolean;

const JOB_ID = '~0[12][0-9a-f]{16,24}';
const UPWORK_HOSTS = new Set(['www.upwork.com', 'upwork.com']);

function upwork(test: (path: string) => boolean): Predicate {
  return (url) => UPWORK_HOSTS.has(url.hostname) && url.protocol === 'https:' && test(url.pathname);
}

const path = (pattern: RegExp) => upwork((p) => pattern.test(p));

/** A job's own page: `/jobs/~0…`, `/jobs/Slug_~0…/`, `/freelance-jobs/apply/Slug_~0…/`. */
export const isJobPage = path(new RegExp(`^/(jobs|freelance-jobs/apply)/([^/]*_)?${JOB_ID}/?$`, 'i'));
/** The proposal form for a job: `/nx/proposals/job/~0…/apply/`. */
export const isJobApply = path(new RegExp(`^/(nx|ab)/proposals/job/${JOB_ID}/apply/?$`, 'i'));
/** A submitted proposal, which shows the job and its client: `/nx/proposals/<number>`. */
export const isProposal = path(/^\/(nx|ab)\/proposals\/\d{6,25}\/?$/);
/** The freelancer's proposals, with the invitations to interview: `/nx/proposals/`, `/nx/proposals/active`. */
export const isProposals = path(/^\/(nx|ab)\/proposals(\/active)?\/?$/);
/** The job details slider over a feed or search: `…/details/~0…`. */
export const isJobSlider = path(
  new RegExp(`^/nx/(s/)?(find-work|search/jobs)(/[a-z-]+)?/details/${JOB_ID}/?$`, 'i'),
);
/** Job feeds, old and new routes: `/nx/find-work/most-recent`, `/nx/s/find-work/best-matches`. */
export const isJobFeed = path(
  /^\/nx\/(s\/)?find-work(\/(best-matches|most-recent|saved-jobs|domestic|us-only))?\/?$/,
);
/** Job search results: `/nx/search/jobs/?q=…`. */
export const isJobSearch = path(/^\/(nx\/search\/jobs|nx\/jobs\/search|ab\/jobs\/search)\/?$/);
/** The freelancer's contracts list: `/nx/wm/contracts` with any `?status=`. */
export const isContracts = path(/^\/(nx\/wm\/contracts|ab\/contracts)\/?$/);
/** One contract: `/nx/wm/contracts/<id>`, `/nx/wm/workroom/<id>/…`, older `/ab/contracts/<id>`. */
export const isContract = path(
  /^\/(nx\/wm\/contracts|nx\/wm\/workroom|ab\/contracts)\/\d{4,20}(\/[a-z-]+)?\/?$/,
);
/** My Stats: `/nx/my-stats/`. */
export const isStats = path(/^\/nx\/my-stats\/?$/);
/** A freelancer profile: `/freelancers/~01…`, `/fl/<name>`. */
export const isProfile = path(
  /^\/(freelancers\/(~0[12][0-9a-f]{16,24}|[a-z0-9-]+~0[12][0-9a-f]{16,24})|fl\/[a-z0-9-]+)\/?$/i,
);

/** Every page predicate by name; SAMPLE_URLS has a list for each. */
export const PREDICATES = {
  isJobPage,
  isJobApply,
  isProposal,
  isProposals,
  isJobSlider,
  isJobFeed,
  isJobSearch,
  isContracts,
  isContract,
  isStats,
  isProfile,
} satisfies Record<string, Predicate>;

/** Pages that show one job and its client. */
export const isJobDetails: Predicate = (url) =>
  isJobPage(url) || isJobApply(url) || isProposal(url) || isJobSlider(url);
/** Pages that list job tiles (a slider leaves its list underneath). */
export const hasJobTiles: Predicate = (url) => isJobFeed(url) || isJobSearch(url) || isJobSlider(url);

export function toUrl(url: string | URL): URL | null {
  try {
    return url instanceof URL ? url : new URL(url);
  } catch {
    return null;
  }
}

/** The page kind of the parse result for a URL. */
export function pageKind(input: string | URL): PageKind {
  const url = toUrl(input);
  if (!url) return 'other';
  if (isJobDetails(url)) return 'job';
  if (isJobFeed(url) || isJobSearch(url)) return 'job-list';
  if (isContracts(url)) return 'contracts';
  if (isContract(url)) return 'contract';
  if (isProposals(url)) return 'proposals';
  if (isStats(url)) return 'stats';
  if (isProfile(url)) return 'profile';
  return 'other';
}

/** The job id in a URL (`~021999…`), or null. */
export function jobIdFromUrl(input: string | URL): string | null {
  const url = toUrl(input);
  const match = url && new RegExp(`(${JOB_ID})`, 'i').exec(url.pathname);
  return match?.[1] ?? null;
}

/**
 * URLs each predicate must match (and every other predicate must not). Plain strings, so the bundler can leave
 * them out of the content script.
 */
export const SAMPLE_URLS: Record<keyof typeof PREDICATES, readonly string[]> = {
  isJobPage: [
    'https://www.upwork.com/jobs/~021999060037801980319',
    'https://www.upwork.com/jobs/Talented-hands-next-supabase-developer-needed_~021999060037801980319/',
    'https://www.upwork.com/jobs/Talented-hands_~021999060037801980319/?referrer_url_path=/nx/search/jobs/',
    'https://www.upwork.com/jobs/~01a2b3c4d5e6f7a8b9',
    'https://www.upwork.com/freelance-jobs/apply/React-Developer_~021998744339961847531/',
    `https://upwork.com/jobs/Old-style-job_~01d7ba3b7a8c5b22f1/`,
  ],
  isJobApply: [
    'https://www.upwork.com/nx/proposals/job/~021998744339961847531/apply/',
    'https://www.upwork.com/nx/proposals/job/~021998744339961847531/apply',
    'https://www.upwork.com/ab/proposals/job/~01a2b3c4d5e6f7a8b9/apply/',
  ],
  isProposal: [
    'https://www.upwork.com/nx/proposals/1999111122223333444',
    'https://www.upwork.com/nx/proposals/1999111122223333444/',
  ],
  isProposals: [
    'https://www.upwork.com/nx/proposals/',
    'https://www.upwork.com/nx/proposals',
    'https://www.upwork.com/nx/proposals/active',
    'https://www.upwork.com/ab/proposals/',
  ],
  isJobSlider: [
    'https://www.upwork.com/nx/find-work/most-recent/details/~021999055296412911573?pageTitle=Job%20Details&_modalInfo=%5B%7B%7D%5D&nav_dir=pop',
    'https://www.upwork.com/nx/find-work/best-matches/details/~021999055296412911573',
    'https://www.upwork.com/nx/search/jobs/details/~021999055296412911573?q=react&pageTitle=Job%20Details',
    'https://www.upwork.com/nx/s/find-work/best-matches/details/~021999055296412911573/',
  ],
  isJobFeed: [
    'https://www.upwork.com/nx/find-work/',
    'https://www.upwork.com/nx/find-work/best-matches',
    'https://www.upwork.com/nx/find-work/most-recent',
    'https://www.upwork.com/nx/find-work/saved-jobs/',
    'https://www.upwork.com/nx/s/find-work/best-matches',
  ],
  isJobSearch: [
    'https://www.upwork.com/nx/search/jobs/?q=supabase&sort=recency',
    'https://www.upwork.com/nx/search/jobs',
    'https://www.upwork.com/nx/jobs/search/?q=react',
  ],
  isContracts: [
    'https://www.upwork.com/nx/wm/contracts',
    'https://www.upwork.com/nx/wm/contracts/?status=active',
    'https://www.upwork.com/nx/wm/contracts?status=closed',
  ],
  isContract: [
    'https://www.upwork.com/nx/wm/contracts/38123456',
    'https://www.upwork.com/nx/wm/workroom/38123456/overview',
    'https://www.upwork.com/ab/contracts/38123456',
  ],
  isStats: ['https://www.upwork.com/nx/my-stats/', 'https://www.upwork.com/nx/my-stats'],
  isProfile: [
    'https://www.upwork.com/freelancers/~01abcdef0123456789',
    'https://www.upwork.com/freelancers/~01abcdef0123456789?viewMode=1',
    'https://www.upwork.com/freelancers/janedoe~01abcdef0123456789',
    'https://www.upwork.com/fl/janedoe',
  ],
};

/** Look-alikes no predicate may match. */
export const SAMPLE_OTHER_URLS = [
  'https://www.upwork.com/',
  'https://www.upwork.com/jobs/',
  'https://www.upwork.com/jobs/~03notanid',
  'https://www.upwork.com/freelance-jobs/web-development/',
  'https://www.upwork.com/nx/find-work/details',
  'https://www.upwork.com/nx/proposals/archived',
  'https://www.upwork.com/nx/wm/contracts/new',
  'https://www.upwork.com/freelancers/settings/contactInfo',
  'https://www.upwork.com/nx/my-stats/earnings/extra',
  `http://www.upwork.com/jobs/~021999060037801980319`,
  'https://www.upwork.com.evil.example/jobs/~021999060037801980319',
  'https://community.upwork.com/jobs/~021999060037801980319',
  'https://example.com/nx/find-work/',
];
