/**
 * `qingdao-services-plan/base`: the few pieces of the library that a widget's
 * shell needs before it shows anything (the error class, a plan's years),
 * without the calculations or formatting. The widgets
 * import these from here rather than from `./core`, so that a bundler with
 * code splitting keeps the calculations in the chunk that loads only when a
 * widget computes. Everything here is also exported by `./core` and the root.
 */
export { PlanError } from './errors.js';
export { planYears, isAsOfIn, type PlanYears } from './plan/years.js';
export type { PlanData } from './plan/plan-data.js';
export type { Lang, Text } from './types.js';
