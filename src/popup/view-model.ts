/**
 * What the popup shows of the projection (the Projection format of DESIGN.md). Declared here as the popup's needs
 * so the popup does not depend on how the projection is computed.
 */
export type Outcome = 'successful' | 'negative' | 'neutral' | 'excluded';

export interface ProjectionSummary {
  rules: 'current' | 'legacy';
  projected: number | null;
  bestWindow: number | null;
  range: { low: number | null; high: number | null };
  nextUpdate: string | null;
  outcomes: Record<string, { outcome: Outcome; reason: string; weight: number }>;
  atRisk: { id: string; daysInactive: number; projectedIfClosedNow: number | null }[];
  actions: { contractId: string; action: string; projectedAfter: number | null }[];
  calibration: {
    rules: 'current' | 'legacy';
    observedAt: string;
    observed: number;
    projected: number;
    error: number;
    earlierModel: boolean;
    compared: { observations: number; meanError: Record<'current' | 'legacy', number> } | null;
    closer: 'current' | 'legacy' | null;
  } | null;
}
