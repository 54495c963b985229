/** The JSS projection model (docs/jss-model.md). */
export { type Calibration, calibrate, OTHER_RULES, RULE_NAMES } from './calibration';
export { monthsBefore } from './dates';
export { explainOutcome, points, sentenceCase } from './explain';
export { classify, discountReason } from './outcomes';
export { nextUpdate, project, projectSteps } from './project';
export type {
  ClientRecord,
  ContractOutcome,
  Outcome,
  Projection,
  ProjectionInput,
  WindowMonths,
  WindowScore,
} from './types';
export { RULE_WINDOWS } from './types';
export { type Weighing, weighing } from './weights';
