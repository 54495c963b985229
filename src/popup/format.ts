/** Wording and number formats shared by the popup and the options page. */

const DATE = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONEY = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  maximumFractionDigits: 0,
});

/** "Nov 20, 2026" from an ISO date or timestamp; "unknown" for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'unknown';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 'unknown' : DATE.format(time);
}

export function formatMoney(usd: number | null | undefined): string {
  return usd == null ? 'unknown' : MONEY.format(usd);
}

export function formatPercent(value: number | null | undefined): string {
  return value == null ? '—' : `${Math.round(value)}%`;
}

export function formatStars(stars: number | null | undefined): string {
  return stars == null ? 'none' : `${stars.toFixed(1)} ★`;
}

/** "today", "yesterday", "12 days ago". */
export function daysAgo(iso: string | null | undefined, now: string): string {
  if (!iso) return 'unknown';
  const days = Math.floor((Date.parse(now) - Date.parse(iso)) / 86_400_000);
  if (Number.isNaN(days)) return 'unknown';
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** "just now", "40 min ago", "3 h ago", "2 days ago": how fresh a read of Upwork is. */
export function hoursAgo(iso: string, now: string): string {
  const minutes = Math.floor((Date.parse(now) - Date.parse(iso)) / 60_000);
  if (Number.isNaN(minutes)) return 'at an unknown time';
  if (minutes < 2) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h ago`;
  return `${Math.floor(minutes / 1440)} days ago`;
}
