/**
 * Observations with the bundled plan as the default plan (root entry): the
 * bundled outcomes, the plan's own figures as observations, and reading,
 * validating and merging a site's observations. The functions of `./io` and
 * `./core` take the plan in use instead.
 */
import { bundledPlan } from './data.js';
import { PlanError, describeValue } from './errors.js';
import { parseObservationsCsv as parseCsvIn } from './io/observations-csv.js';
import { validateObservations as validateIn, type ObservationsResult } from './io/validate.js';
import { observationsIn } from './plan/observations.js';
import { expectPlan } from './plan/expect.js';
import type { PlanData } from './plan/plan-data.js';
import type { Observation } from './types.js';

/** The bundled plan's published outcomes (reviewed, each with URL, publisher and date). */
export const observations: readonly Observation[] = bundledPlan.observations.filter((o) => o.vintage !== 'plan');

/** The bundled plan's own results with a stated year, as observations of vintage `plan` (source: the plan's quote). */
export const planObservations: readonly Observation[] = bundledPlan.observations.filter((o) => o.vintage === 'plan');

/**
 * Every observation of one indicator in `plan` (default: the bundled plan), its
 * own figures and outcomes, with a site's `own` merged over them; oldest year first.
 */
export function observationsOf(
  indicator: string,
  own: readonly Observation[] = [],
  plan: PlanData = bundledPlan,
): Observation[] {
  if (typeof indicator !== 'string')
    throw new PlanError('invalid_argument', `observationsOf expects an indicator id, got ${describeValue(indicator)}.`);
  expectPlan('observationsOf', plan);
  return observationsIn(plan, indicator, own);
}

/** Validate a site's observations against `plan` (default: the bundled plan); see `./io`'s `validateObservations`. */
export function validateObservations(data: unknown, plan: PlanData = bundledPlan): ObservationsResult {
  return validateIn(data, plan);
}

/** Parse and validate observations CSV against `plan` (default: the bundled plan); see `./io`'s `parseObservationsCsv`. */
export function parseObservationsCsv(text: string, plan: PlanData = bundledPlan): ObservationsResult {
  return parseCsvIn(text, plan);
}
