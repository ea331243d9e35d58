import { describe, expect, it } from 'vitest';
import {
  cagr,
  chainedAverageGrowth,
  projectValue,
  remainingRequiredCagr,
  requiredCagr,
} from '../../../src/calc/index.js';
import { PlanError } from '../../../src/errors.js';
import { caught } from './helpers.js';

describe('cagr(start, end, years)', () => {
  it('returns the compound annual growth rate as a fraction: RRI(96, 10000, 11000) = 0.0009933 (4 s.f.)', () => {
    expect(Number(cagr(10000, 11000, 96).toPrecision(4))).toBe(0.0009933);
  });
  it('returns 0.05672 for 100 -> 118 over 3 years', () => {
    expect(cagr(100, 118, 3)).toBeCloseTo(0.056722, 6);
  });
  it('accepts fractional years and an end of 0 (-100%)', () => {
    expect(cagr(100, 121, 2.0)).toBeCloseTo(0.1, 12);
    expect(cagr(100, 110, 0.5)).toBeCloseTo(0.21, 12);
    expect(cagr(5, 0, 3)).toBe(-1);
  });
  it('throws CalcError zero_start for a start of 0', () => {
    const e = caught(() => cagr(0, 5, 3));
    expect(e.code).toBe('zero_start');
    expect(e).toBeInstanceOf(PlanError);
    expect(e.name).toBe('CalcError');
    expect(e.message).toContain('start 0');
    expect(e.message).toContain('non-zero');
  });
  it('throws sign_change across 0 and negative_value for two negatives', () => {
    expect(caught(() => cagr(-5, 5, 3)).code).toBe('sign_change');
    expect(caught(() => cagr(-5, -4, 3)).code).toBe('negative_value');
    expect(caught(() => cagr(-5, 0, 3)).code).toBe('negative_value');
  });
  it('throws non_positive_years for 0 or negative years', () => {
    expect(caught(() => cagr(1, 2, 0)).code).toBe('non_positive_years');
    expect(caught(() => cagr(1, 2, -1)).code).toBe('non_positive_years');
  });
  it('throws non_finite for NaN or Infinity, and invalid_argument for a string', () => {
    expect(caught(() => cagr(NaN, 2, 1)).code).toBe('non_finite');
    expect(caught(() => cagr(1, Infinity, 1)).code).toBe('non_finite');
    const e = caught(() => cagr('100' as unknown as number, 2, 1));
    expect(e.code).toBe('invalid_argument');
    expect(e.message).toContain("'100'");
  });
  it('throws non_finite where the result overflows', () => {
    expect(caught(() => cagr(1e-300, 1e300, 1e-3)).code).toBe('non_finite');
  });
});

describe('requiredCagr(base, target, years)', () => {
  it('returns 5.319% a year for services trade 848.9 (2020) -> 1100 (2025)', () => {
    expect((requiredCagr(848.9, 1100, 5) * 100).toFixed(3)).toBe('5.319');
  });
  it('returns -2.859% a year for a cumulative fall of 13.5% over 5 years', () => {
    expect((requiredCagr(1, 0.865, 5) * 100).toFixed(3)).toBe('-2.859');
  });
  it('names base and target in its errors', () => {
    expect(caught(() => requiredCagr(0, 1, 5)).message).toContain('requiredCagr: got base 0');
  });
});

describe('remainingRequiredCagr(latest, latestYear, target, targetYear)', () => {
  it('returns the rate needed from the latest year on', () => {
    expect(remainingRequiredCagr(1000, 2023, 1210, 2025)).toBeCloseTo(0.1, 12);
  });
  it('throws non_positive_years when the latest year is not before the target year', () => {
    expect(caught(() => remainingRequiredCagr(1000, 2025, 1210, 2025)).code).toBe('non_positive_years');
  });
});

describe('projectValue(base, rate, years)', () => {
  it('returns base * (1 + rate)^years', () => {
    expect(projectValue(100, 0.06, 5)).toBeCloseTo(133.822558, 6);
    expect(projectValue(100, 0.1, -1)).toBeCloseTo(90.909091, 6);
    expect(projectValue(100, -1, 2)).toBe(0);
  });
  it('throws invalid_rate for a rate below -1 or -1 projected backwards', () => {
    expect(caught(() => projectValue(100, -1.5, 2)).code).toBe('invalid_rate');
    expect(caught(() => projectValue(100, -1, -2)).code).toBe('invalid_rate');
  });
  it('throws non_finite where the result overflows', () => {
    expect(caught(() => projectValue(1e300, 1, 1e5)).code).toBe('non_finite');
  });
});

describe('chainedAverageGrowth(rates)', () => {
  it('returns the geometric mean of yearly rates: (prod(1 + g))^(1/n) - 1', () => {
    expect(chainedAverageGrowth([0.1, 0.1])).toBeCloseTo(0.1, 12);
    expect(chainedAverageGrowth([0.21, 0])).toBeCloseTo(0.1, 12);
    expect(chainedAverageGrowth([-1])).toBe(-1);
  });
  it('throws empty_series, invalid_rate and invalid_argument', () => {
    expect(caught(() => chainedAverageGrowth([])).code).toBe('empty_series');
    expect(caught(() => chainedAverageGrowth([0.1, -2])).message).toContain('rates[1]');
    expect(caught(() => chainedAverageGrowth('0.1' as unknown as number[])).code).toBe('invalid_argument');
  });
});
