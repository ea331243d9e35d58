/**
 * `qingdao-services-plan/assess`: progress assessment as statistical offices
 * make it (`assess`, with the presets eurostat, unsd2022, unsd2023 and escap)
 * and `aggregate` for dashboards. Kept apart from `./calc` so that the
 * primitives stay small; the package root exports both.
 */
export { presets, classify, type Band, type Preset, type PresetName, type TrajectoryStatus } from './calc/presets.js';
export { assess } from './calc/assess.js';
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
  ReasonCode,
  Status,
  Warning,
  WarningCode,
} from './calc/model.js';
