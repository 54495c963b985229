import type { JssRules, Settings } from '../core/settings';

type NumberKey = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];
type BooleanKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

export interface NumberField {
  key: NumberKey;
  label: string;
  /** The unit, in words. */
  help: string;
  step: number;
  /** How the value is typed and its default shown: dollars, or a share typed as a fraction or a percent. */
  unit?: 'usd' | 'share';
}

/** Every threshold, in the words of the freelancer, grouped as the options page shows them. */
export const NUMBER_GROUPS: { title: string; fields: NumberField[] }[] = [
  {
    title: 'Client screening',
    fields: [
      {
        key: 'clientRatingCareful',
        label: 'Be careful under this rating',
        help: 'stars from freelancers',
        step: 0.1,
      },
      {
        key: 'clientRatingAvoid',
        label: 'Avoid under this rating',
        help: 'stars from freelancers',
        step: 0.1,
      },
      {
        key: 'harshAnyAtOrBelow',
        label: 'Harsh: gave a freelancer this many stars or fewer',
        help: 'any one rating',
        step: 0.1,
      },
      {
        key: 'harshAverageBelow',
        label: 'Harsh: average given under',
        help: 'stars, over the client’s recent history',
        step: 0.1,
      },
      {
        key: 'harshMinRatings',
        label: 'Ratings needed to judge the average',
        help: 'ratings the client gave',
        step: 1,
      },
      { key: 'lowHireRateBelow', label: 'Low hire rate under', help: '% of jobs posted', step: 1 },
      { key: 'lowHireRateMinJobs', label: 'Judge the hire rate from', help: 'jobs posted', step: 1 },
    ],
  },
  {
    title: 'Contracts',
    fields: [
      { key: 'inactiveDays', label: 'Open contract is quiet after', help: 'days without activity', step: 1 },
      { key: 'noEarningsDays', label: 'Warn about $0 earned after', help: 'days open', step: 1 },
      { key: 'endedNoFeedbackDays', label: 'Ask for feedback from', help: 'days after the end', step: 1 },
      {
        key: 'feedbackWindowDays',
        label: 'Clients can leave feedback for',
        help: 'days after the end',
        step: 1,
      },
      { key: 'endedByYouShowDays', label: 'Remind “you ended it yourself” for', help: 'days', step: 1 },
    ],
  },
  {
    title: 'Daily habits',
    fields: [
      {
        key: 'invitationWarnHours',
        label: 'Warn about an unanswered invitation after',
        help: 'hours',
        step: 1,
      },
      { key: 'invitationDangerHours', label: 'Urgent after', help: 'hours (Upwork counts 24)', step: 1 },
      { key: 'messagesWaitingHours', label: 'Warn about unread messages after', help: 'hours', step: 0.5 },
      {
        key: 'askFeedbackQuietDays',
        label: 'Ask to end an hourly contract after',
        help: 'days with no hours logged',
        step: 1,
      },
      { key: 'likedClientStars', label: 'A client liked you: gave at least', help: 'stars', step: 0.1 },
      {
        key: 'likedClientAfterDays',
        label: 'Suggest a message about new work after',
        help: 'days since their last contract ended',
        step: 1,
      },
    ],
  },
  {
    title: 'Job Success model: outcomes (both rule sets)',
    fields: [
      { key: 'topRatedLine', label: 'Top Rated line', help: '% Job Success', step: 1 },
      { key: 'negativeBelow', label: 'Feedback under this is negative', help: 'stars', step: 0.1 },
      {
        key: 'successfulAtLeast',
        label: 'Feedback at or above this is successful',
        help: 'stars',
        step: 0.1,
      },
      {
        key: 'flaggedClientRating',
        label: 'A client rated under this is flagged',
        help: 'stars from freelancers',
        step: 0.1,
      },
      { key: 'flaggedMinReviews', label: 'Reviews needed to flag a client', help: 'reviews', step: 1 },
      {
        key: 'noEarningsUpTo',
        label: 'Earnings up to this count as none',
        help: 'US dollars',
        step: 1,
        unit: 'usd',
      },
      {
        key: 'staleDays',
        label: 'Open contract counts as ended when quiet for more than',
        help: 'days since its last activity',
        step: 1,
      },
      {
        key: 'longTermDays',
        label: 'Hourly contract is long-term when paid over',
        help: 'days',
        step: 1,
      },
    ],
  },
  {
    title: 'Job Success model: weights (current rules)',
    fields: [
      {
        key: 'weightSmallUpTo',
        label: 'A small job earns up to',
        help: 'US dollars',
        step: 1,
        unit: 'usd',
      },
      { key: 'weightSmall', label: 'A small job (or $0) counts as', help: 'jobs', step: 0.05 },
      {
        key: 'weightMediumUpTo',
        label: 'A medium job earns up to',
        help: 'US dollars',
        step: 1,
        unit: 'usd',
      },
      { key: 'weightMedium', label: 'A medium job counts as', help: 'jobs', step: 0.05 },
      { key: 'weightLarge', label: 'A larger job counts as', help: 'jobs', step: 0.05 },
      {
        key: 'weightPeriodDays',
        label: 'One job more for each paid period of',
        help: 'days (about 3 months)',
        step: 1,
      },
      { key: 'maxWeight', label: 'A contract counts as at most', help: 'jobs', step: 0.5 },
    ],
  },
  {
    title: 'Job Success model: first score and updates',
    fields: [
      {
        key: 'currentMinOutcomes',
        label: 'Current rules: rated contracts needed',
        help: 'counted outcomes',
        step: 1,
      },
      {
        key: 'minClients',
        label: 'Current rules: from at least',
        help: 'different clients',
        step: 1,
      },
      {
        key: 'legacyMinOutcomes',
        label: 'Legacy rules: rated contracts needed',
        help: 'counted outcomes per window',
        step: 1,
      },
      {
        key: 'noFeedbackShare',
        label: 'Legacy rules: share of ended contracts that may lack feedback',
        help: 'a fraction such as 1/3, or a percent such as 33%',
        step: 0,
        unit: 'share',
      },
      {
        key: 'legacyUpdateDays',
        label: 'Legacy rules: Upwork updates the score every',
        help: 'days',
        step: 1,
      },
    ],
  },
  {
    title: 'Storage',
    fields: [{ key: 'recentJobsCap', label: 'Jobs to remember', help: 'most recent', step: 10 }],
  },
];

/** The rule sets, as the options page offers them (docs/jss-model.md). */
export const RULE_CHOICES: { value: JssRules; label: string; help: string }[] = [
  {
    value: 'current',
    label: 'Upwork’s current rules (since September 2024)',
    help: 'one 24-month window, updated daily; jobs weighted by earnings and paid length; a first score after 2 rated contracts from 2 clients',
  },
  {
    value: 'legacy',
    label: 'Legacy rules (before September 2024)',
    help: 'the best of 6, 12 and 24 months, every two weeks; every contract counts once; a first score after 5',
  },
];

export const HINT_FIELDS: { key: BooleanKey; label: string }[] = [
  { key: 'showJobPanel', label: 'Verdict panel on job pages and sliders' },
  { key: 'showTileBadges', label: 'Badges on job tiles in feeds and search' },
  { key: 'showContractHints', label: 'Hints on your contracts' },
  {
    key: 'foldAvoidTiles',
    label: 'Fold the jobs of clients to avoid in feeds and search (a line per list shows them again)',
  },
  { key: 'showInvitationHints', label: 'How long each invitation to interview has waited' },
];
