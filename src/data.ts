/**
 * Data access: the plan, its indicators, figures and targets, with lookups that
 * throw a `PlanError` naming the closest valid ids.
 */
import {
  clusterKindList,
  contextFigures,
  dimensionList,
  indicatorList,
  industryList,
  layoutFormula,
  layoutList,
  planMeta,
  resultFigures,
  structureCounts,
  targetFigures,
} from '../data/index.js';
import type { DimensionId, IndicatorId, IndustryId } from '../data/index.js';
import { PlanError, describeValue } from './errors.js';
import { closest } from './suggest.js';
import { planData, targetIn, type PlanData } from './plan-data.js';
import type { FigureDef, IndicatorDef, TargetDef } from './types.js';

export type { DimensionId, IndicatorId, IndustryId };

/** An indicator of the plan. */
export type Indicator = IndicatorDef<IndicatorId>;
/** A target of the plan. */
export type Target = TargetDef<IndicatorId> & {
  readonly dimension: DimensionId | null;
  readonly industry: IndustryId | null;
};
/** A figure of the plan: a result, a problem or a context figure, or a target (narrow with `role === 'target'`). */
export type Figure = (FigureDef<IndicatorId> & { readonly role: 'result' | 'problem' | 'context' }) | Target;
/** Every figure id, as a literal union. */
export type FigureId =
  (typeof resultFigures)[number]['id'] | (typeof targetFigures)[number]['id'] | (typeof contextFigures)[number]['id'];
/** Every target id, as a literal union. */
export type TargetId = (typeof targetFigures)[number]['id'];

/** The plan's metadata and structure. */
export const plan = {
  meta: planMeta,
  dimensions: dimensionList,
  industries: industryList,
  layoutFormula,
  layout: layoutList,
  clusterKinds: clusterKindList,
  structureCounts,
} as const;

/** Every indicator, in the plan's order. */
export const indicators: readonly Indicator[] = indicatorList;
/** Every quantified figure of the plan: results, problems, targets and context figures. */
export const figures: readonly Figure[] = [...resultFigures, ...targetFigures, ...contextFigures];
/** The plan's targets, in the order the text states them. */
export const targets: readonly Target[] = targetFigures;

/** The bundled plan as `PlanData` (what widgets and `scorecard` use unless a site brings its own plan). */
export const bundledPlan: PlanData = planData({
  meta: planMeta,
  dimensions: dimensionList,
  industries: industryList,
  indicators,
  figures,
  origin: 'bundled',
});

const byId = <T extends { readonly id: string }>(list: readonly T[]) => new Map(list.map((x) => [x.id, x]));
const indicatorIndex = byId(indicators);
const figureIndex = byId(figures);
const targetIndex = byId(targets);

function lookup<T>(kind: string, index: ReadonlyMap<string, T>, id: unknown): T {
  if (typeof id !== 'string') {
    throw new PlanError(
      'invalid_argument',
      `Expected a ${kind} id as a string, got ${describeValue(id)}. Pass a kebab-case id such as '${[...index.keys()][0]}'.`,
      { value: id },
    );
  }
  const hit = index.get(id);
  if (hit) return hit;
  const suggestions = closest(id, [...index.keys()]);
  throw new PlanError(
    'unknown_id',
    `Unknown ${kind} id ${describeValue(id)}. Did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}? The full list is in the package's plan.json.`,
    { id, kind, suggestions },
  );
}

/** The indicator with this id; throws `PlanError` `unknown_id` with the closest ids. */
export function getIndicator(id: IndicatorId | (string & {})): Indicator {
  return lookup('indicator', indicatorIndex, id);
}

/** The figure with this id; throws `PlanError` `unknown_id` with the closest ids. */
export function getFigure(id: FigureId | (string & {})): Figure {
  return lookup('figure', figureIndex, id);
}

/** The target with this id; throws `PlanError` `unknown_id` with the closest ids. */
export function getTarget(id: TargetId | (string & {})): Target {
  return lookup('target', targetIndex, id);
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
  lookup('dimension', byId(dimensionList), dimension);
  return targets.filter((t) => t.dimension === dimension);
}

/** The targets of one industry of 四 (validates the id). */
export function targetsByIndustry(industry: IndustryId | (string & {})): Target[] {
  lookup('industry', byId(industryList), industry);
  return targets.filter((t) => t.industry === industry);
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
