/** A plan as a value: building one, looking things up in it, and its observations. */
export { planData, planObservationsOf, type PlanData } from './plan-data.js';
export { expectPlan } from './expect.js';
export {
  indicatorIn,
  figureIn,
  targetIn,
  targetByIdIn,
  figuresIn,
  targetsByDimensionIn,
  targetsByIndustryIn,
  baseFigureIn,
} from './lookup.js';
export { mergeObservations, observationsIn, expectList, type MergeOptions } from './observations.js';
export { planYears, isAsOfIn, type PlanYears } from './years.js';
