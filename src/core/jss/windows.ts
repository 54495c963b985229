import { dict } from '../dict';
import type { JssRules, Settings } from '../settings';
import { eachInSteps, type Steps } from '../steps';
import { monthsBefore } from './dates';
import type { Classified } from './outcomes';
import { type ContractOutcome, RULE_WINDOWS, type WindowMonths, type WindowScore } from './types';

/** expected: as the model says; low/high: the range's ends for private feedback nobody can see. */
export type Scenario = 'expected' | 'low' | 'high';

/**
 * A window's outcomes as counts and summed weights, before the no-feedback share is applied. Sums make "what if this
 * one contract changed" a constant-time question, which the at-risk and action figures ask once per contract.
 */
export interface Tally {
  successful: number;
  negative: number;
  neutral: number;
  excluded: number;
  /** Summed weights of the counted outcomes. */
  wSuccessful: number;
  wNegative: number;
  wNeutral: number;
  /** Successes resting only on public feedback under 5.0: neutral at the low end of the range. */
  wUncertain: number;
  /** Negatives for no earnings: left out at the high end of the range. */
  wUnpaid: number;
  /** Excluded for ended with earnings and no feedback: under `legacy`, too many of them count as neutral. */
  noFeedback: number;
  ended: number;
  /** Counted outcomes per client: a `current` score needs `minClients` of them. */
  clients: Map<string, number>;
}

const emptyTally = (): Tally => ({
  successful: 0,
  negative: 0,
  neutral: 0,
  excluded: 0,
  wSuccessful: 0,
  wNegative: 0,
  wNeutral: 0,
  wUncertain: 0,
  wUnpaid: 0,
  noFeedback: 0,
  ended: 0,
  clients: new Map(),
});

const counted = (c: Classified) => c.outcome !== 'excluded';
const uncertain = (c: Classified) =>
  c.outcome === 'successful' && c.basis === 'feedback' && c.feedback !== null && c.feedback < 5;

/** Adds (sign 1) or removes (sign −1) one contract's part in a tally's figures; its client is counted by `addTo`. */
function addFigures(tally: Omit<Tally, 'clients'>, c: Classified, sign: 1 | -1): void {
  tally[c.outcome] += sign;
  const w = sign * c.weight;
  if (c.outcome === 'successful') tally.wSuccessful += w;
  else if (c.outcome === 'negative') tally.wNegative += w;
  else if (c.outcome === 'neutral') tally.wNeutral += w;
  if (uncertain(c)) tally.wUncertain += w;
  if (c.basis === 'no-earnings') tally.wUnpaid += w;
  if (c.basis === 'no-feedback') tally.noFeedback += sign;
  if (c.ended) tally.ended += sign;
}

function addTo(tally: Tally, c: Classified, rules: JssRules): void {
  addFigures(tally, c, 1);
  // Only `current` asks for distinct clients.
  if (rules === 'current' && counted(c)) tally.clients.set(c.client, (tally.clients.get(c.client) ?? 0) + 1);
}

/** `legacy` only: how many no-feedback contracts count as neutral, those over the allowed share of ended ones. */
function excessNoFeedback(tally: Omit<Tally, 'clients'>, settings: Settings, rules: JssRules): number {
  if (rules !== 'legacy') return 0;
  return Math.max(0, tally.noFeedback - Math.floor(settings.noFeedbackShare * tally.ended + 1e-9));
}

/** Half up, as Upwork's whole percents: 12.5 → 13. The epsilon absorbs float error in a true half. */
const roundHalfUp = (x: number) => Math.floor(x + 0.5 + 1e-9);

/**
 * A window's score under a scenario. Whether the window has a score at all (enough outcomes and clients) is decided
 * by the model's own counts, so the range's ends use the same windows as the projection.
 */
export function scoreTally(
  tally: Omit<Tally, 'clients'>,
  clients: number,
  settings: Settings,
  rules: JssRules,
  scenario: Scenario,
): WindowScore {
  const excess = excessNoFeedback(tally, settings, rules);
  const total = tally.successful + tally.negative + tally.neutral + excess;
  const enough =
    rules === 'current'
      ? total >= settings.currentMinOutcomes && clients >= settings.minClients
      : total >= settings.legacyMinOutcomes;
  // Legacy weights are all 1, so the excess counts once each.
  let S = tally.wSuccessful;
  let N = tally.wNegative;
  let U = tally.wNeutral + excess;
  if (scenario === 'high') {
    S += U;
    U = 0;
    N -= tally.wUnpaid;
  } else if (scenario === 'low') {
    N += U;
    S -= tally.wUncertain;
    U = tally.wUncertain;
  }
  const T = S + N + U;
  // At the high end every counted outcome may be a $0 contract left out: nothing is left to count against you.
  const score = !enough ? null : T <= 0 ? 100 : Math.max(0, roundHalfUp((100 * (S - N)) / T));
  return {
    score,
    successful: tally.successful,
    negative: tally.negative,
    neutral: tally.neutral + excess,
    excluded: tally.excluded - excess,
    total,
    weighted: { successful: S, negative: N, neutral: U, total: T },
  };
}

