/**
 * qingdao-services-plan: Qingdao's plan for modern service industries
 * 2021-2025 as typed, sourced data, statistical-office calculations, the
 * observed outcomes and the end-of-plan scorecard. No DOM, no side effects.
 */
export * from './types.js';
export { PlanError } from './errors.js';
export {
  plan,
  indicators,
  figures,
  targets,
  getIndicator,
  getFigure,
  getTarget,
  getTargetFor,
  figuresOf,
  targetsByDimension,
  targetsByIndustry,
  baseFigureOf,
  bundledPlan,
} from './data.js';
export { targetIn, type PlanData } from './plan-data.js';
export { planFromJson } from './plan-json.js';
export type { Indicator, Figure, Target, FigureId, TargetId, IndicatorId, DimensionId, IndustryId } from './data.js';
export * from './calc-entry.js';
export * from './assess.js';
export * from './format/index.js';
export { observations, planObservations, observationsOf, mergeObservations } from './observations.js';
export { validateObservations, type ObservationIssue, type ObservationsResult } from './validate-observations.js';
export { parseObservationsCsv, observationsCsv, OBSERVATION_COLUMNS } from './observations-csv.js';
export { scorecard, type Scorecard, type ScorecardEntry, type ScorecardOptions } from './scorecard.js';
export {
  planSchemaValidator,
  observationsSchemaValidator,
  type SchemaError,
  type SchemaValidator,
} from './schema/index.js';
