import * as z from 'zod';
import { MAX_REMEMBERED_TILES } from '../limits';
import { upgradeSettings } from '../settings';
import { ClientKey, Count, Dict, IsoDateTime, PageText, PageUrl, Percent, Stars, Verdict } from './common';
import { Badge, Contract, ContractId } from './contract';
import { StoredInvitations, StoredMessages } from './habits';
import { ClientFacts, JobId, RememberedFacts, TileList } from './job';
import { Settings } from './settings';

export const SCHEMA_VERSION = 7;

/** A contract as kept: the page's fields, when we saw it, and which fields the user corrected (those win). */
/** What the profile's work history adds to a contract (history/work-history-merge.ts). */
const FromWorkHistory = {
  /** When your profile's work history last listed it: its feedback (or "No feedback given") is then known. */
  profileSeenAt: IsoDateTime.optional(),
  /** Contracts that may be this one (same or similar title, overlapping dates), for you to confirm or keep apart. */
  maybeSameAs: z.array(z.string().max(100)).max(20).optional(),
  keptApartFrom: z.array(z.string().max(100)).max(50).optional(),
};

export const StoredContract = Contract.extend({
  firstSeenAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  userFields: z.array(z.string().max(40)).max(20),
  ...FromWorkHistory,
});
export type StoredContract = z.infer<typeof StoredContract>;

/** A client as last seen, under `clientKeyOf` (history/client-key.ts). */
export const StoredClient = ClientFacts.extend({
  name: PageText.nullable(),
  /** Ratings this client gave freelancers, from its recent history: the evidence of a harsh client. */
  ratingsGiven: z.array(Stars).max(200),
  firstSeenAt: IsoDateTime,
  lastSeenAt: IsoDateTime,
  url: PageUrl,
});
export type StoredClient = z.infer<typeof StoredClient>;

export const StoredJob = z.object({
  id: JobId,
  title: PageText.nullable(),
  clientKey: ClientKey.nullable(),
  verdict: Verdict,
  seenAt: IsoDateTime,
  url: PageUrl,
  /** Facts of its client the job page did not show, taken from the job's tile seen earlier. */
  remembered: RememberedFacts.optional(),
});
export type StoredJob = z.infer<typeof StoredJob>;

/** A client's rating and payment status as a job's tile showed them (history/remembered-tiles.ts). */
export const RememberedTile = z.object({
  rating: Stars.nullable(),
  reviews: Count.nullable(),
  paymentVerified: z.boolean().nullable(),
  seenAt: IsoDateTime,
  /** The list the tile was in. */
  from: TileList,
});
export type RememberedTile = z.infer<typeof RememberedTile>;

export const JssObservation = z.object({
  value: Percent.nullable(),
  badges: z.array(Badge).max(4),
  observedAt: IsoDateTime,
  /** The projection made for this date before it was seen, kept to show how far the model was off. */
  projected: Percent.nullable().optional(),
  /** What each rule set projected for this date before it was seen (model version 2): the two are compared. */
  projections: z.object({ current: Percent.nullable(), legacy: Percent.nullable() }).optional(),
});
export type JssObservation = z.infer<typeof JssObservation>;

/** The last read of each page kind, so the popup can say "Upwork changed this page; rating not read". */
export const PageStatus = z.object({
  url: PageUrl,
  at: IsoDateTime,
  missed: z.array(z.string().max(100)).max(100),
  /** The parse found nothing it expected: the page did not parse. */
  failed: z.boolean(),
  /** The user closed the notice of this failure; the next read of the page replaces it. */
  dismissed: z.boolean().optional(),
  /** Where it failed, what the page had that was not read ("10 job links, 0 tiles read"). */
  unread: z.string().max(200).optional(),
});
export type PageStatus = z.infer<typeof PageStatus>;

/** One key per row of the report: `date|hours|amount|payment type`, plus `|n` for the n-th identical row of a file. */
export const ReportRowList = z.array(z.string().max(200)).max(100_000);
export const ReportRows = Dict(z.string().max(100), ReportRowList);
export type ReportRows = z.infer<typeof ReportRows>;

export const History = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  contracts: Dict(ContractId, StoredContract),
  clients: Dict(ClientKey, StoredClient),
  jobs: z.array(StoredJob),
  jss: z.array(JssObservation),
  settings: Settings,
  pages: Dict(z.string().max(40), PageStatus),
  /** The earnings report's rows, as facts, per contract id (report/facts.ts): what makes a re-import change nothing. */
  reportRows: ReportRows,
  // Optional: read again on the next visit to Upwork, they are not missed in a history saved before them.
  invitations: StoredInvitations.optional(),
  messages: StoredMessages.optional(),
  /** Tiles' client rating and payment status by job id, for a job page that does not show them. */
  tiles: Dict(JobId, RememberedTile).optional(),
});
export type History = z.infer<typeof History>;

export const HistoryExport = z.object({
  schemaVersion: Count,
  exportedAt: IsoDateTime.optional(),
  // Exported contracts carry when they were seen and which fields the user corrected; plain ones may not.
  contracts: z.array(
    Contract.extend({
      userFields: z.array(z.string().max(40)).max(20).optional(),
      firstSeenAt: IsoDateTime.optional(),
      lastSeenAt: IsoDateTime.optional(),
      ...FromWorkHistory,
    }),
  ),
  clients: Dict(ClientKey, StoredClient.partial()).optional(),
  jss: z.array(JssObservation).optional(),
  // An older export's settings are read under today's keys.
  settings: z.preprocess(upgradeSettings, Settings.partial()).optional(),
  reportRows: ReportRows.optional(),
  /** The client facts job tiles showed, by job id; a file from before schema 7 has none. */
  tiles: Dict(JobId, RememberedTile, MAX_REMEMBERED_TILES).optional(),
});
export type HistoryExport = z.infer<typeof HistoryExport>;
