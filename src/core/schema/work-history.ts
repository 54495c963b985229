import * as z from 'zod';
import { IsoDate, IsoMonth, PageText, Stars, Usd } from './common';

/**
 * One job of the freelancer's own profile's work history (completed, or in progress): the one page that lists the
 * feedback of every finished contract. A field the item does not show is null.
 */
export const WorkHistoryItem = z.object({
  /** The contract's id when the item links to it; work history usually does not. */
  contractId: z
    .string()
    .regex(/^\d{1,30}$/)
    .nullable(),
  title: PageText.nullable(),
  inProgress: z.boolean(),
  startedAt: IsoDate.nullable(),
  endedAt: IsoDate.nullable(),
  /** The months of its dates, also when only months are shown ("Apr 2025 - Jul 2025"): enough to match on. */
  startMonth: IsoMonth.nullable(),
  endMonth: IsoMonth.nullable(),
  /** The client's stars; null with `noFeedback` for "No feedback given", null alone when not read. */
  feedback: Stars.nullable(),
  noFeedback: z.boolean(),
  kind: z.enum(['hourly', 'fixed']).nullable(),
  /** The amount shown, or hours × rate when only those are. */
  earnings: Usd.nullable(),
});
export type WorkHistoryItem = z.infer<typeof WorkHistoryItem>;
