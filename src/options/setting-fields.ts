import type { Settings } from '../core/settings';

type NumberKey = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];
type BooleanKey = { [K in keyof Settings]: Settings[K] extends boolean ? K : never }[keyof Settings];

export interface NumberField {
  key: NumberKey;
  label: string;
  help: string;
  step: number;
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
    title: 'Job Success model',
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
        key: 'longTermDays',
        label: 'Hourly contract is long-term after',
        help: 'days with earnings',
        step: 1,
      },
      {
        key: 'noFeedbackShare',
        label: 'Share of contracts that may lack feedback',
        help: 'from 0 to 1',
        step: 0.01,
      },
      { key: 'legacyMinOutcomes', label: 'Outcomes needed for a score', help: 'contracts', step: 1 },
      { key: 'legacyUpdateDays', label: 'Upwork updates the score every', help: 'days', step: 1 },
      { key: 'recentJobsCap', label: 'Jobs to remember', help: 'most recent', step: 10 },
    ],
  },
];

export const HINT_FIELDS: { key: BooleanKey; label: string }[] = [
  { key: 'showJobPanel', label: 'Verdict panel on job pages and sliders' },
  { key: 'showTileBadges', label: 'Badges on job tiles in feeds and search' },
  { key: 'showContractHints', label: 'Hints on your contracts' },
];
