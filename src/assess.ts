/**
 * `qingdao-services-plan/assess`: progress assessment as statistical offices
 * make it (`assess`, with the presets eurostat, unsd2022, unsd2023, escap and ndrc)
 * and `aggregate` for dashboards. Kept apart from `./calc` so that the
 * primitives stay small; the package root exports both.
 */
export {
  presets,
  classify,
  type Band,
  type Preset,
  type PresetName,
  type PresetRatio,
  type TrajectoryStatus,
} from './calc/presets.js';
export { assess } from './calc/assess.js';
export {
  anticipatedProgress,
  type Anticipated,
  type AnticipatedInput,
  type AnticipatedIssue,
  type SeriesPoint,
} from './calc/anticipated.js';
export {
  aggregate,
  assessmentScore,
  progressScore,
  statusOrder,
  type Aggregate,
  type AggregatePolicy,
} from './calc/aggregate.js';
export type {
  AssessOptions,
  AssessRatios,
  Assessment,
  Evidence,
  Method,
  Provisional,
  ReasonCode,
  Status,
  Warning,
  WarningCode,
} from './calc/model.js';
