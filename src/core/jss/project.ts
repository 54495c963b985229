import type { Contract } from '../schema/contract';
import type { JssObservation } from '../schema/history';
import type { Settings } from '../settings';
import { addDays, daysBetween, daysQuiet } from '../time';
import { dayOf } from './dates';
import { type Classified, type ClassifyContext, classify } from './outcomes';
import type { ClientRecord, Projection, ProjectionInput, WindowMonths } from './types';
import { WINDOWS } from './types';
import {
  addTo,
  bestWindow,
  inWindow,
  scoreTally,
  type Tallies,
  tallyWindows,
  windowOutcomes,
  windowStarts,
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
function firstStarts(contracts: readonly Contract[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const c of contracts) {
    const key = c.clientId ?? c.clientName;
    if (!key || !c.startedAt) continue;
    const seen = first.get(key);
    if (!seen || c.startedAt < seen) first.set(key, c.startedAt);
  }
  return first;
}

/** Classifies any contract of this input, with the clients and earlier contracts it knows. */
export function classifier(
  input: ProjectionInput,
  today: string,
  settings: Settings,
): (contract: Contract) => Classified {
  const clients = input.clients ?? {};
  const byName = new Map(Object.values(clients).flatMap((c) => (c.name ? [[c.name, c] as const] : [])));
  const first = firstStarts(input.contracts);
  const context: ClassifyContext = {
    now: today,
    settings,
    clientOf: (contract) => clientOf(contract, clients, byName),
    isRepeatHire: (contract) => {
      const key = contract.clientId ?? contract.clientName;
      const earliest = key ? first.get(key) : undefined;
      return !!(earliest && contract.startedAt && earliest < contract.startedAt);
    },
  };
  return (contract) => classify(contract, context);
}

/** The best score after replacing one contract's outcome: constant time per window. */
function scoreIfChanged(
  tallies: Tallies,
  before: Classified,
  after: Classified,
  today: string,
  starts: Record<WindowMonths, string>,
  settings: Settings,
) {
  // Asked once per open or unrated contract: plain loops, no intermediate objects beyond one tally per window.
  let best: number | null = null;
  for (const w of WINDOWS) {
    const tally = { ...tallies[w] };
    if (inWindow(before, starts[w], today)) addTo(tally, before, -1);
    if (inWindow(after, starts[w], today)) addTo(tally, after, 1);
    const { score } = scoreTally(tally, settings, 'expected');
    if (score !== null && (best === null || score > best)) best = score;
  }
  return best;
}

/** The update after `today`, every `updateDays` from the last day the observed score changed; null before a change. */
export function nextUpdate(jss: readonly JssObservation[], today: string, settings: Settings): string | null {
  const known = jss.filter((o) => o.value !== null).sort((a, b) => a.observedAt.localeCompare(b.observedAt));
  let lastChange: string | null = null;
  for (let i = 1; i < known.length; i++) {
    if (known[i]?.value !== known[i - 1]?.value) lastChange = dayOf(known[i]?.observedAt ?? '');
  }
  if (!lastChange) return null;
  const periods = Math.max(1, Math.ceil(daysBetween(lastChange, today) / settings.updateDays));
  return addDays(lastChange, periods * settings.updateDays);
}

function calibration(jss: readonly JssObservation[]): Projection['calibration'] {
  const last = jss.findLast((o) => o.value !== null && o.projected != null);
  if (!last || last.value === null || last.projected == null) return null;
  return {
    observedAt: last.observedAt,
    observed: last.value,
    projected: last.projected,
    error: last.value - last.projected,
  };
}

/**
 * The projected Job Success Score (docs/jss-model.md): each contract's outcome, the 6/12/24-month windows and the
 * best of them, the range private feedback allows, contracts at risk, the actions that would raise it most, the
 * next update and how far the model was off last time. Pure: `now` is an ISO date or timestamp.
 */
export function project(input: ProjectionInput, now: string, settings: Settings): Projection {
  const today = dayOf(now);
  const classifyOne = classifier(input, today, settings);
  const classified = input.contracts.map(classifyOne);
  const starts = windowStarts(today);
  const tallies = tallyWindows(classified, today);
  const expected = bestWindow(tallies, settings, 'expected');
  const atRisk: Projection['atRisk'] = [];
  const actions: Projection['actions'] = [];
  classified.forEach((c, i) => {
    const contract = input.contracts[i] as Contract;
    if (!c.ended) {
      const daysInactive = daysQuiet(contract, today);
      if (contract.status === 'active' && daysInactive !== null && daysInactive >= settings.inactiveDays) {
        const closed = classifyOne({ ...contract, status: 'ended', endedAt: today });
        atRisk.push({
          id: c.id,
          daysInactive,
          projectedIfClosedNow: scoreIfChanged(tallies, c, closed, today, starts, settings),
        });
      }
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
        projectedAfter: scoreIfChanged(tallies, c, best, today, starts, settings),
      });
    } else if (c.basis === 'no-feedback' && inWindow(c, starts['24'], today)) {
      actions.push({
        contractId: c.id,
        action: 'Ask the client to leave feedback',
        projectedAfter: scoreIfChanged(
          tallies,
          c,
          classifyOne({ ...contract, feedbackReceived: 5 }),
          today,
          starts,
          settings,
        ),
      });
    }
  });
  const gain = (after: number | null) => (after ?? -1) - (expected.score ?? -1);
  const helpful = actions
    .filter((a) => gain(a.projectedAfter) > 0)
    .sort((a, b) => gain(b.projectedAfter) - gain(a.projectedAfter));

  return {
    projected: expected.score,
    bestWindow: expected.best,
    windows: expected.windows,
    range: {
      low: bestWindow(tallies, settings, 'low').score,
      high: bestWindow(tallies, settings, 'high').score,
    },
    outcomes: windowOutcomes(classified, tallies['24'], starts['24'], today, settings),
    atRisk: atRisk.sort((a, b) => b.daysInactive - a.daysInactive),
    actions: helpful,
    nextUpdate: nextUpdate(input.jss ?? [], today, settings),
    calibration: calibration(input.jss ?? []),
  };
}
