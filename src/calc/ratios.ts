/**
 * The progress ratios of the statistical offices, computed together:
 * growth (Eurostat, Open SDG, UNSD 2020-22), distance (ESCAP current status),
 * pace (NDRC "half the time, half the task") and expected (UNSD 2023+, ESCAP anticipated).
 */
import { cagr } from './growth.js';
import { fail, num, out, sign, TARGET_EQUALS_BASE } from './check.js';
import { timeElapsed } from './gap.js';

/** A base, a latest observation and a target, with their years and the better direction. */
export interface RatioInput {
  readonly base: number;
  readonly baseYear: number;
  readonly latest: number;
  readonly latestYear: number;
  readonly target: number;
  readonly targetYear: number;
  readonly direction: 'up' | 'down';
  /** How `expected` projects the latest value to the target year: compound (default) or straight-line. */
  readonly projection?: 'geometric' | 'linear';
}

/** Every progress ratio; `growth` and `expected` are null where compound growth is undefined (see `issue`). */
export interface Ratios {
  /** (t - t0) / (tT - t0). */
  readonly elapsed: number;
  /** d * (yt - y0) / |T - y0|. */
  readonly distance: number;
  /** distance / elapsed. */
  readonly pace: number;
  /** s * d * CAGR(|y0| -> |yt|) / |CAGR(|y0| -> |T|)|, s = -1 for an all-negative series (Open SDG's sign). */
  readonly growth: number | null;
  /** d * (projected yT - y0) / |T - y0|, projected at the actual rate (compound) or pace (straight-line). */
  readonly expected: number | null;
  /** CAGR(|y0| -> |yt|), a fraction (of the magnitudes where the series is negative). */
  readonly actualRate: number | null;
  /** CAGR(|y0| -> |T|), a fraction. */
  readonly requiredRate: number | null;
  /** -1 where base, latest and target are all negative (the growth ratio's direction is flipped), else 1. */
  readonly sign: 1 | -1;
  /**
   * Why a rate is null: a zero base; base and target (or base and latest) on both sides of 0;
   * a zero target, which needs a fall of 100% and has no required rate (Open SDG substitutes 0.001; we refuse).
   */
  readonly issue: 'zero_base' | 'zero_target' | 'sign_change' | null;
}

/** All progress ratios at once: growth, distance, pace and expected (see `Ratios` for each formula). */
export const progressRatios = (input: RatioInput): Ratios => {
  if (input === null || typeof input != 'object')
    fail(
      'invalid_argument',
      'progressRatios',
      { input },
      'pass { base, baseYear, latest, latestYear, target, targetYear, direction }',
    );
  const { base: y0, baseYear: t0, latest: yt, latestYear: t, target: T, targetYear: tT } = input;
  const d = sign(input.direction);
  num('base', y0);
  num('latest', yt);
  num('target', T);
  const elapsed = timeElapsed(t, t0, tT);
  if (elapsed <= 0) fail('non_positive_years', 'progressRatios', { baseYear: t0, latestYear: t });
  const whole = Math.abs(T - y0);
  if (whole === 0) fail('target_equals_base', 'progressRatios', { base: y0, target: T }, TARGET_EQUALS_BASE);
  const distance = out('progressRatios', (d * (yt - y0)) / whole, { input });
  const pace = out('progressRatios', distance / elapsed, { input });
  // Rates of the magnitudes: an all-negative series grows in |y| and the sign s flips the direction.
  const s = y0 < 0 ? -1 : 1;
  const issue: Ratios['issue'] =
    y0 === 0 ? 'zero_base' : y0 * T < 0 ? 'sign_change' : T === 0 ? 'zero_target' : y0 * yt < 0 ? 'sign_change' : null;
  const actualRate = y0 === 0 || y0 * yt < 0 ? null : cagr(s * y0, s * yt, t - t0);
  const requiredRate =
    y0 === 0 || y0 * T <= 0
      ? null
      : cagr(s * y0, s * T, tT - t0) ||
        fail('target_equals_base', 'progressRatios', { base: y0, target: T }, TARGET_EQUALS_BASE);
  const growth =
    actualRate === null || requiredRate === null
      ? null
      : out('progressRatios', (s * d * actualRate) / Math.abs(requiredRate), { input });
  const expected =
    input.projection == 'linear'
      ? pace
      : actualRate === null
        ? null
        : out('progressRatios', (d * (y0 * Math.pow(1 + actualRate, tT - t0) - y0)) / whole, { input });
  return { elapsed, distance, pace, growth, expected, actualRate, requiredRate, sign: s, issue };
};
