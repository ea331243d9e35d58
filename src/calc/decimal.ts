/**
 * Decimal-correct rounding by exponent shift through the number's decimal
 * string (never Math.round(x * 100) / 100, which turns 1.005 into 1).
 */
import { fail, num } from './check.js';

/** Moves the decimal point of x by k places, exactly as written: shift(1.005, 2) is 100.5 (internal). */
export const shift = (x: number, k: number): number => {
  const [m, e] = String(x).split('e');
  return Number(`${m}e${Number(e ?? 0) + k}`);
};

/** The decimals a number is written with (its shortest form): 8.5 -> 1, 1100 -> 0, 1e-7 -> 7. */
export const decimalsOf = (x: number): number => {
  const [m = '', e] = String(num('x', x)).split('e');
  return Math.max(0, (m.split('.')[1] ?? '').length - Number(e ?? 0));
};

/** x rounded half away from zero to `decimals` places (negative decimals round to tens, hundreds ...). */
export const round = (x: number, decimals = 0): number => {
  num('x', x);
  if (!Number.isInteger(num('decimals', decimals)) || Math.abs(decimals) > 300)
    fail('invalid_argument', 'round', { decimals }, 'pass an integer from -300 to 300');
  if (decimalsOf(x) <= decimals) return x;
  const r = shift(Math.round(shift(Math.abs(x), decimals)), -decimals);
  return x < 0 ? -r : r;
};
