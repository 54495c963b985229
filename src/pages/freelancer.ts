/** The freelancer's own score and badges, as a profile or My Stats shows them. */
import type { Badge, FreelancerParse } from '../core/schema/contract';
import { mainContent } from './contracts';
import { first, spacedText, textOf } from './dom';
import { isOwnProfile, readWorkHistory } from './work-history';

export const SELECTORS = {
  /** Where the freelancer's own header is; other freelancers' cards elsewhere on the page must not count. */
  profileHeader: [
    '[data-test="freelancer-profile-header"]',
    '[data-qa="profile-header"]',
    '.profile-header',
    'main header',
    'header',
  ],
  statsHeader: ['[data-test="my-stats"]', '[data-qa="my-stats"]', 'main'],
  jss: [
    '[data-test="job-success-score"]',
    '[data-qa="job-success-score"]',
    '[data-testid="job-success-score"]',
  ],
  /** Sections that list other freelancers. */
  others: 'aside, [data-test="similar-freelancers"], [data-qa="similar-freelancers"]',
} as const;

/** Badge names as Upwork writes them, the longer first so "Top Rated Plus" is not read as "Top Rated". */
const BADGES: [Badge, RegExp][] = [
  ['Top Rated Plus', /Top Rated Plus/i],
  ['Top Rated', /Top Rated(?! Plus)/i],
  ['Rising Talent', /Rising Talent/i],
  ['Expert-Vetted', /Expert[- ]Vetted/i],
];

/** "100% Job Success", "Job Success Score 92%", "Job Success: 87 %". */
function readJss(scope: Element): number | null {
  const labelled = textOf(first(scope, SELECTORS.jss));
  const text = labelled ?? spacedText(scope);
  const match = /(\d{1,3})\s?%\s*Job Success|Job Success(?: Score)?[^%\d]{0,30}(\d{1,3})\s?%/i.exec(text);
  const value = Number(match?.[1] ?? match?.[2]);
  return match && value <= 100 ? value : null;
}

/** The text of `scope` without the parts that list other freelancers. */
function ownText(scope: Element): string {
  const copy = scope.cloneNode(true) as Element;
  for (const other of copy.querySelectorAll(SELECTORS.others)) other.remove();
  return spacedText(copy);
}

export function parseFreelancer(doc: Document, url: string, page: 'profile' | 'stats'): FreelancerParse {
  const scope =
    first(doc, page === 'profile' ? SELECTORS.profileHeader : SELECTORS.statsHeader) ?? mainContent(doc);
  const jss = readJss(scope) ?? readJss(mainContent(doc));
  let text = ownText(scope);
  if (page === 'stats') {
    // My Stats names every status in its explanations ("Top Rated status"): only "You are …" says which one is yours.
    text = [
      ...text.matchAll(
        /(?:You are|You're|You’re|Your status:?)\s+(?:an? |now )?(Top Rated Plus|Top Rated|Rising Talent|Expert[- ]Vetted)/gi,
      ),
    ]
      .map((m) => m[1])
      .join(' ');
  }
  const badges = BADGES.filter(([, pattern]) => pattern.test(text)).map(([badge]) => badge);
  const missed = jss === null ? ['freelancer.jss'] : [];
  // Another freelancer's profile is read, but its score, badges and work history are not the user's to record.
  const others = page === 'profile' && !isOwnProfile(doc);
  const history = page === 'profile' && !others ? readWorkHistory(doc) : undefined;
  if (history && !history.read) missed.push('workHistory');
  return {
    page,
    url,
    missed,
    freelancer: { jss, badges },
    ...(others && { ownProfile: false }),
    ...(history && { workHistory: history.items }),
  };
}
