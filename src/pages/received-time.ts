/**
 * When something came, from the local time Upwork shows ("Nov 27, 2026 3:15 PM", "Yesterday 11:40 PM",
 * "5 hours ago", "Nov 26"), as a UTC timestamp. Upwork writes times in the freelancer's own time zone, so the zone
 * and the time of reading are passed in: the same text read in Auckland and in New York is two different instants.
 */
import type { TimePrecision } from '../core/schema/habits';
import { clean } from './text';

export interface Clock {
  /** The time of reading, an ISO timestamp. */
  now: string;
  /** An IANA zone name ("Europe/Berlin"): the one the page's times are written in. */
  timeZone: string;
}

/** The browser's clock and zone, for the content script and the command line. */
export function systemClock(): Clock {
  return {
    now: new Date().toISOString(),
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  };
}

export interface Received {
  receivedAt: string;
  precision: TimePrecision;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** The wall-clock time in a zone at an instant. An unknown zone name reads as UTC. */
function wallAt(ms: number, timeZone: string): Wall {
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = formatIn(timeZone).formatToParts(new Date(ms));
  } catch {
    parts = formatIn('UTC').formatToParts(new Date(ms));
  }
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

const wallMs = (w: Wall) => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/** The instant a wall-clock time in a zone stands for (a time a clock change skips reads an hour early: warns early). */
export function zonedToUtc(wall: Wall, timeZone: string): number {
  const target = wallMs(wall);
  let ms = target - (wallMs(wallAt(target, timeZone)) - target);
  // Near a change of offset the first guess lands on the other side of it: correct once with the offset there.
  const error = wallMs(wallAt(ms, timeZone)) - target;
  if (error !== 0) ms -= error;
  return ms;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = String.raw`(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?`;
const DATE = new RegExp(
  String.raw`\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?(?:,?\s+(?:at\s+)?${TIME})?`,
);
const DAY_WORD = new RegExp(String.raw`\b(today|yesterday)\b(?:,?\s+(?:at\s+)?${TIME})?`, 'i');
const AGO = /\b(\d+|an?|a few)\s+(minute|min|hour|hr|day)s?\s+ago\b/i;

function hour24(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = /^p/i.test(meridiem);
  return (hour % 12) + (pm ? 12 : 0);
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A `datetime` attribute or any ISO timestamp with its offset: exact, whatever the zone. */
function fromIso(text: string): Received | null {
  const match = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})\b/.exec(text);
  const ms = match ? Date.parse(match[0]) : Number.NaN;
  return Number.isFinite(ms) ? { receivedAt: iso(ms), precision: 'minute' } : null;
}

/** Reads a shown time into a UTC timestamp, or null when the text holds none. Never a time in the future. */
export function parseReceived(raw: string | null | undefined, clock: Clock): Received | null {
  const text = clean(raw);
  const nowMs = Date.parse(clock.now);
  if (!text || !Number.isFinite(nowMs)) return null;
  const exact = fromIso(text);
  if (exact) return exact;
  if (/\bjust now\b|\bmoments? ago\b/i.test(text)) return { receivedAt: iso(nowMs), precision: 'minute' };

  const ago = AGO.exec(text);
  if (ago) {
    const count = /^\d+$/.test(ago[1] ?? '') ? Number(ago[1]) : /few/i.test(ago[1] ?? '') ? 3 : 1;
    const unit = (ago[2] ?? '').toLowerCase();
    const minutes = unit.startsWith('d') ? count * 1440 : unit.startsWith('h') ? count * 60 : count;
    const precision: TimePrecision = unit.startsWith('d') ? 'day' : unit.startsWith('h') ? 'hour' : 'minute';
    return { receivedAt: iso(nowMs - minutes * 60_000), precision };
  }

  const today = wallAt(nowMs, clock.timeZone);
  let date: { year: number; month: number; day: number } | null = null;
  let time: RegExpExecArray | string[] | null = null;
  const dayWord = DAY_WORD.exec(text);
  if (dayWord) {
    const back = /yesterday/i.test(dayWord[1] ?? '') ? 1 : 0;
    const d = new Date(Date.UTC(today.year, today.month - 1, today.day - back));
    date = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
    time = dayWord.slice(2);
  } else {
    const match = DATE.exec(text);
    const month = MONTHS.indexOf((match?.[1] ?? '').slice(0, 3).toLowerCase()) + 1;
    if (match && month > 0) {
      date = { year: match[3] ? Number(match[3]) : today.year, month, day: Number(match[2]) };
      time = match.slice(4);
      // "Dec 30" read on Jan 2 is last year's.
      if (!match[3] && (month > today.month || (month === today.month && date.day > today.day))) date.year--;
    }
  }
  if (!date || date.day < 1 || date.day > 31) return null;
  const [h, m, meridiem] = time ?? [];
  const hasTime = h !== undefined && m !== undefined;
  const hour = hasTime ? hour24(Number(h), meridiem) : 0;
  const minute = hasTime ? Number(m) : 0;
  if (hour > 23 || minute > 59) return null;
  const ms = zonedToUtc({ ...date, hour, minute }, clock.timeZone);
  // Feb 31 and the like roll over in Date.UTC: refuse them rather than invent a day.
  const check = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (check.getUTCDate() !== date.day) return null;
  // A day without a time counts from its start (warns early, never late); nothing is received after it is read.
  return { receivedAt: iso(Math.min(ms, nowMs)), precision: hasTime ? 'minute' : 'day' };
}
