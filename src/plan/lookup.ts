/**
 * Lookups in a plan: by id, with a `PlanError` naming the closest ids where
 * one is unknown, and filters by dimension or industry.
 */
import { PlanError, describeValue } from '../errors.js';
import { closest } from '../suggest.js';
import type { FigureDef, IndicatorDef, TargetDef } from '../types.js';
import { expectPlan } from './expect.js';
import type { PlanData } from './plan-data.js';

/** Where a plan's ids are listed, for an error message. */
const listedIn = (plan: PlanData) => (plan.origin === 'bundled' ? "the package's plan.json" : 'your plan document');

function lookup<T extends { readonly id: string }>(plan: PlanData, kind: string, list: readonly T[], id: unknown): T {
  if (typeof id !== 'string') {
    const example = list[0] ? ` such as '${list[0].id}'` : '';
    throw new PlanError(
      'invalid_argument',
      `Expected a ${kind} id as a string, got ${describeValue(id)}. Pass a kebab-case id${example}.`,
      { value: id },
    );
  }
  const hit = list.find((x) => x.id === id);
  if (hit) return hit;
  const suggestions = closest(
    id,
    list.map((x) => x.id),
  );
  throw new PlanError(
    'unknown_id',
    `Unknown ${kind} id ${describeValue(id)}. Did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}? The full list is in ${listedIn(plan)}.`,
    { id, kind, suggestions },
  );
}

/** The indicator of `plan` with this id; throws `unknown_id` with the closest ids. */
export function indicatorIn(plan: PlanData, id: unknown): IndicatorDef {
  expectPlan('indicatorIn', plan);
  return lookup(plan, 'indicator', plan.indicators, id);
}

/** The figure of `plan` with this id; throws `unknown_id` with the closest ids. */
export function figureIn(plan: PlanData, id: unknown): FigureDef {
  expectPlan('figureIn', plan);
  return lookup(plan, 'figure', plan.figures, id);
}

/** The target of `plan` with this id; throws `unknown_id` with the closest ids. */
export function targetByIdIn(plan: PlanData, id: unknown): TargetDef {
  expectPlan('targetByIdIn', plan);
  return lookup(plan, 'target', plan.targets, id);
}

/** The target `plan` sets for an indicator; `unknown_id` / `no_target` with the closest ids otherwise. */
export function targetIn(plan: PlanData, indicator: unknown): TargetDef {
  expectPlan('targetIn', plan);
  if (typeof indicator !== 'string')
    throw new PlanError('invalid_argument', `Expected an indicator id as a string, got ${describeValue(indicator)}.`);
  // Suggestions name only indicators with a target: what the caller can use here.
  const withTargets = plan.targets.map((t) => t.indicator);
  if (!plan.indicators.some((i) => i.id === indicator)) {
    const suggestions = closest(indicator, withTargets);
    throw new PlanError(
      'unknown_id',
      `Unknown indicator id ${describeValue(indicator)}. Did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?`,
      { id: indicator, kind: 'indicator', suggestions },
    );
  }
  const hit = plan.targets.find((t) => t.indicator === indicator);
  if (hit) return hit;
  throw new PlanError(
    'no_target',
    `The plan sets no target for indicator ${describeValue(indicator)}. Indicators with a target: ${withTargets.join(', ')}.`,
    { indicator, suggestions: closest(indicator, withTargets) },
  );
}

/** Every figure `plan` states for an indicator (validates the id). */
export function figuresIn(plan: PlanData, indicator: unknown): FigureDef[] {
  indicatorIn(plan, indicator);
  return plan.figures.filter((f) => f.indicator === indicator);
}

/** The targets of one goal dimension of `plan` (validates the id). */
export function targetsByDimensionIn(plan: PlanData, dimension: unknown): TargetDef[] {
  expectPlan('targetsByDimensionIn', plan);
  lookup(plan, 'dimension', plan.dimensions, dimension);
  return plan.targets.filter((t) => t.dimension === dimension);
}

/** The targets of one industry of `plan` (validates the id). */
export function targetsByIndustryIn(plan: PlanData, industry: unknown): TargetDef[] {
  expectPlan('targetsByIndustryIn', plan);
  lookup(plan, 'industry', plan.industries, industry);
  return plan.targets.filter((t) => t.industry === industry);
}

/** The base figure of a target of `plan` (e.g. its 2020 value), or null where the plan gives none. */
export function baseFigureIn(plan: PlanData, target: TargetDef): FigureDef | null {
  if (!target || typeof target !== 'object' || target.role !== 'target') {
    throw new PlanError('invalid_argument', `baseFigureIn expects a target of the plan, got ${describeValue(target)}.`);
  }
  return target.baseFigure ? figureIn(plan, target.baseFigure) : null;
}
