import * as z from 'zod';
import { MAX_TILES } from '../limits';
import {
  Count,
  IsoDate,
  IsoDateTime,
  IsoMonth,
  PageText,
  PageUrl,
  Percent,
  Stars,
  Usd,
  Verdict,
} from './common';

/** What "About the client" shows. Every field is null when the page did not show it or it could not be read. */
export const ClientFacts = z.object({
  paymentVerified: z.boolean().nullable(),
  rating: Stars.nullable(),
  reviews: Count.nullable(),
  country: PageText.nullable(),
  city: PageText.nullable(),
  jobsPosted: Count.nullable(),
  hireRate: Percent.nullable(),
  openJobs: Count.nullable(),
  totalSpent: Usd.nullable(),
  hires: Count.nullable(),
  activeHires: Count.nullable(),
  avgHourlyRate: Usd.nullable(),
  hours: z.number().min(0).nullable(),
  memberSince: IsoDate.nullable(),
  industry: PageText.nullable(),
  companySize: PageText.nullable(),
});
export type ClientFacts = z.infer<typeof ClientFacts>;

/** Feedback in a history item: "given" (its stars may not be shown), "none" ("No feedback given"), null when not shown. */
export const FeedbackShown = z.enum(['given', 'none']).nullable();
export type FeedbackShown = z.infer<typeof FeedbackShown>;

export const ClientHistoryItem = z.object({
  title: PageText.nullable(),
  /** The freelancer's rating of the client. */
  ratingByFreelancer: Stars.nullable(),
  /** The client's rating of the freelancer; null for "No feedback given" and where no stars are shown. */
  ratingToFreelancer: Stars.nullable(),
  feedbackByFreelancer: FeedbackShown,
  feedbackToFreelancer: FeedbackShown,
  start: IsoMonth.nullable(),
  end: IsoMonth.nullable(),
  pay: z.enum(['fixed', 'hourly']).nullable(),
  amount: Usd.nullable(),
});
export type ClientHistoryItem = z.infer<typeof ClientHistoryItem>;

export const ClientHistory = z.object({
  total: Count.nullable(),
  items: z.array(ClientHistoryItem).max(200),
});
export type ClientHistory = z.infer<typeof ClientHistory>;

export const JobActivity = z.object({
  proposals: PageText.nullable(),
  interviewing: Count.nullable(),
  invitesSent: Count.nullable(),
  unansweredInvites: Count.nullable(),
  hires: Count.nullable(),
});
export type JobActivity = z.infer<typeof JobActivity>;

/** Upwork's job cipher: `~02` + 19 digits (new) or `~01` + 16 hex (old). */
export const JobId = z.string().regex(/^~0[12][0-9a-f]{16,24}$/i, 'expected an Upwork job id like ~021999…');

/** The list a job's tile was seen in. */
export const TileList = z.enum(['search', 'feed']);

/** The client facts a job page did not show, taken from the job's tile seen earlier (history/remembered-tiles.ts). */
export const RememberedFacts = z.object({
  /** Named as `missed` names fields. */
  fields: z
    .array(z.enum(['client.rating', 'client.reviews', 'client.paymentVerified']))
    .min(1)
    .max(3),
  from: TileList,
  seenAt: IsoDateTime,
});
export type RememberedFacts = z.infer<typeof RememberedFacts>;

export const JobParse = z.object({
  page: z.literal('job'),
  url: PageUrl,
  missed: z.array(z.string().max(100)).max(100),
  job: z.object({ id: JobId.nullable(), title: PageText.nullable() }),
  client: ClientFacts,
  clientHistory: ClientHistory,
  activity: JobActivity.optional(),
  verdict: Verdict,
  /** Facts the page did not show that the job's tile did, on an earlier page: not in `missed`. */
  remembered: RememberedFacts.optional(),
});
export type JobParse = z.infer<typeof JobParse>;

export const TileClient = ClientFacts.pick({
  paymentVerified: true,
  rating: true,
  reviews: true,
  totalSpent: true,
  country: true,
});
export type TileClient = z.infer<typeof TileClient>;

export const JobTile = z.object({
  jobId: JobId.nullable(),
  title: PageText.nullable(),
  client: TileClient,
  verdict: Verdict,
});
export type JobTile = z.infer<typeof JobTile>;

export const JobListParse = z.object({
  page: z.literal('job-list'),
  url: PageUrl,
  missed: z.array(z.string().max(100)).max(100),
  tiles: z.array(JobTile).max(MAX_TILES),
  /** Jobs the page links to: with no tile read, the sign of a page JSS Guard could not read. */
  jobLinks: Count.optional(),
});
export type JobListParse = z.infer<typeof JobListParse>;
