import * as z from 'zod';
import { Count, IsoDateTime, PageText, PageUrl } from './common';

/**
 * How exactly Upwork showed when an invitation came: a full date and time (or a `datetime` attribute), "5 hours
 * ago", or only a day ("Nov 26", "yesterday", "2 days ago"); a day counts from its start, so it warns early, not late.
 */
export const TimePrecision = z.enum(['minute', 'hour', 'day']);
export type TimePrecision = z.infer<typeof TimePrecision>;

/** An invitation to interview as the proposals page lists it. */
export const Invitation = z.object({
  /** Upwork's id from the invitation's link, or the link itself when it holds no number. */
  id: z.string().min(1).max(300),
  title: PageText.nullable(),
  clientName: PageText.nullable(),
  /** When it was received, in UTC, from the local time the page shows; null when the page shows none. */
  receivedAt: IsoDateTime.nullable(),
  precision: TimePrecision.nullable(),
  url: PageUrl.nullable(),
});
export type Invitation = z.infer<typeof Invitation>;

/** `/nx/proposals/…`: the invitations to interview waiting for a reply (DESIGN.md, "Parse result"). */
export const ProposalsParse = z.object({
  page: z.literal('proposals'),
  url: PageUrl,
  missed: z.array(z.string().max(100)).max(100),
  invitations: z.array(Invitation).max(500),
});
export type ProposalsParse = z.infer<typeof ProposalsParse>;

/** Upwork's navigation, on every page: the unread-messages count beside "Messages". */
export const NavigationRead = z.object({
  url: PageUrl,
  unreadMessages: Count.max(100_000).nullable(),
  missed: z.array(z.string().max(100)).max(10),
});
export type NavigationRead = z.infer<typeof NavigationRead>;

/** Invitations as kept: the last proposals page read is the whole list (answered ones leave it). */
export const StoredInvitations = z.object({
  items: z.array(Invitation.extend({ firstSeenAt: IsoDateTime })).max(500),
  readAt: IsoDateTime,
});
export type StoredInvitations = z.infer<typeof StoredInvitations>;

/** Unread messages as kept: how many, since when some have been unread, and when the navigation was last read. */
export const StoredMessages = z.object({
  unread: Count.max(100_000),
  /** The first read that saw unread messages since the last read that saw none. */
  unreadSince: IsoDateTime.nullable(),
  readAt: IsoDateTime,
});
export type StoredMessages = z.infer<typeof StoredMessages>;

/**
 * What a fixed-price contract's page shows of its milestones. `inEscrow`: some milestone is funded and not yet
 * paid; `allPaid`: every milestone is paid. Null when the page does not say.
 */
export const Funding = z.object({
  milestones: Count.max(1000).nullable(),
  paid: Count.max(1000).nullable(),
  inEscrow: z.boolean().nullable(),
  allPaid: z.boolean().nullable(),
});
export type Funding = z.infer<typeof Funding>;
