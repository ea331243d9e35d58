/**
 * The argument check of every function that takes a plan, in a module of its
 * own: a widget's first load checks an `as-of` against a plan's years
 * (years.ts) without the code that builds plans (plan-data.ts).
 */
import { PlanError, describeValue } from '../errors.js';
import type { PlanData } from './plan-data.js';

/** Throws `invalid_argument` unless `plan` is a PlanData (`bundledPlan`, `planFromJson(...)` or `loadBundledPlan(...)`). */
export function expectPlan(fn: string, plan: unknown): asserts plan is PlanData {
  const p = plan as Partial<PlanData> | null;
  if (
    p === null ||
    typeof p !== 'object' ||
    !Array.isArray(p.targets) ||
    !Array.isArray(p.indicators) ||
    !Array.isArray(p.observations)
  ) {
    throw new PlanError(
      'invalid_argument',
      `${fn} expects a plan from planFromJson() (or bundledPlan), got ${describeValue(plan)}.`,
    );
  }
}
