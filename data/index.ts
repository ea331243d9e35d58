/**
 * The plan data: one source of truth. JSON, CSV and the schema-checked exports
 * are generated from these modules by `scripts/build.mjs`.
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
