/** Argument and result checks shared by the calc primitives (internal). */
import { CalcError, type CalcErrorCode } from './errors.js';

// What is valid, by code (a message says what was passed, then this).
const HINT: Record<CalcErrorCode, string> = {
  invalid_argument: 'pass a number',
  non_finite: 'pass finite numbers whose result fits in a double (no NaN or Infinity)',
  non_positive_years: 'the span of years must be > 0 (the end year after the start year)',
  zero_start: 'growth from 0 is undefined; pass a non-zero start (base)',
  sign_change: 'values on both sides of 0 have no growth rate; compare them with ppChange',
  negative_value: 'compound growth needs a start > 0 and an end >= 0',
  zero_whole: 'a whole (or increment) of 0 has no shares; pass a non-zero whole',
  zero_share: 'a share of 0 implies no whole; pass a non-zero share in percent',
  invalid_rate: 'rates are fractions >= -1 (0.05 is 5%)',
  empty_series: 'pass at least one rate',
  target_equals_base: 'a target equal to its base leaves no progress to measure',
};

/** Throws a CalcError: "fn: got k v, ...; <what is valid>". */
export const fail = (code: CalcErrorCode, fn: string, detail: Record<string, unknown> = {}, valid = HINT[code]): never => {
  const got = Object.entries(detail).map(([k, v]) => `${k} ${typeof v == 'string' ? `'${v}'` : Array.isArray(v) ? `[${v}]` : v}`);
  throw new CalcError(code, `${fn}: got ${got.join(', ')}; ${valid}.`, detail);
};

/** `x` as a finite number, or a CalcError naming the argument and what was passed. */
export const num = (name: string, x: unknown): number =>
  typeof x != 'number' ? fail('invalid_argument', name, { [typeof x]: x }) : isFinite(x) ? x : fail('non_finite', name, { [name]: x });

/** A computed result, checked: overflow becomes a CalcError, never Infinity. */
export const out = (fn: string, x: number, detail: Record<string, unknown>): number => (isFinite(x) ? x : fail('non_finite', fn, detail));

/** A span of years, checked to be a finite number > 0. */
export const span = (name: string, years: unknown): number => (num(name, years) > 0 ? (years as number) : fail('non_positive_years', name, { [name]: years }));

/** `'up'` -> 1, `'down'` -> -1, anything else a CalcError. */
export const sign = (direction: unknown): 1 | -1 =>
  direction == 'up' ? 1 : direction == 'down' ? -1 : fail('invalid_argument', 'direction', { direction }, "pass 'up' or 'down'");
