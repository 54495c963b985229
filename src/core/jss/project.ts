import type { Contract } from '../schema/contract';
import type { JssObservation } from '../schema/history';
import type { JssRules, Settings } from '../settings';
import { eachInSteps, runAtOnce, type Steps } from '../steps';
import { addDays, daysBetween, daysQuiet } from '../time';
import { calibrate } from './calibration';
import { dayOf, monthsBefore } from './dates';
import { type Classified, type ClassifyContext, classify } from './outcomes';
import { type ClientRecord, type Projection, type ProjectionInput, WIDEST } from './types';
import {
  bestWindow,
  inWindow,
  scoreIfChanged,
  type Tally,
  tallyWindowsSteps,
  windowOutcomesSteps,
} from './windows';

/** The client a contract belongs to: by `clientId`, else by a client record with the same name. */
function clientOf(
  contract: Contract,
  clients: Readonly<Record<string, ClientRecord>>,
  byName: Map<string, ClientRecord>,
) {
  return (
    (contract.clientId ? clients[contract.clientId] : undefined) ??
    (contract.clientName ? byName.get(contract.clientName) : undefined)
  );
}

/** A repeat hire: the same client (by id, else by name) started an earlier contract with the freelancer. */
function* firstStarts(contracts: readonly Contract[]): Steps<Map<string, string>> {
  const first = new Map<string, string>();
  yield* eachInSteps(contracts, (c) => {
    const key = c.clientId ?? c.clientName;
    if (!key || !c.startedAt) return;
    const seen = first.get(key);
    if (!seen || c.startedAt < seen) first.set(key, c.startedAt);
  });
  return first;
}

/**
 * Classifies any contract of this input, with the clients and earlier contracts it knows; its look at every
 * contract's start is made a step at a time.
 */
export function* classifierSteps(
  input: ProjectionInput,
  today: string,
  settings: Settings,
  rules: JssRules,
): Steps<(contract: Contract) => Classified> {
  const clients = input.clients ?? {};
  const byName = new Map(Object.values(clients).flatMap((c) => (c.name ? [[c.name, c] as const] : [])));
  const first = yield* firstStarts(input.contracts);
  const context: ClassifyContext = {
    now: today,
    settings,
    rules,
    clientOf: (contract) => clientOf(contract, clients, byName),
    isRepeatHire: (contract) => {
      const key = contract.clientId ?? contract.clientName;
      const earliest = key ? first.get(key) : undefined;
      return !!(earliest && contract.startedAt && earliest < contract.startedAt);
    },
  };
  return (contract) => classify(contract, context);
}

/**
 * When Upwork updates the score next: `current` updates daily; `legacy` every `legacyUpdateDays` from the last day
 * the observed score changed (null before a change is seen).
 */
export function nextUpdate(
  jss: readonly JssObservation[],
  today: string,
  settings: Settings,
  rules: JssRules,
): string | null {
  if (rules === 'current') return addDays(today, 1);
  const known = jss.filter((o) => o.value !== null).sort((a, b) => a.observedAt.localeCompare(b.observedAt));
  let lastChange: string | null = null;
  for (let i = 1; i < known.length; i++) {
    if (known[i]?.value !== known[i - 1]?.value) lastChange = dayOf(known[i]?.observedAt ?? '');
  }
  if (!lastChange) return null;
  const period = settings.legacyUpdateDays;
  const periods = Math.max(1, Math.ceil(daysBetween(lastChange, today) / period));
  return addDays(lastChange, periods * period);
}

