/**
 * The bundled plan, Qingdao's 2021-2025 plan for modern service industries: one
 * source of truth, written once. `qingdaoPlan` is the plan document with its
 * observations and the candidates reviewed and left out; JSON, CSV, schemas
 * and the per-indicator modules are generated from it by `npm run build`.
 */
import type { PlanSource } from '../model/index.js';
import { planMeta } from './plan.js';
import { indicatorList } from './indicators.js';
import {
  clusterKindList,
  dimensionList,
  industryList,
  layoutFormula,
  layoutList,
  structureCounts,
} from './structure.js';
import { resultFigures } from './figures/results.js';
import { targetFigures } from './figures/targets.js';
import { contextFigures } from './figures/context.js';
import { shippedObservations } from './observations/shipped.js';
import { rejectedObservations } from './observations/rejected.js';

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

/** The bundled plan: its document (metadata, structure, indicators, figures), its observations and its reviewed, rejected candidates. */
export const qingdaoPlan = {
  meta: planMeta,
  dimensions: dimensionList,
  industries: industryList,
  layoutFormula,
  layout: layoutList,
  clusterKinds: clusterKindList,
  structureCounts,
  indicators: indicatorList,
  figures: [...resultFigures, ...targetFigures, ...contextFigures],
  observations: shippedObservations,
  rejected: rejectedObservations,
} satisfies PlanSource;
