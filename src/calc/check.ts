/** Argument and result checks shared by the calc primitives (internal). */
import { CalcError, type CalcErrorCode } from './errors.js';
import { describeValue } from '../errors.js';

// What is valid, by code (a message says what was passed, then this), for the codes of
// the argument checks and of compound growth.
type Hinted =
  'invalid_argument' | 'non_finite' | 'non_positive_years' | 'zero_start' | 'sign_change' | 'negative_value';
const HINT: Record<Hinted, string> = {
  invalid_argument: 'pass a number',
  non_finite: 'pass finite numbers whose result fits in a double (no NaN or Infinity)',
  non_positive_years: 'the span of years must be > 0 (the end year after the start year)',
  zero_start: 'growth from 0 is undefined; pass a non-zero start (base)',
  sign_change: 'values on both sides of 0 have no growth rate; compare them with ppChange',
  negative_value: 'compound growth needs a start > 0 and an end >= 0',
};

// The other codes' hints, passed as `valid` where they are thrown: separate constants, so
// that a bundle holds only those it uses (cagr alone stays under its 1 KB gzip budget).
export const ZERO_WHOLE = 'a whole (or increment) of 0 has no shares; pass a non-zero whole';
export const ZERO_SHARE = 'a share of 0 implies no whole; pass a non-zero share in percent';
export const INVALID_RATE = 'rates are fractions >= -1 (0.05 is 5%)';
export const EMPTY_SERIES = 'pass at least one rate';
export const TARGET_EQUALS_BASE = 'a target equal to its base leaves no progress to measure';

/** Throws a CalcError: "fn: got k v, ...; <what is valid>" (`valid` is required for a code without a hint in HINT). */
export const fail = <C extends CalcErrorCode>(
  code: C,
  fn: string,
  detail: Record<string, unknown> = {},
  ...[valid = HINT[code as Hinted]]: C extends Hinted ? [valid?: string] : [valid: string]
): never => {
  const got = Object.entries(detail).map(([k, v]) => `${k} ${describeValue(v)}`);
  throw new CalcError(code, `${fn}: got ${got.join(', ')}; ${valid}.`, detail);
};

/** `x` as a finite number, or a CalcError naming the argument and what was passed. */
export const num = (name: string, x: unknown): number =>
  typeof x != 'number'
    ? fail('invalid_argument', name, { [typeof x]: x })
    : isFinite(x)
      ? x
      : fail('non_finite', name, { [name]: x });

/** A computed result, checked: overflow becomes a CalcError, never Infinity. */
export const out = (fn: string, x: number, detail: Record<string, unknown>): number =>
  isFinite(x) ? x : fail('non_finite', fn, detail);

/** A span of years, checked to be a finite number > 0. */
export const span = (name: string, years: unknown): number =>
  num(name, years) > 0 ? (years as number) : fail('non_positive_years', name, { [name]: years });

/** `'up'` -> 1, `'down'` -> -1, anything else a CalcError (strict equality: never coerces an object). */
export const sign = (direction: unknown): 1 | -1 =>
  direction === 'up'
    ? 1
    : direction === 'down'
      ? -1
      : fail('invalid_argument', 'direction', { direction }, "pass 'up' or 'down'");

/** `x` if it is an object (not null), else a CalcError: "fn: got name ...; valid". */
export const obj = <T>(fn: string, name: string, x: T, valid: string): T & object =>
  x !== null && typeof x == 'object' ? x : fail('invalid_argument', fn, { [name]: x }, valid);

/** `code` if it is one of `codes`, else a CalcError naming them. */
export const oneOf = <C extends string>(fn: string, name: string, code: unknown, codes: readonly C[]): C =>
  codes.includes(code as C)
    ? (code as C)
    : fail('invalid_argument', fn, { [name]: code }, `pass one of ${codes.join(', ')}`);
