/** `qingdao-services-plan/data`: the plan data and its lookups, without the calculations. */
export * from './types.js';
export { PlanError } from './errors.js';
export * from './data.js';
