/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC. */

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The same day `months` calendar months earlier, clamped to the month's last day (Aug 31 − 6 months = Feb 28).
 * A contract dated on or after this day is inside a window of that many months ending on `date`; it leaves the
 * window the day after it is that many months old.
 */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${year}-${pad(month + 1)}-${pad(Math.min(d, lastDay))}`;
}

export function dayOf(isoDateOrTimestamp: string): string {
  return isoDateOrTimestamp.slice(0, 10);
}
