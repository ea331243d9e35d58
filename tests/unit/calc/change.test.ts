import { describe, expect, it } from 'vitest';
import {
  contributionToGrowth,
  impliedWhole,
  impliedWholeRange,
  ppChange,
  relativeChange,
  share,
} from '../../../src/calc/index.js';
import { caught } from './helpers.js';

describe('relativeChange(a, b)', () => {
  it('returns b / a - 1 as a fraction', () => {
    expect(relativeChange(100, 115)).toBeCloseTo(0.15, 12);
    expect(relativeChange(100, 0)).toBe(-1);
  });
  it('throws zero_start, sign_change and negative_value', () => {
    expect(caught(() => relativeChange(0, 1)).code).toBe('zero_start');
    expect(caught(() => relativeChange(-1, 1)).code).toBe('sign_change');
    expect(caught(() => relativeChange(-1, -2)).code).toBe('negative_value');
  });
});

describe('ppChange(a, b)', () => {
  it('returns b - a in percentage points: transport share 12.68% (2015) -> 10.48% (2020) is -2.20 pp, -0.44 pp a year', () => {
    const pp = ppChange(12.68, 10.48);
    expect(pp.toFixed(2)).toBe('-2.20');
    expect((pp / 5).toFixed(2)).toBe('-0.44');
  });
  it('throws non_finite on overflow', () => {
    expect(caught(() => ppChange(-1.7e308, 1.7e308)).code).toBe('non_finite');
  });
});

describe('share(part, whole)', () => {
  it('returns 100 * part / whole, in percent', () => {
    expect(share(7613.59, 12400.56)).toBeCloseTo(61.397, 3);
  });
  it('throws zero_whole for a whole of 0', () => {
    expect(caught(() => share(1, 0)).code).toBe('zero_whole');
  });
});

describe('impliedWhole(part, sharePct)', () => {
  it('returns 12400.0 for services value added 7613.59 at 61.4% (2020 GDP)', () => {
    expect(impliedWhole(7613.59, 61.4).toFixed(1)).toBe('12400.0');
  });
  it('throws zero_share for a share of 0', () => {
    expect(caught(() => impliedWhole(1, 0)).code).toBe('zero_share');
  });
});

describe('impliedWholeRange(part, sharePct, decimals?)', () => {
  it('returns 12389.9 to 12410.1 for 7613.59 at 61.4% rounded to 1 decimal', () => {
    const r = impliedWholeRange(7613.59, 61.4);
    expect(r.low.toFixed(1)).toBe('12389.9');
    expect(r.high.toFixed(1)).toBe('12410.1');
    expect(impliedWholeRange(7613.59, 61.4, 1)).toEqual(r);
  });
  it('orders a negative share low to high', () => {
    const r = impliedWholeRange(-10, -50);
    expect(r.low).toBeLessThan(r.high);
  });
  it('throws zero_share when the rounding range spans 0', () => {
    expect(caught(() => impliedWholeRange(1, 0.4, 0)).code).toBe('zero_share');
  });
});

describe('contributionToGrowth(partDelta, wholeDelta)', () => {
  it('returns 100 * partDelta / wholeDelta (贡献率, percent)', () => {
    expect(contributionToGrowth(60, 100)).toBe(60);
  });
  it('throws zero_whole for a zero increment of the whole', () => {
    expect(caught(() => contributionToGrowth(1, 0)).code).toBe('zero_whole');
  });
});
