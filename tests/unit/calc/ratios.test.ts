import { describe, expect, it } from 'vitest';
import { progressRatios, targetGap, timeElapsed } from '../../../src/calc/index.js';
import { caught } from './helpers.js';

const input = {
  base: 100,
  baseYear: 2020,
  latest: 118,
  latestYear: 2023,
  target: 100 * 1.06 ** 5,
  targetYear: 2025,
  direction: 'up',
} as const;

describe('targetGap(latest, target, direction, base?)', () => {
  it('returns remaining = d * (T - latest), > 0 while not met, and its fraction of |T - y0|', () => {
    expect(targetGap(62.5, 65, 'up', 60)).toEqual({ remaining: 2.5, fraction: 0.5 });
    expect(targetGap(0.93, 0.865, 'down', 1)).toEqual({
      remaining: expect.closeTo(0.065, 12),
      fraction: expect.closeTo(0.48148, 5),
    });
    expect(targetGap(70, 65, 'up')).toEqual({ remaining: -5, fraction: null });
  });
  it('throws target_equals_base and invalid_argument for a bad direction', () => {
    expect(caught(() => targetGap(1, 2, 'up', 2)).code).toBe('target_equals_base');
    expect(caught(() => targetGap(1, 2, 'left' as 'up')).code).toBe('invalid_argument');
  });
});

describe('timeElapsed(t, t0, tT)', () => {
  it('returns (t - t0) / (tT - t0)', () => {
    expect(timeElapsed(2023, 2020, 2025)).toBe(0.6);
  });
  it('throws non_positive_years when tT <= t0', () => {
    expect(caught(() => timeElapsed(2023, 2025, 2025)).code).toBe('non_positive_years');
  });
});

describe('progressRatios(input)', () => {
  it('returns the growth ratio 0.945 for base 100, 118 after 3 years and a 6% a year target (CAGR 5.672%)', () => {
    const r = progressRatios(input);
    expect(r.actualRate!.toFixed(5)).toBe('0.05672');
    expect(r.requiredRate).toBeCloseTo(0.06, 12);
    expect(r.growth!.toFixed(3)).toBe('0.945');
    expect(r.issue).toBeNull();
  });
  it('returns ratio 0.836 for lower-is-better -13.5% over 5 years at 0.93 after 3 (required -2.859%, actual -2.390%)', () => {
    const r = progressRatios({ ...input, latest: 0.93, base: 1, target: 0.865, direction: 'down' });
    expect((r.requiredRate! * 100).toFixed(3)).toBe('-2.859');
    expect((r.actualRate! * 100).toFixed(3)).toBe('-2.390');
    expect(r.growth!.toFixed(3)).toBe('0.836');
  });
  it('returns distance 0.50, elapsed 0.60 and pace 0.833 for a share 60 -> 65 at 62.5 after 3 years', () => {
    const r = progressRatios({ ...input, base: 60, latest: 62.5, target: 65, projection: 'linear' });
    expect(r.distance).toBe(0.5);
    expect(r.elapsed).toBe(0.6);
    expect(r.pace.toFixed(3)).toBe('0.833');
    expect(r.expected).toBe(r.pace);
  });
  it('returns the expected ratio from a compound projection to the target year', () => {
    const r = progressRatios(input);
    expect(r.expected).toBeCloseTo((100 * 1.18 ** (5 / 3) - 100) / (input.target - 100), 12);
  });
  it('leaves growth and expected null with issue zero_base or sign_change (base and target or latest across 0)', () => {
    expect(progressRatios({ ...input, base: 0, target: 10, latest: 5 })).toMatchObject({
      growth: null,
      expected: null,
      issue: 'zero_base',
      distance: 0.5,
    });
    expect(progressRatios({ ...input, base: -10, target: 10, latest: 5 })).toMatchObject({
      growth: null,
      issue: 'sign_change',
      distance: 0.75,
    });
    expect(progressRatios({ ...input, base: 10, target: -5, latest: 8 })).toMatchObject({
      growth: null,
      issue: 'sign_change',
    });
    // Base and target of opposite sign: sign_change whichever of the two is negative (not negative_value).
    expect(progressRatios({ ...input, base: -10, target: 5, latest: -8 })).toMatchObject({
      growth: null,
      issue: 'sign_change',
    });
    expect(progressRatios({ ...input, base: 10, target: 20, latest: -1 })).toMatchObject({
      growth: null,
      actualRate: null,
      issue: 'sign_change',
    });
  });
  it('flips the direction for an all-negative series (Statistics Canada, Open SDG): growth of the magnitudes times -1', () => {
    // -10 -> -8 in 3 years toward -5 in 5 years, higher is better: progress, not negative_value.
    const r = progressRatios({ ...input, base: -10, target: -5, latest: -8 });
    expect(r.sign).toBe(-1);
    expect(r.issue).toBeNull();
    expect(r.actualRate).toBeCloseTo(0.8 ** (1 / 3) - 1, 14);
    expect(r.requiredRate).toBeCloseTo(0.5 ** (1 / 5) - 1, 14);
    expect(r.growth).toBeCloseTo((1 - 0.8 ** (1 / 3)) / (1 - 0.5 ** (1 / 5)), 12);
    expect(r.expected).toBeCloseTo((-10 * 0.8 ** (5 / 3) + 10) / 5, 12);
    const away = progressRatios({ ...input, base: -10, target: -5, latest: -12 });
    expect(away.growth).toBeLessThan(0);
    expect(progressRatios({ ...input, base: -10, target: -20, latest: -12, direction: 'down' }).growth).toBeGreaterThan(
      0,
    );
  });
  it('bug 2: a zero target has no required growth rate: growth is null with issue zero_target, not |actual CAGR|', () => {
    // A fall of a third a year toward 0 would otherwise read as growth = |CAGR| = 0.333: insufficient_progress.
    const r = progressRatios({ ...input, base: 10, latest: 10 * (2 / 3) ** 3, target: 0, direction: 'down' });
    expect(r.growth).toBeNull();
    expect(r.requiredRate).toBeNull();
    expect(r.issue).toBe('zero_target');
    expect(r.actualRate).toBeCloseTo(-1 / 3, 12);
    expect(r.distance).toBeCloseTo(1 - (2 / 3) ** 3, 12);
  });
  it('bug 3: when only the required rate fails (target across 0), the actual rate and expected are still computed', () => {
    const r = progressRatios({
      base: 10,
      baseYear: 0,
      latest: 12,
      latestYear: 5,
      target: -5,
      targetYear: 15,
      direction: 'down',
    });
    expect(r.issue).toBe('sign_change');
    expect(r.growth).toBeNull();
    expect(r.actualRate).toBeCloseTo(1.2 ** (1 / 5) - 1, 14);
    expect(r.expected).toBeCloseTo(-(10 * 1.2 ** 3 - 10) / 15, 12);
  });
  it('throws target_equals_base and non_positive_years', () => {
    expect(caught(() => progressRatios({ ...input, target: 100 })).code).toBe('target_equals_base');
    expect(caught(() => progressRatios({ ...input, target: 100.00000000000001 })).code).toBe('target_equals_base');
    expect(caught(() => progressRatios({ ...input, latestYear: 2020 })).code).toBe('non_positive_years');
  });
  it('throws non_finite where a ratio overflows', () => {
    expect(caught(() => progressRatios({ ...input, base: 1e-300, latest: 1e300, target: 1e-299 })).code).toBe(
      'non_finite',
    );
  });
});
