/**
 * The bundled plan, Qingdao's 2021-2025 plan for modern service industries: one
 * source of truth, written once. `qingdaoPlan` is the plan document with its
 * observations; JSON, CSV, schemas and the per-indicator modules are generated
 * from it by `npm run build`. The review of candidate figures (those left out,
 * with the reason) is in `review.ts`: the scorecard reports it, widgets never
 * show it, so that they do not load it.
 */
import type { PlanSource } from '../model/index.js';
import { planMeta } from './plan.js';
import { indicatorList } from './indicators.js';
import {
  clusterKindList,
  dimensionList,
  industryGroupList,
  industryList,
  layoutFormula,
  layoutList,
  structureCounts,
} from './structure.js';
import { resultFigures } from './figures/results.js';
import { targetFigures } from './figures/targets.js';
import { contextFigures } from './figures/context.js';
import { shippedObservations } from './observations/shipped.js';

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

/** The bundled plan: its document (metadata, structure, indicators, figures) and its observations. */
export const qingdaoPlan = {
  meta: planMeta,
  dimensions: dimensionList,
  industryGroups: industryGroupList,
  industries: industryList,
  layoutFormula,
  layout: layoutList,
  clusterKinds: clusterKindList,
  structureCounts,
  indicators: indicatorList,
  figures: [...resultFigures, ...targetFigures, ...contextFigures],
  observations: shippedObservations,
} satisfies PlanSource;
