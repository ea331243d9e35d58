/**
 * `qingdao-services-plan/calc`: the calculation primitives (growth, change,
 * shares, gaps, progress ratios, comparators). Pure functions, no DOM, no I/O.
 * Rates are fractions (0.05 is 5%); shares and contributions are percent.
 * `assess` and `aggregate` are in `qingdao-services-plan/assess` (and the root):
 * with them this entry would weigh 6.4 KB gzip instead of under 3 KB.
 */
export { CalcError, type CalcErrorCode } from './calc/errors.js';
export { cagr, requiredCagr, remainingRequiredCagr, projectValue, chainedAverageGrowth } from './calc/growth.js';
export { relativeChange, ppChange } from './calc/change.js';
export { share, impliedWhole, impliedWholeRange, contributionToGrowth } from './calc/share.js';
export { targetGap, timeElapsed } from './calc/gap.js';
export { progressRatios, type RatioInput, type Ratios } from './calc/ratios.js';
export { decimalsOf } from './calc/decimal.js';
export {
  isMet,
  toleranceOf,
  type Comparison,
  type MetOptions,
  type TargetLike,
  type Tolerance,
} from './calc/compare.js';
