/**
 * The years of a plan: its base year, the years its targets are for, and the
 * evaluation years it accepts (`as-of`): from its base year to its last target
 * year, which is also the default evaluation year. Each target is judged at its
 * own target year.
 */
import { expectPlan } from './expect.js';
import type { PlanData } from './plan-data.js';

/** The years of a plan that widgets, the scorecard and the command line use. */
export interface PlanYears {
  /** The year the plan measures from. */
  readonly baseYear: number;
  /** Every year a target is for, ascending (a plan may have targets for 2025 and 2027). */
  readonly targetYears: readonly number[];
  /** The first evaluation year accepted: the base year. */
  readonly asOfMin: number;
  /** The last evaluation year accepted and the default: the last target year. */
  readonly asOfMax: number;
}

/** The years of `plan`: asOfMin = base year, asOfMax = max(target years, meta.targetYear). */
export function planYears(plan: PlanData): PlanYears {
  expectPlan('planYears', plan);
  const targetYears = [...new Set([plan.meta.targetYear, ...plan.targets.map((t) => t.targetYear)])].sort(
    (a, b) => a - b,
  );
  return { baseYear: plan.meta.baseYear, targetYears, asOfMin: plan.meta.baseYear, asOfMax: targetYears.at(-1)! };
}

/** Whether `year` is an evaluation year `plan` accepts (a whole year from its base year to its last target year). */
export const isAsOfIn = (plan: PlanData, year: unknown): year is number => {
  const { asOfMin, asOfMax } = planYears(plan);
  return typeof year === 'number' && Number.isInteger(year) && year >= asOfMin && year <= asOfMax;
};
