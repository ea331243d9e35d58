/**
 * Change between two values: relative (a fraction) or in percentage points.
 * They are different quantities; one is never turned into the other.
 */
import { fail, num, out } from './check.js';

/** Relative change, a fraction: b / a - 1 (a > 0, b >= 0; 0.1 is +10%). */
export const relativeChange = (a: number, b: number): number => {
  const d = { a: num('a', a), b: num('b', b) };
  const c = a === 0 ? 'zero_start' : a * b < 0 ? 'sign_change' : a < 0 || b < 0 ? 'negative_value' : '';
  if (c) fail(c, 'relativeChange', d);
  return out('relativeChange', b / a - 1, d);
};

/** Change in percentage points between two percentages: b - a (pp). */
export const ppChange = (a: number, b: number): number => out('ppChange', num('b', b) - num('a', a), { a, b });
