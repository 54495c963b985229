import { describe, expect, it } from 'vitest';
import { dict } from '../../src/core/dict';
import { completeness, completenessSteps } from '../../src/core/history/completeness';
import { contractListSteps } from '../../src/core/history/contract-list';
import { emptyHistory } from '../../src/core/history/empty';
import {
  projectHistory,
  projectHistorySteps,
  projectionsByRules,
  projectionsByRulesSteps,
} from '../../src/core/history/project-history';
import { projectSteps } from '../../src/core/jss';
import { contractRulesSteps } from '../../src/core/rules/contracts';
import { feedbackRulesSteps } from '../../src/core/rules/feedback';
import { LIKED_CLIENTS_SHOWN, likedClients, likedClientsSteps } from '../../src/core/rules/liked-clients';
import type { History, StoredContract } from '../../src/core/schema/history';
import { stateAt, stateSteps } from '../../src/core/state';
import { eachInSteps, runAtOnce, STATE_STEP, type Steps } from '../../src/core/steps';
import { computeWarnings, warningsSteps } from '../../src/core/warnings';
import { largeHistory, NOW, typicalHistory } from '../helpers/histories';

/** A copy with no cache of its own: caches are keyed by the history object. */
const copy = (history: History): History => JSON.parse(JSON.stringify(history));
const withRules = (history: History, jssRules: History['settings']['jssRules']): History => ({
  ...history,
  settings: { ...history.settings, jssRules },
});

/** The state as the background made it before steps: each part by its own function, at once. */
const madeAtOnce = (history: History, now: string) => ({
  history,
  projection: projectHistory(history, now),
  warnings: computeWarnings(history, now),
  completeness: completeness(history, now),
  likedClients: likedClients(history, now, history.settings).slice(0, LIKED_CLIENTS_SHOWN),
});

/** Runs `steps` to the end, calling `between` at every pause; how many pauses there were. */
function drive<T>(steps: Steps<T>, between: () => void = () => {}): { value: T; yields: number } {
  let yields = 0;
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return { value: step.value, yields };
    yields++;
    between();
  }
}

describe('the state made a step at a time', () => {
  const cases: [string, () => History][] = [
    ['no contracts', emptyHistory],
    ['a typical history', typicalHistory],
    ['300 contracts', () => largeHistory(300, 1)],
    ['4,321 contracts under the legacy rules', () => withRules(largeHistory(4_321, 5), 'legacy')],
    ['three whole steps of contracts', () => largeHistory(3 * STATE_STEP, 2)],
  ];

  it.each(cases)('is the state made at once: %s', (_, make) => {
    const history = make();
    const other = largeHistory(500, 3);
    // Other work between the steps, as the worker does between them: other states, another time's projection.
    const { value } = drive(stateSteps(history, NOW), () => {
      stateAt(other, NOW);
      projectHistory(history, '2027-01-01T00:00:00.000Z');
    });
    expect(value).toEqual(madeAtOnce(copy(history), NOW));
    expect(stateAt(copy(history), NOW)).toEqual(value);
  });

  it('is compared above on histories with all the popup shows: at risk, actions, warnings, gaps, liked clients', () => {
    const states = cases.map(([, make]) => stateAt(make(), NOW));
    const some = (has: (state: (typeof states)[number]) => boolean) => states.some(has);
    expect(some((s) => s.projection.atRisk.length > 0)).toBe(true);
    expect(some((s) => s.projection.actions.length > 0)).toBe(true);
    expect(some((s) => Object.keys(s.projection.outcomes).length > 0)).toBe(true);
    expect(some((s) => (s.completeness?.lackFeedback ?? 0) > 0)).toBe(true);
    expect(some((s) => s.likedClients.length > 0)).toBe(true);
    const warned = new Set<string>(states.flatMap((s) => s.warnings.map((w) => w.id)));
    for (const id of [
      'contract-inactive',
      'contract-no-earnings',
      'contract-ended-no-feedback',
      'contract-ended-by-you',
      'contract-feedback-to-give',
      'contract-ask-feedback',
      'jss-below-top-rated',
    ])
      expect(warned).toContain(id);
  });

  it("fills projectHistory's cache, and takes no step for a projection already made", () => {
    const history = largeHistory(2_500, 6);
    const { value } = drive(stateSteps(history, NOW));
    expect(projectHistory(history, NOW)).toBe(value.projection);

    const made = largeHistory(2_500, 6);
    const projection = projectHistory(made, NOW);
    expect(drive(projectHistorySteps(made, NOW))).toEqual({ value: projection, yields: 0 });
    expect(drive(stateSteps(made, NOW)).value.projection).toBe(projection);
  });

  it('projects both rule sets in steps as projectionsByRules does at once', () => {
    const history = largeHistory(3_000, 8);
    const { value, yields } = drive(projectionsByRulesSteps(history, NOW));
    expect(value).toEqual(projectionsByRules(copy(history), NOW));
    expect(yields).toBeGreaterThanOrEqual((2 * 3_000) / STATE_STEP);
  });
});

