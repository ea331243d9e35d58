/**
 * The bundled plan (Qingdao's 2021-2025 plan for modern service industries)
 * and its lookups, with the literal id types an editor completes. This is the
 * default plan of the root entry; the library's other functions take a plan.
 */
import { qingdaoPlan } from '../data/index.js';
import { rejectedObservations } from '../data/review.js';
import type { DimensionId, IndicatorId, IndustryId } from '../data/index.js';
import {
  figureIn,
  indicatorIn,
  targetByIdIn,
  targetIn,
  targetsByDimensionIn,
  targetsByIndustryIn,
} from './plan/lookup.js';
import { planData, type PlanData } from './plan/plan-data.js';
import { PlanError, describeValue } from './errors.js';
import type { FigureDef, IndicatorDef, TargetDef } from './types.js';

export type { DimensionId, IndicatorId, IndustryId };

/** An indicator of the bundled plan. */
export type Indicator = IndicatorDef<IndicatorId>;
/** A target of the bundled plan. */
export type Target = TargetDef<IndicatorId> & {
  readonly dimension: DimensionId | null;
  readonly industry: IndustryId | null;
};
/** A figure of the bundled plan: a result, a problem or a context figure, or a target (narrow with `role === 'target'`). */
export type Figure = (FigureDef<IndicatorId> & { readonly role: 'result' | 'problem' | 'context' }) | Target;
/** Every figure id of the bundled plan, as a literal union. */
export type FigureId = (typeof qingdaoPlan.figures)[number]['id'];
/** Every target id of the bundled plan, as a literal union. */
export type TargetId = Extract<(typeof qingdaoPlan.figures)[number], { role: 'target' }>['id'];

/** The bundled plan's metadata and structure. */
export const plan = {
  meta: qingdaoPlan.meta,
  dimensions: qingdaoPlan.dimensions,
  industryGroups: qingdaoPlan.industryGroups,
  industries: qingdaoPlan.industries,
  layoutFormula: qingdaoPlan.layoutFormula,
  layout: qingdaoPlan.layout,
  clusterKinds: qingdaoPlan.clusterKinds,
  structureCounts: qingdaoPlan.structureCounts,
} as const;

/** The bundled plan as a value, with its review of rejected candidates: what the root entry's functions use unless given another plan. */
export const bundledPlan: PlanData = planData({ ...qingdaoPlan, rejected: rejectedObservations }, 'bundled');

/** Every indicator of the bundled plan, in the plan's order. */
export const indicators = bundledPlan.indicators as readonly Indicator[];
/** Every quantified figure of the bundled plan: results, targets and context figures. */
export const figures = bundledPlan.figures as readonly Figure[];
/** The bundled plan's targets, in the order the text states them. */
export const targets = bundledPlan.targets as readonly Target[];

/** The indicator with this id; throws `PlanError` `unknown_id` with the closest ids. */
export function getIndicator(id: IndicatorId | (string & {})): Indicator {
  return indicatorIn(bundledPlan, id) as Indicator;
}

/** The figure with this id; throws `PlanError` `unknown_id` with the closest ids. */
export function getFigure(id: FigureId | (string & {})): Figure {
  return figureIn(bundledPlan, id) as Figure;
}

/** The target with this id; throws `PlanError` `unknown_id` with the closest ids. */
export function getTarget(id: TargetId | (string & {})): Target {
  return targetByIdIn(bundledPlan, id) as Target;
}

/** The target set for an indicator (the plan sets at most one); throws `no_target` where it sets none. */
export function getTargetFor(indicator: IndicatorId | (string & {})): Target {
  return targetIn(bundledPlan, indicator) as Target;
}

/** Every figure stated for an indicator (validates the id). */
export function figuresOf(indicator: IndicatorId | (string & {})): Figure[] {
  getIndicator(indicator);
  return figures.filter((f) => f.indicator === indicator);
}

/** The targets of one goal dimension of 二(三) (validates the id). */
export function targetsByDimension(dimension: DimensionId | (string & {})): Target[] {
  return targetsByDimensionIn(bundledPlan, dimension) as Target[];
}

/** The targets of one industry of 四 (validates the id). */
export function targetsByIndustry(industry: IndustryId | (string & {})): Target[] {
  return targetsByIndustryIn(bundledPlan, industry) as Target[];
}

/** The base figure of a target (its 2020 value in the text), or `null` where the text gives none. */
export function baseFigureOf(target: Target): Figure | null {
  if (!target || typeof target !== 'object' || target.role !== 'target') {
    throw new PlanError(
      'invalid_argument',
      `baseFigureOf expects a target (from getTarget or targets), got ${describeValue(target)}.`,
    );
  }
  return target.baseFigure ? getFigure(target.baseFigure) : null;
}
