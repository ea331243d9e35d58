/**
 * `qingdao-services-plan/core`: the library for any plan, without the bundled
 * data: a plan as a value (lookups, observations), the calculations,
 * assessment, the scorecard and formatting. Every function takes the plan in
 * use; the root entry adds the bundled Qingdao plan as the default, and
 * `./bundled` loads it (or one indicator's part) on demand. No DOM, no side effects.
 */
export * from './types.js';
export { PlanError } from './errors.js';
export {
  indicatorIn,
  figureIn,
  targetIn,
  targetByIdIn,
  figuresIn,
  targetsByDimensionIn,
  targetsByIndustryIn,
  baseFigureIn,
  mergeObservations,
  observationsIn,
  planYears,
  isAsOfIn,
  type PlanData,
  type PlanYears,
  type MergeOptions,
} from './plan/index.js';
export * from './calc-entry.js';
export * from './assess.js';
export * from './format/index.js';
export {
  scorecardOf,
  type Scorecard,
  type ScorecardEntry,
  type ScorecardOptions,
  type ScorecardCoreOptions,
} from './score.js';
export { toCsv, BOM } from './csv.js';