export type Tallies = Partial<Record<WindowMonths, Tally>>;

export function windowStarts(now: string): Record<WindowMonths, string> {
  return { '6': monthsBefore(now, 6), '12': monthsBefore(now, 12), '24': monthsBefore(now, 24) };
}

export function inWindow(c: Classified, start: string, now: string): boolean {
  return c.date !== null && c.date >= start && c.date <= now;
}

export function* tallyWindowsSteps(
  classified: readonly Classified[],
  now: string,
  rules: JssRules,
): Steps<Tallies> {
  const starts = windowStarts(now);
  const tallies: Tallies = {};
  for (const w of RULE_WINDOWS[rules]) tallies[w] = emptyTally();
  yield* eachInSteps(classified, (c) => {
    for (const w of RULE_WINDOWS[rules])
      if (inWindow(c, starts[w], now)) addTo(tallies[w] as Tally, c, rules);
  });
  return tallies;
}

/** The best score after one contract's outcome changes from `before` to `after`, in constant time per window. */
export function scoreIfChanged(
  tallies: Tallies,
  before: Classified,
  after: Classified,
  now: string,
  settings: Settings,
  rules: JssRules,
): number | null {
  const starts = windowStarts(now);
  let best: number | null = null;
  for (const w of RULE_WINDOWS[rules]) {
    const { clients, ...figures } = tallies[w] as Tally;
    const had = inWindow(before, starts[w], now) && counted(before);
    const has = inWindow(after, starts[w], now) && counted(after);
    if (inWindow(before, starts[w], now)) addFigures(figures, before, -1);
    if (inWindow(after, starts[w], now)) addFigures(figures, after, 1);
    // The same contract, so the same client: it changes the count only when it was that client's one outcome.
    const others = (clients.get(before.client) ?? 0) - (had ? 1 : 0);
    const clientCount = clients.size - (had && others === 0 ? 1 : 0) + (has && others === 0 ? 1 : 0);
    const { score } = scoreTally(figures, clientCount, settings, rules, 'expected');
    if (score !== null && (best === null || score > best)) best = score;
  }
  return best;
}

/** Every window's score and the best of them (the shortest window wins a tie). */
export function bestWindow(
  tallies: Tallies,
  settings: Settings,
  rules: JssRules,
  scenario: Scenario,
): { windows: Partial<Record<WindowMonths, WindowScore>>; best: WindowMonths | null; score: number | null } {
  const windows: Partial<Record<WindowMonths, WindowScore>> = {};
  let best: WindowMonths | null = null;
  let score: number | null = null;
  for (const w of RULE_WINDOWS[rules]) {
    const tally = tallies[w] as Tally;
    const window = scoreTally(tally, tally.clients.size, settings, rules, scenario);
    windows[w] = window;
    if (window.score !== null && (score === null || window.score > score)) {
      best = w;
      score = window.score;
    }
  }
  return { windows, best, score };
}

/**
 * Each contract in a window as that window counts it, naming the no-feedback ones counted neutral (oldest first),
 * a step of STATE_STEP contracts at a time.
 */
export function* windowOutcomesSteps(
  classified: readonly Classified[],
  tally: Tally,
  start: string,
  now: string,
  settings: Settings,
  rules: JssRules,
): Steps<Record<string, ContractOutcome>> {
  const outcomes = dict<ContractOutcome>();
  const noFeedback: Classified[] = [];
  yield* eachInSteps(classified, (c) => {
    if (!inWindow(c, start, now)) return;
    outcomes[c.id] = { outcome: c.outcome, reason: c.reason, weight: c.weight };
    if (c.basis === 'no-feedback') noFeedback.push(c);
  });
  const excess = excessNoFeedback(tally, settings, rules);
  if (excess === 0) return outcomes;
  // Code-unit order: ISO dates and ids need no locale, and localeCompare was a third of this function's time.
  const order = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  const oldestFirst = noFeedback.sort((a, b) => order(a.date ?? '', b.date ?? '') || order(a.id, b.id));
  for (const c of oldestFirst.slice(0, excess)) {
    outcomes[c.id] = {
      outcome: 'neutral',
      reason: 'no feedback, among too many contracts without feedback',
      weight: c.weight,
    };
  }
  return outcomes;
}
