/**
 * The observations layer: the bundled outcomes, the plan's own figures as
 * observations (vintage `plan`), and merging a site's observations over them.
 * Validating a site's observations is in `validate-observations.ts` (it holds
 * the precompiled schema, which widgets load only when a site brings data).
 */
import { shippedObservations } from '../data/index.js';
import { bundledPlan } from './data.js';
import { expectPlan, type PlanData } from './plan-data.js';
import { observationsIn } from './merge-observations.js';
import { PlanError, describeValue } from './errors.js';
import type { Observation } from './types.js';

export type { ObservationIssue, ObservationsResult } from './validate-observations.js';

/** The observations bundled with the library (reviewed, each with URL, publisher and date). */
export const observations: readonly Observation[] = shippedObservations.map((o) => ({
  ...o,
  origin: 'bundled' as const,
}));

/** The plan's own results with a stated year, as observations of vintage `plan` (source: the plan's quote). */
export const planObservations: readonly Observation[] = bundledPlan.observations;

export { expectList, mergeObservations, observationsIn, type MergeOptions } from './merge-observations.js';

/**
 * Every observation of one indicator: the plan's own (of `plan`, the bundled
 * plan by default), the bundled ones and a site's own (merged over them), oldest year first.
 */
export function observationsOf(
  indicator: string,
  own: readonly Observation[] = [],
  plan: PlanData = bundledPlan,
): Observation[] {
  if (typeof indicator !== 'string')
    throw new PlanError('invalid_argument', `observationsOf expects an indicator id, got ${describeValue(indicator)}.`);
  expectPlan('observationsOf', plan);
  return observationsIn(indicator, own, plan, observations);
}