/** What the freelancer can do about an open contract, or an ended one without feedback, and the score after it. */
function* actionsFor(
  contracts: readonly Contract[],
  classified: readonly Classified[],
  classifyOne: (contract: Contract) => Classified,
  scoreAfter: (before: Classified, after: Classified) => number | null,
  widestStart: string,
  today: string,
): Steps<Projection['actions']> {
  const actions: Projection['actions'] = [];
  yield* eachInSteps(classified, (c, i) => {
    const contract = contracts[i] as Contract;
    if (c.open) {
      const paid = (contract.earnings ?? 0) > 0;
      const best = classifyOne({
        ...contract,
        status: 'ended',
        endedAt: today,
        feedbackReceived: 5,
        earnings: paid ? contract.earnings : 1,
      });
      actions.push({
        contractId: c.id,
        action: paid
          ? 'Ask the client to end the contract and leave feedback'
          : 'Get the work paid, then ask the client to end the contract with feedback',
        projectedAfter: scoreAfter(c, best),
      });
    } else if (c.basis === 'no-feedback' && inWindow(c, widestStart, today)) {
      actions.push({
        contractId: c.id,
        action: 'Ask the client to leave feedback',
        projectedAfter: scoreAfter(c, classifyOne({ ...contract, feedbackReceived: 5 })),
      });
    }
  });
  return actions;
}

/**
 * The projected Job Success Score (docs/jss-model.md) under the settings' rule set: each contract's outcome and
 * weight, the rule set's windows and the best of them, the range private feedback allows, contracts at risk, the
 * actions that would raise it most, the next update, and how far the rule set was off last time beside the other.
 * Pure: `now` is an ISO date or timestamp.
 */
export function project(input: ProjectionInput, now: string, settings: Settings): Projection {
  return runAtOnce(projectSteps(input, now, settings));
}

/** `project` a step at a time: each pass over the contracts (six of them) yields every `STATE_STEP` contracts. */
export function* projectSteps(input: ProjectionInput, now: string, settings: Settings): Steps<Projection> {
  const rules = settings.jssRules;
  const today = dayOf(now);
  const classifyOne = yield* classifierSteps(input, today, settings, rules);
  const classified: Classified[] = [];
  yield* eachInSteps(input.contracts, (contract) => {
    classified.push(classifyOne(contract));
  });
  const tallies = yield* tallyWindowsSteps(classified, today, rules);
  const expected = bestWindow(tallies, settings, rules, 'expected');
  const scoreAfter = (before: Classified, after: Classified) =>
    scoreIfChanged(tallies, before, after, today, settings, rules);

  const atRisk: Projection['atRisk'] = [];
  yield* eachInSteps(classified, (c, i) => {
    const contract = input.contracts[i] as Contract;
    const daysInactive = c.open ? daysQuiet(contract, today) : null;
    if (daysInactive === null || daysInactive < settings.inactiveDays) return;
    const closed = classifyOne({ ...contract, status: 'ended', endedAt: today });
    atRisk.push({ id: c.id, daysInactive, projectedIfClosedNow: scoreAfter(c, closed) });
  });

  const widestStart = monthsBefore(today, Number(WIDEST));
  const actions = yield* actionsFor(input.contracts, classified, classifyOne, scoreAfter, widestStart, today);
  const gain = (after: number | null) => (after ?? -1) - (expected.score ?? -1);
  const helpful = actions
    .filter((a) => gain(a.projectedAfter) > 0)
    .sort((a, b) => gain(b.projectedAfter) - gain(a.projectedAfter));

  const outcomes = yield* windowOutcomesSteps(
    classified,
    tallies[WIDEST] as Tally,
    widestStart,
    today,
    settings,
    rules,
  );
  return {
    rules,
    projected: expected.score,
    bestWindow: expected.best === null ? null : Number(expected.best),
    windows: expected.windows,
    range: {
      low: bestWindow(tallies, settings, rules, 'low').score,
      high: bestWindow(tallies, settings, rules, 'high').score,
    },
    outcomes,
    atRisk: atRisk.sort((a, b) => b.daysInactive - a.daysInactive || (a.id < b.id ? -1 : 1)),
    actions: helpful,
    nextUpdate: nextUpdate(input.jss ?? [], today, settings, rules),
    calibration: calibrate(input.jss ?? [], rules),
  };
}
