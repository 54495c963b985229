import type { Contract } from '../schema/contract';
import type { JssObservation } from '../schema/history';

export type Outcome = 'successful' | 'negative' | 'neutral' | 'excluded';
export type WindowMonths = '6' | '12' | '24';
export const WINDOWS: readonly WindowMonths[] = ['6', '12', '24'];

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
}

export interface Projection {
  projected: number | null;
  bestWindow: WindowMonths | null;
  windows: Record<WindowMonths, WindowScore>;
  range: { low: number | null; high: number | null };
  /** Each contract of the 24-month window as that window counts it. */
  outcomes: Record<string, { outcome: Outcome; reason: string }>;
  atRisk: { id: string; daysInactive: number; projectedIfClosedNow: number | null }[];
  actions: { contractId: string; action: string; projectedAfter: number | null }[];
  nextUpdate: string | null;
  calibration: { observedAt: string; observed: number; projected: number; error: number } | null;
}
