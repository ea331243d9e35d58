/**
 * A plan's observations, with a site's own merged over them.
 */
import { PlanError, describeValue } from '../errors.js';
import type { Observation } from '../types.js';
import { expectPlan } from './expect.js';
import type { PlanData } from './plan-data.js';

/** Throws `invalid_argument` unless `list` is an array of objects (observations checked by validateObservations). */
export function expectList(fn: string, list: unknown): asserts list is readonly Observation[] {
  if (!Array.isArray(list) || list.some((o) => o === null || typeof o !== 'object')) {
    throw new PlanError(
      'invalid_argument',
      `${fn} expects an array of observations, got ${describeValue(list)}. Check a site's data with validateObservations() first.`,
    );
  }
}

/** Options of `mergeObservations`. */
export interface MergeOptions {
  /** Keep other vintages of the same figure side by side (default), or let `own` replace every vintage. */
  readonly keepVintages?: boolean;
}

/**
 * Merge a site's observations over a base list: a site's figure replaces every
 * base figure of the same indicator, year, period, measure and vintage (other
 * vintages stay side by side, so the plan's own figures are never lost; with
 * `keepVintages: false` it replaces them all); it is marked `origin: 'user'`.
 */
export function mergeObservations(
  base: readonly Observation[],
  own: readonly Observation[],
  options: MergeOptions = {},
): Observation[] {
  expectList('mergeObservations', base);
  expectList('mergeObservations', own);
  const keep = options?.keepVintages !== false;
  const slot = (o: Observation) =>
    [o.indicator, o.year, o.period, o.measure, o.since ?? '', keep ? o.vintage : ''].join('|');
  const taken = new Set(own.map(slot));
  return [...base.filter((o) => !taken.has(slot(o))), ...own.map((o) => ({ ...o, origin: 'user' as const }))];
}

/**
 * Every observation of `indicator` in `plan` (its own figures and the outcomes
 * it carries), with a site's `own` merged over them; oldest year first.
 */
export function observationsIn(plan: PlanData, indicator: string, own: readonly Observation[] = []): Observation[] {
  expectPlan('observationsIn', plan);
  if (typeof indicator !== 'string')
    throw new PlanError('invalid_argument', `observationsIn expects an indicator id, got ${describeValue(indicator)}.`);
  return mergeObservations(plan.observations, own)
    .filter((o) => o.indicator === indicator)
    .sort((a, b) => a.year - b.year);
}
