/**
 * The plan data and the observations layer: one source of truth. JSON, CSV and
 * the schema-checked exports are generated from these modules by `npm run build`.
 */
export { planMeta } from './plan.js';
export { indicatorList, type IndicatorId } from './indicators.js';
export {
  dimensionList,
  industryList,
  layoutFormula,
  layoutList,
  clusterKindList,
  structureCounts,
  type DimensionId,
  type IndustryId,
} from './structure.js';
export { resultFigures } from './figures/results.js';
export { targetFigures } from './figures/targets.js';
export { contextFigures } from './figures/context.js';
export { shippedObservations } from './observations/shipped.js';
export {
  rejectedObservations,
  CANDIDATES_REVIEWED,
  type RejectedCandidate,
  type RejectionReason,
} from './observations/rejected.js';
