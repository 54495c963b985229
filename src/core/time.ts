const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates or timestamps); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** The calendar date (`YYYY-MM-DD`, UTC) of an ISO timestamp or date. */
export function isoDay(timestamp: string): string {
  return timestamp.slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(isoDate) + days * DAY_MS).toISOString().slice(0, 10);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Oct 12, 2026" from an ISO date or timestamp, for sentences shown to the freelancer. */
export function humanDay(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${day}, ${year}`;
}

/** Days since a contract's last activity (its start when no activity is shown), or null when neither is known. */
export function daysQuiet(
  contract: { lastActivityAt: string | null; startedAt: string | null },
  today: string,
): number | null {
  const since = contract.lastActivityAt ?? contract.startedAt;
  return since ? daysBetween(since, today) : null;
}
