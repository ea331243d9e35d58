/**
 * qingdao-services-plan: quantified plans as typed, sourced data,
 * statistical-office calculations, observed outcomes and the scorecard. The
 * root entry is `./core` with the bundled plan (Qingdao's 2021-2025 plan for
 * modern service industries) as the default plan, its lookups with literal id
 * types, and `./io` for a site's own plans and observations. No DOM, no side effects.
 */
export * from './core.js';
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
export type { Indicator, Figure, Target, FigureId, TargetId, IndicatorId, DimensionId, IndustryId } from './data.js';
export {
  observations,
  planObservations,
  observationsOf,
  validateObservations,
  parseObservationsCsv,
} from './observations.js';
export {
  planFromJson,
  observationsCsv,
  readObservationsCsv,
  parseDataText,
  checkDataFile,
  planSchemaValidator,
  observationsSchemaValidator,
  type DataFile,
  type ObservationIssue,
  type ObservationsResult,
  type SchemaError,
  type SchemaValidator,
} from './io/index.js';
export { scorecard } from './scorecard.js';
export { loadBundledPlan } from './bundled.js';
