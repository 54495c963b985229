import * as z from 'zod';
import { dict } from '../dict';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const digits = (text: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/** Whether `YYYY-MM-DD` names a day that exists (no 2026-02-30, no 9999-99-99); by arithmetic, as it runs per date. */
export function isCalendarDate(iso: string): boolean {
  if (iso.length !== 10 || iso[4] !== '-' || iso[7] !== '-') return false;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 1970 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] as number));
}

/** ISO calendar date, `YYYY-MM-DD`, a day that exists. */
export const IsoDate = z
  .string()
  .refine(isCalendarDate, 'expected a real date as YYYY-MM-DD, like 2026-03-01');
/** Month as Upwork shows it in a client's history, `YYYY-MM`. */
export const IsoMonth = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM, like 2026-03');
/** A full timestamp (`new Date().toISOString()`), at a time that exists. */
export const IsoDateTime = z
  .string()
  .refine(
    (text) =>
      /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?Z$/.test(text) &&
      isCalendarDate(text.slice(0, 10)),
    'expected a date and time as YYYY-MM-DDTHH:MM:SSZ, like 2026-03-01T09:30:00Z',
  );

export const Stars = z.number().min(0).max(5);
export const Usd = z.number().min(0);
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

/** The longest client key (history/client-key.ts) a stored job or the clients map takes. */
export const CLIENT_KEY_MAX = 300;
export const ClientKey = z.string().min(1).max(CLIENT_KEY_MAX);

/** Strings from a page are capped so a hostile page cannot fill the user's storage. */
export const PageText = z.string().max(2000);
export const PageUrl = z.string().max(4000).startsWith('https://www.upwork.com/');

/**
 * A map keyed by page or user data (contract ids, client keys), validated entry by entry and given back as a
 * null-prototype object (core/dict.ts): `z.record` would drop a `__proto__` key and leave `toString` inherited.
 * `max`: the most entries taken.
 */
export function Dict<K extends z.ZodType<string>, V extends z.ZodType>(key: K, value: V, max?: number) {
  const map = z.map(key, value, { error: 'expected entries by id (an object)' });
  return z
    .preprocess(
      (input) =>
        input && typeof input === 'object' && !Array.isArray(input) && !(input instanceof Map)
          ? new Map(Object.entries(input))
          : input,
      max === undefined ? map : map.max(max),
    )
    .transform((entries) => dict(entries as Map<string, z.output<V>>));
}
