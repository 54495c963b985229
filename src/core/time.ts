const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, by arithmetic: Date.parse per contract costs the projection 1/3. */
function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31)) return Number.NaN; // as Date.parse says
  // Days from civil (H. Hinnant): years start in March so the leap day is the last of the year.
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return (
    era * 146_097 +
    yearOfEra * 365 +
    Math.floor(yearOfEra / 4) -
    Math.floor(yearOfEra / 100) +
    dayOfYear -
    719_468
  );
}

const isPlainDate = (iso: string) => iso.length === 10;

/** Whole days from `from` to `to` (ISO dates or timestamps); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  if (isPlainDate(from) && isPlainDate(to)) return dayNumber(to) - dayNumber(from);
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

const HOUR_MS = 3_600_000;

/** Hours (with fractions) from one ISO timestamp to another; negative when `to` is earlier. */
export function hoursBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / HOUR_MS;
}

/** "1 hour", "5 hours", "2 days 3 hours" from whole hours, for sentences shown to the freelancer. */
export function formatHours(hours: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (hours < 48) return unit(hours, 'hour');
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${unit(days, 'day')} ${unit(hours % 24, 'hour')}` : unit(days, 'day');
}
