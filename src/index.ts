/**
 * qingdao-services-plan: Qingdao's plan for modern service industries
 * 2021-2025 as typed, sourced data and statistical-office calculations.
 * No DOM, no side effects.
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
} from './data.js';
export type { Indicator, Figure, Target, FigureId, TargetId, IndicatorId, DimensionId, IndustryId } from './data.js';
