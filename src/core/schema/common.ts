import * as z from 'zod';

/** ISO calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
/** Month as Upwork shows it in a client's history, `YYYY-MM`. */
export const IsoMonth = z.string().regex(/^\d{4}-\d{2}$/, 'expected a month as YYYY-MM');
/** A full timestamp (`new Date().toISOString()`). */
export const IsoDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/, 'expected an ISO timestamp');

export const Stars = z.number().min(0).max(5);
export const Usd = z.number().min(0).finite();
export const Percent = z.number().min(0).max(100);
export const Count = z.number().int().min(0);

/** Stable warning ids (DESIGN.md): the popup, hints and verdicts use them. */
export const WarningId = z.enum([
  'client-low-rating',
  'client-no-reviews',
  'client-payment-unverified',
  'client-harsh-feedback',
  'client-low-hire-rate',
  'contract-inactive',
  'contract-no-earnings',
  'contract-ended-no-feedback',
  'contract-ended-by-you',
  'jss-below-top-rated',
  'jss-dropping',
  'invitation-waiting',
  'messages-waiting',
  'contract-feedback-to-give',
  'contract-ask-feedback',
  'contract-unfunded',
]);
export type WarningId = z.infer<typeof WarningId>;

export const VerdictLevel = z.enum(['fine', 'careful', 'avoid', 'unknown']);
export type VerdictLevel = z.infer<typeof VerdictLevel>;
export const Verdict = z.object({
  level: VerdictLevel,
  reasons: z.array(WarningId),
  /** Where the level is `unknown`: the facts a verdict needs that the page did not let us read. */
  missing: z
    .array(z.enum(['rating', 'paymentVerified']))
    .max(2)
    .optional(),
});
export type Verdict = z.infer<typeof Verdict>;

/** Strings from a page are capped so a hostile page cannot fill the user's storage. */
export const PageText = z.string().max(2000);
export const PageUrl = z.string().max(4000).startsWith('https://www.upwork.com/');
