/** Reading Upwork's visible text into numbers. Each returns null when the text is not what it should be. */

const SUFFIX: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9 };

/** Collapses white space (Upwork splits figures across lines: "2\n hours"). */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** "$11K" → 11000, "$1.2M" → 1200000, "$10K+" → 10000, "$699" → 699, "$786.66" → 786.66. */
export function parseMoney(text: string | null | undefined): number | null {
  const match = /\$\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s?([KMB])?\+?/i.exec(clean(text));
  if (!match) return null;
  const [, whole = '', fraction = '', suffix = ''] = match;
  const value = Number(whole.replace(/,/g, '') + fraction) * (SUFFIX[suffix.toUpperCase()] ?? 1);
  return Number.isFinite(value) ? Math.round(value * 100) / 100 : null;
}

/** The first whole number in the text: "1,024 hires" → 1024; "86,795" → 86795. */
export function parseCount(text: string | null | undefined): number | null {
  const match = /(\d{1,3}(?:,\d{3})+|\d+)/.exec(clean(text));
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(/,/g, ''));
  return Number.isSafeInteger(value) ? value : null;
}

/** A number with decimals, "157.5 hours" → 157.5. */
export function parseDecimal(text: string | null | undefined): number | null {
  const match = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/.exec(clean(text));
  if (!match?.[1]) return null;
  const value = Number(match[1].replace(/,/g, '') + (match[2] ?? ''));
  return Number.isFinite(value) ? value : null;
}

/** "68% hire rate" → 68; only 0–100. */
export function parsePercent(text: string | null | undefined): number | null {
  const match = /(\d{1,3}(?:\.\d+)?)\s?%/.exec(clean(text));
  const value = match?.[1] ? Number(match[1]) : null;
  return value !== null && value <= 100 ? value : null;
}

/** A star rating, "4.28 of 7 reviews" → 4.28, "Rating is 4.3 out of 5." → 4.3; only 0–5. */
export function parseStars(text: string | null | undefined): number | null {
  const match = /(\d(?:\.\d+)?)/.exec(clean(text));
  const value = match?.[1] ? Number(match[1]) : null;
  return value !== null && value <= 5 ? value : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "Member since Jul 7, 2014" → "2014-07-07"; "Started Mar 3, 2025" → "2025-03-03". */
export function parseDate(text: string | null | undefined): string | null {
  const match = /([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(clean(text));
  if (!match) return null;
  const [, monthName = '', day = '', year = ''] = match;
  const month = monthIndex(monthName);
  const d = Number(day);
  if (month < 0 || d < 1 || d > 31) return null;
  const iso = `${year}-${pad(month + 1)}-${pad(d)}`;
  // Reject impossible dates such as Feb 31 (Date rolls them over).
  return new Date(`${iso}T00:00:00Z`).toISOString().startsWith(iso) ? iso : null;
}

/** "Apr 2025" → "2025-04". */
export function parseMonth(text: string | null | undefined): string | null {
  const match = /([A-Za-z]{3,9})\.?\s+(\d{4})/.exec(clean(text));
  if (!match) return null;
  const month = monthIndex(match[1] ?? '');
  return month < 0 ? null : `${match[2]}-${pad(month + 1)}`;
}
