import { describe, expect, it } from 'vitest';
import { decimalsOf } from '../../../src/calc/index.js';
import { round } from '../../../src/format/index.js';
import { caught } from './helpers.js';

describe('round(value, decimals)', () => {
  it('rounds half away from zero on the decimal digits as written: round(1.005, 2) === 1.01', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(1.255, 2)).toBe(1.26);
    expect(round(-1.005, 2)).toBe(-1.01);
    expect(round(8.45, 1)).toBe(8.5);
    expect(round(2.5)).toBe(3);
  });
  it('rounds to tens and hundreds with negative decimals', () => {
    expect(round(1250, -2)).toBe(1300);
  });
  it('returns the value unchanged when it has no more decimals', () => {
    expect(round(1e300, 2)).toBe(1e300);
    expect(round(1.5e-7, 10)).toBe(1.5e-7);
    expect(round(1.5e-7, 3)).toBe(0);
  });
  it('throws invalid_argument for non-integer or huge decimals and non_finite for NaN', () => {
    expect(caught(() => round(1, 1.5)).code).toBe('invalid_argument');
    expect(caught(() => round(1, 400)).code).toBe('invalid_argument');
    expect(caught(() => round(NaN, 1)).code).toBe('non_finite');
  });
});

describe('decimalsOf(value)', () => {
  it('returns the decimals a number is written with: 8.5 -> 1, 1100 -> 0, 1e-7 -> 7, 1.23e22 -> 0', () => {
    expect([8.5, 1100, 1e-7, 1.23e22, 61.45].map(decimalsOf)).toEqual([1, 0, 7, 0, 2]);
  });
});