describe('steps of 20,000 contracts', () => {
  const COUNT = 20_000;
  const slices = COUNT / STATE_STEP;

  /** The history with each contract watched: which of them were read since `touched` was last cleared. */
  function watched(history: History) {
    const touched = new Set<StoredContract>();
    const watch = (contract: StoredContract) =>
      new Proxy(contract, {
        get(target, key, receiver) {
          touched.add(target);
          return Reflect.get(target, key, receiver);
        },
        ownKeys(target) {
          touched.add(target);
          return Reflect.ownKeys(target);
        },
      });
    const contracts = dict(Object.entries(history.contracts).map(([id, c]) => [id, watch(c)] as const));
    return { history: { ...history, contracts }, touched };
  }

  it('no step of the state reads more than STATE_STEP contracts, and every contract is read', () => {
    const { history, touched } = watched(largeHistory(COUNT, 11));
    const steps = stateSteps(history, NOW);
    let most = 0;
    let reads = 0;
    let yields = 0;
    for (;;) {
      touched.clear();
      const step = steps.next();
      most = Math.max(most, touched.size);
      reads += touched.size;
      if (step.done) break;
      yields++;
    }
    expect(most).toBeLessThanOrEqual(STATE_STEP);
    // Each pass reads every contract: the projection's two, two rules, completeness and liked clients.
    expect(reads).toBeGreaterThanOrEqual(6 * COUNT);
    expect(yields).toBeGreaterThanOrEqual(slices);
  });

  it('each pass over the contracts yields every STATE_STEP of them', () => {
    const history = largeHistory(COUNT, 12);
    const contracts = runAtOnce(contractListSteps(history));
    const now = NOW;
    const settings = history.settings;
    // With the list made: the pass itself must yield, not only the making of the list.
    const passes: [string, number, () => Steps<unknown>][] = [
      // Its start per client, classifying, the windows' tallies, at risk, actions, the contracts' outcomes.
      [
        'projection',
        6,
        () => projectSteps({ contracts, clients: history.clients, jss: history.jss }, now, settings),
      ],
      ['contract rules', 1, () => contractRulesSteps(history, now, settings)],
      ['feedback rules', 1, () => feedbackRulesSteps(history, now, settings)],
      ['completeness', 1, () => completenessSteps(history, now)],
      ['liked clients', 1, () => likedClientsSteps(history, now, settings)],
      ['warnings', 2, () => warningsSteps(copy(history), now)],
      ['the list of contracts', 1, () => contractListSteps(copy(history))],
    ];
    for (const [name, count, make] of passes)
      expect(drive(make()).yields, name).toBeGreaterThanOrEqual(count * slices);
  });
});

describe('eachInSteps', () => {
  it('yields after every `size` items and after the last few, never with nothing done', () => {
    const seen: number[] = [];
    const log: string[] = [];
    const steps = eachInSteps([1, 2, 3, 4, 5], (n) => seen.push(n), 2);
    for (let step = steps.next(); !step.done; step = steps.next()) log.push(seen.join());
    expect(log).toEqual(['1,2', '1,2,3,4', '1,2,3,4,5']);
    expect(drive(eachInSteps([], () => {}, 2)).yields).toBe(0);
    expect(drive(eachInSteps([1, 2, 3, 4], () => {}, 2)).yields).toBe(2);
  });
});
