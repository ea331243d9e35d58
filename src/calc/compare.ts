/**
 * When a target is met: comparator semantics (Civil Code art. 1259: 以上/以下/以内
 * include the number, 超过/不满 exclude it), tolerance for 左右/约, and bounds.
 */
import type { Bound, Comparator } from '../types.js';
import { decimalsOf, round } from './decimal.js';
import { fail, num, obj, oneOf, out, sign } from './check.js';

/** The comparators and bounds `isMet` knows (internal). */
export const COMPARATORS: readonly Comparator[] = ['approx', 'at_least', 'more_than', 'at_most', 'less_than', 'reach'];
const BOUNDS: readonly Bound[] = ['exact', 'at_least', 'more_than'];
const TARGET = 'pass a target { value, comparator, direction }';

/** What `isMet` needs of a target (a `TargetDef` is one). */
export interface TargetLike {
  readonly value: number;
  readonly comparator: Comparator;
  readonly direction: 'up' | 'down';
}

/** A tolerance for `approx`: a number or `{ absolute }` in the target's unit, or `{ relative }` as a fraction of |T|. */
export type Tolerance = number | { readonly absolute: number } | { readonly relative: number };

/** Options of `isMet`. */
export interface MetOptions {
  /** The observation is exact (default) or a lower bound (`at_least`, `more_than`). */
  readonly bound?: Bound;
  /** Overrides the default tolerance of an `approx` target. */
  readonly tolerance?: Tolerance;
  /** The base value y0; it sets the default tolerance of `approx` to 5% of |T - y0|. */
  readonly base?: number;
  /**
   * `as_published` (default): the value is compared as published (1099.6 has not reached 1100);
   * `target_decimals`: an exact value is first rounded to the target's decimals (8.46 reaches 8.5).
   * A target of 0 has no published precision: its value is always compared as published.
   */
  readonly compare?: Comparison;
}

/** How an observation is compared with a target: as published, or rounded to the target's decimals. */
export type Comparison = 'as_published' | 'target_decimals';
const COMPARISONS: readonly Comparison[] = ['as_published', 'target_decimals'];

/** Tolerance of a target, in its unit: the override, else for approx 5% of |T - y0| (1% of |T| without a base), else 0. */
export const toleranceOf = (target: TargetLike, tolerance?: Tolerance, base?: number): number => {
  const T = num('target.value', obj('toleranceOf', 'target', target, TARGET).value);
  const d = { target: T, tolerance, base };
  if (tolerance !== undefined) {
    const t = typeof tolerance == 'object' && tolerance ? tolerance : { absolute: tolerance };
    const v = 'relative' in t ? num('tolerance.relative', t.relative) * Math.abs(T) : num('tolerance', t.absolute);
    return v >= 0
      ? out('toleranceOf', v, d)
      : fail('invalid_argument', 'tolerance', { tolerance }, 'pass a tolerance >= 0');
  }
  if (target.comparator !== 'approx') return 0;
  const w = base === undefined ? 0 : Math.abs(T - num('base', base)) * 0.05;
  return out('toleranceOf', w || Math.abs(T) * 0.01, d);
};

/**
 * Whether `value` meets the target: true, false, or null where a bound cannot decide.
 * The value is compared as published unless `compare: 'target_decimals'` (then rounded to T's decimals, T != 0).
 * at_least y >= T; more_than y > T; at_most y <= T; less_than y < T; reach d(y - T) >= 0; approx d(y - T) >= -tol.
 */
export const isMet = (target: TargetLike, value: number, options: MetOptions = {}): boolean | null => {
  const T = num('target.value', obj('isMet', 'target', target, TARGET).value);
  const d = sign(target.direction);
  const c = oneOf('isMet', 'comparator', target.comparator, COMPARATORS);
  const b = oneOf(
    'isMet',
    'bound',
    obj('isMet', 'options', options, 'pass { bound, tolerance, base, compare } or nothing').bound ?? 'exact',
    BOUNDS,
  );
  const rounded = oneOf('isMet', 'compare', options.compare ?? 'as_published', COMPARISONS) == 'target_decimals';
  let v = num('value', value);
  // The met set is a ray {y >= a}, {y > a}, {y <= a} or {y < a}.
  let a = T;
  let up = d > 0;
  let open = false;
  if (c == 'approx') a = T - d * toleranceOf(target, options.tolerance, options.base);
  else if (c == 'at_least' || c == 'more_than') {
    up = true;
    open = c == 'more_than';
  } else if (c == 'at_most' || c == 'less_than') {
    up = false;
    open = c == 'less_than';
  }
  if (b == 'exact') {
    if (rounded && T !== 0) v = round(v, decimalsOf(T));
    return up ? (open ? v > a : v >= a) : open ? v < a : v <= a;
  }
  // A lower bound (v, or more): every value in it meets an upward ray, or none meets a downward one.
  const strict = b == 'more_than';
  if (up) return v > a || (v == a && (strict || !open)) ? true : null;
  return v > a || (v == a && (strict || open)) ? false : null;
};
