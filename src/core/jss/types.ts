import type { Contract } from '../schema/contract';
import type { JssObservation } from '../schema/history';
import type { JssRules } from '../settings';
import type { Calibration } from './calibration';

export type Outcome = 'successful' | 'negative' | 'neutral' | 'excluded';
export type WindowMonths = '6' | '12' | '24';

/** Each rule set's windows, shortest first: `current` looks at 24 months, `legacy` showed the best of three. */
export const RULE_WINDOWS: Readonly<Record<JssRules, readonly WindowMonths[]>> = {
  current: ['24'],
  legacy: ['6', '12', '24'],
};
/** The widest window, whose contracts the projection lists: the same for both rule sets. */
export const WIDEST: WindowMonths = '24';

/** What the projection reads about a client: its rating from freelancers and the ratings it gave them. */
export interface ClientRecord {
  name?: string | null;
  rating?: number | null;
  reviews?: number | null;
  ratingsGiven?: readonly number[];
}

export interface ProjectionInput {
  contracts: readonly Contract[];
  /** Keyed by the contracts' `clientId` (or matched by name). */
  clients?: Readonly<Record<string, ClientRecord>>;
  jss?: readonly JssObservation[];
}

export interface WindowScore {
  score: number | null;
  successful: number;
  negative: number;
  neutral: number;
  excluded: number;
  /** Counted outcomes: successful + negative + neutral. */
  total: number;
  /** The same outcomes summed by weight: the score is 100 × (successful − negative) ÷ total of these. */
  weighted: { successful: number; negative: number; neutral: number; total: number };
}

export interface ContractOutcome {
  outcome: Outcome;
  reason: string;
  /** How many jobs the contract counts as (1 to `maxWeight`; always 1 under `legacy`). */
  weight: number;
}

export interface Projection {
  rules: JssRules;
  projected: number | null;
  /** The window the projection comes from, in months: 24 under `current`; 6, 12 or 24 under `legacy`. */
  bestWindow: number | null;
  /** One entry per window of the rule set. */
  windows: Partial<Record<WindowMonths, WindowScore>>;
  range: { low: number | null; high: number | null };
  /** Each contract of the 24-month window as that window counts it. */
  outcomes: Record<string, ContractOutcome>;
  /** Open contracts quiet for `inactiveDays` or more, longest quiet first. */
  atRisk: { id: string; daysInactive: number; projectedIfClosedNow: number | null }[];
  actions: { contractId: string; action: string; projectedAfter: number | null }[];
  nextUpdate: string | null;
  calibration: Calibration | null;
}
