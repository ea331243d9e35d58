import { PlanError } from '../errors.js';

/**
 * Why a calculation could not be done. Stable, machine-readable:
 * - `invalid_argument`: not a number (or not one of the allowed words);
 * - `non_finite`: NaN or ±Infinity passed, or a result that overflows;
 * - `non_positive_years`: a span of years that is zero or negative;
 * - `zero_start`: growth from a start value of 0;
 * - `sign_change`: start and end (or base and target) on opposite sides of 0;
 * - `negative_value`: growth between negative values;
 * - `zero_whole`: a share or contribution of a whole (or increment) that is 0;
 * - `zero_share`: a whole implied by a share of 0 (or a rounding range that spans 0);
 * - `invalid_rate`: a growth rate below -100%;
 * - `empty_series`: no values to average;
 * - `target_equals_base`: progress ratios towards a target equal to the base.
 */
export type CalcErrorCode =
  | 'invalid_argument'
  | 'non_finite'
  | 'non_positive_years'
  | 'zero_start'
  | 'sign_change'
  | 'negative_value'
  | 'zero_whole'
  | 'zero_share'
  | 'invalid_rate'
  | 'empty_series'
  | 'target_equals_base';

/** The error every calc function throws instead of returning NaN or Infinity. */
export class CalcError extends PlanError {
  declare readonly code: CalcErrorCode;

  constructor(code: CalcErrorCode, message: string, detail: Readonly<Record<string, unknown>> = {}) {
    super(code, message, detail);
    this.name = 'CalcError';
  }
}
