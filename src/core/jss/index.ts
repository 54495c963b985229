/** The JSS projection model (docs/jss-model.md). */
export { monthsBefore } from './dates';
export { explainOutcome, type WeeksAtTopRated, weeksAtTopRated } from './explain';
export { classify, discountReason } from './outcomes';
export { nextUpdate, project } from './project';
export type { ClientRecord, Outcome, Projection, ProjectionInput, WindowMonths, WindowScore } from './types';
