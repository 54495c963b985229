import type { Settings } from '../settings';
import { monthsBefore } from './dates';
import type { Classified } from './outcomes';
import { type Outcome, WINDOWS, type WindowMonths, type WindowScore } from './types';

/** expected: as the model says; low/high: the range's ends for private feedback nobody can see. */
export type Scenario = 'expected' | 'low' | 'high';

/**
 * A window's outcomes as counts, before the no-feedback share is applied. Counts make "what if this one contract
 * changed" a constant-time question, which the at-risk and action figures ask once per contract.
 */
export interface Tally {
  successful: number;
  /** Successes resting only on public feedback under 5.0: neutral at the low end of the range. */
  uncertain: number;
  negative: number;
  neutral: number;
  excluded: number;
  /** Excluded for ended with earnings and no feedback: too many of them count as neutral. */
  noFeedback: number;
  ended: number;
}

const EMPTY: Tally = {
  successful: 0,
  uncertain: 0,
  negative: 0,
  neutral: 0,
  excluded: 0,
  noFeedback: 0,
  ended: 0,
};

/** Adds (sign 1) or removes (sign −1) one contract's part in a tally. */
export function addTo(tally: Tally, c: Classified, sign: 1 | -1): void {
  tally[c.outcome] += sign;
  if (c.outcome === 'successful' && c.basis === 'feedback' && c.feedback !== null && c.feedback < 5)
    tally.uncertain += sign;
  if (c.basis === 'no-feedback') tally.noFeedback += sign;
  if (c.ended) tally.ended += sign;
}

/** How many no-feedback contracts count as neutral: those over the allowed share of ended contracts. */
export function excessNoFeedback(tally: Tally, settings: Settings): number {
  return Math.max(0, tally.noFeedback - Math.floor(settings.noFeedbackShare * tally.ended + 1e-9));
}

export function scoreTally(tally: Tally, settings: Settings, scenario: Scenario): WindowScore {
  const excess = excessNoFeedback(tally, settings);
  let { successful, negative } = tally;
  let neutral = tally.neutral + excess;
  if (scenario === 'high') {
    successful += neutral;
    neutral = 0;
  } else if (scenario === 'low') {
    negative += neutral;
    successful -= tally.uncertain;
    neutral = tally.uncertain;
  }
  const total = successful + negative + neutral;
  const score =
    total >= settings.minOutcomes ? Math.max(0, Math.round((100 * (successful - negative)) / total)) : null;
  return { score, successful, negative, neutral, excluded: tally.excluded - excess, total };
}

export type Tallies = Record<WindowMonths, Tally>;

export function windowStarts(now: string): Record<WindowMonths, string> {
  return Object.fromEntries(WINDOWS.map((w) => [w, monthsBefore(now, Number(w))])) as Record<
    WindowMonths,
    string
  >;
}

export function inWindow(c: Classified, start: string, now: string): boolean {
  return c.date !== null && c.date >= start && c.date <= now;
}

export function tallyWindows(classified: readonly Classified[], now: string): Tallies {
  const starts = windowStarts(now);
  const tallies = Object.fromEntries(WINDOWS.map((w) => [w, { ...EMPTY }])) as Tallies;
  for (const c of classified) {
    for (const w of WINDOWS) if (inWindow(c, starts[w], now)) addTo(tallies[w], c, 1);
  }
  return tallies;
}

/** Every window's score and the best of them (the shortest window wins a tie). */
export function bestWindow(
  tallies: Tallies,
  settings: Settings,
  scenario: Scenario,
): { windows: Record<WindowMonths, WindowScore>; best: WindowMonths | null; score: number | null } {
  const windows = Object.fromEntries(
    WINDOWS.map((w) => [w, scoreTally(tallies[w], settings, scenario)]),
  ) as Record<WindowMonths, WindowScore>;
  let best: WindowMonths | null = null;
  for (const w of WINDOWS) {
    const score = windows[w].score;
    if (score !== null && (best === null || score > (windows[best].score ?? -1))) best = w;
  }
  return { windows, best, score: best === null ? null : windows[best].score };
}

/** Each contract in a window as that window counts it, naming the no-feedback ones counted neutral (oldest first). */
export function windowOutcomes(
  classified: readonly Classified[],
  tally: Tally,
  start: string,
  now: string,
  settings: Settings,
): Record<string, { outcome: Outcome; reason: string }> {
  const outcomes: Record<string, { outcome: Outcome; reason: string }> = {};
  const noFeedback: Classified[] = [];
  for (const c of classified) {
    if (!inWindow(c, start, now)) continue;
    outcomes[c.id] = { outcome: c.outcome, reason: c.reason };
    if (c.basis === 'no-feedback') noFeedback.push(c);
  }
  const excess = excessNoFeedback(tally, settings);
  if (excess === 0) return outcomes;
  // Code-unit order: ISO dates and ids need no locale, and localeCompare was a third of this function's time.
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const oldestFirst = noFeedback.sort((a, b) => order(a.date ?? '', b.date ?? '') || order(a.id, b.id));
  for (const c of oldestFirst.slice(0, excess)) {
    outcomes[c.id] = { outcome: 'neutral', reason: 'no feedback, among too many contracts without feedback' };
  }
  return outcomes;
}
