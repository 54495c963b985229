import * as z from 'zod';
import { IsoDate, PageText, PageUrl, Percent, Stars, Usd } from './common';
import { Funding } from './habits';
import { WorkHistoryItem } from './work-history';

/** `unknown`: a contract known only from Upwork's earnings report, whose status no page has shown yet. */
export const ContractStatus = z.enum(['active', 'paused', 'ended', 'unknown']);
export const EndedBy = z.enum(['freelancer', 'client', 'unknown']);

/** A contract as a page shows it and as the export and `project` read it (DESIGN.md, "Contract"). */
/** Upwork's contract id (the number at the end of a contract's address); the user may type one too. */
export const ContractId = z.string().min(1).max(100);

export const Contract = z.object({
  id: ContractId,
  title: PageText.nullable(),
  clientId: z.string().max(200).nullable(),
  clientName: PageText.nullable(),
  kind: z.enum(['hourly', 'fixed']).nullable(),
  status: ContractStatus.nullable(),
  startedAt: IsoDate.nullable(),
  endedAt: IsoDate.nullable(),
  lastActivityAt: IsoDate.nullable(),
  earnings: Usd.nullable(),
  feedbackReceived: Stars.nullable(),
  feedbackGiven: Stars.nullable(),
  endedBy: EndedBy.nullable(),
  /** A fixed-price contract's milestones as its page shows them; absent where no page showed them. */
  funding: Funding.nullable().optional(),
});
export type Contract = z.infer<typeof Contract>;

export const Badge = z.enum(['Top Rated', 'Top Rated Plus', 'Rising Talent', 'Expert-Vetted']);
export type Badge = z.infer<typeof Badge>;

export const Freelancer = z.object({ jss: Percent.nullable(), badges: z.array(Badge).max(4) });
export type Freelancer = z.infer<typeof Freelancer>;

const parseBase = { url: PageUrl, missed: z.array(z.string().max(100)).max(100) };

export const ContractsParse = z.object({
  page: z.enum(['contracts', 'contract']),
  ...parseBase,
  contracts: z.array(Contract).max(2000),
});
export type ContractsParse = z.infer<typeof ContractsParse>;

export const FreelancerParse = z.object({
  page: z.enum(['profile', 'stats']),
  ...parseBase,
  freelancer: Freelancer,
  /** False on another freelancer's profile (no "Edit" controls): its score and badges are not recorded as yours. */
  ownProfile: z.boolean().optional(),
  /** The work history of the freelancer's own profile; absent on another freelancer's profile and on My Stats. */
  workHistory: z.array(WorkHistoryItem).max(1000).optional(),
});
export type FreelancerParse = z.infer<typeof FreelancerParse>;
