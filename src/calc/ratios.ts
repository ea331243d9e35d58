/**
 * The progress ratios of the statistical offices, computed together:
 * growth (Eurostat, Open SDG, UNSD 2020-22), distance (ESCAP current status),
 * pace (NDRC "half the time, half the task") and expected (UNSD 2023+, ESCAP anticipated).
 */
import { cagr } from './growth.js';
import { CalcError } from './errors.js';
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
  /** d * CAGR(y0 -> yt) / |CAGR(y0 -> T)|. */
  readonly growth: number | null;
  /** d * (projected yT - y0) / |T - y0|. */
  readonly expected: number | null;
  /** CAGR(y0 -> yt), a fraction. */
  readonly actualRate: number | null;
  /** CAGR(y0 -> T), a fraction. */
  readonly requiredRate: number | null;
  /** Why growth (and a geometric expected) is null: a zero base, a sign change or negative values. */
  readonly issue: 'zero_base' | 'sign_change' | 'negative_value' | null;
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
  (num('base', y0), num('latest', yt), num('target', T));
  const elapsed = timeElapsed(t, t0, tT);
  if (elapsed <= 0) fail('non_positive_years', 'progressRatios', { baseYear: t0, latestYear: t });
  const whole = Math.abs(T - y0);
  if (whole === 0) fail('target_equals_base', 'progressRatios', { base: y0, target: T }, TARGET_EQUALS_BASE);
  const distance = out('progressRatios', (d * (yt - y0)) / whole, { input });
  const pace = out('progressRatios', distance / elapsed, { input });
  let actualRate: number | null = null;
  let requiredRate: number | null = null;
  let issue: Ratios['issue'] = null;
  try {
    actualRate = cagr(y0, yt, t - t0);
    requiredRate =
      cagr(y0, T, tT - t0) || fail('target_equals_base', 'progressRatios', { base: y0, target: T }, TARGET_EQUALS_BASE);
  } catch (e) {
    const c = (e as CalcError).code;
    if (c == 'non_finite' || c == 'target_equals_base') throw e;
    issue = c == 'zero_start' ? 'zero_base' : (c as 'sign_change' | 'negative_value');
    actualRate = null;
  }
  const growth =
    requiredRate === null ? null : out('progressRatios', (d * actualRate!) / Math.abs(requiredRate), { input });
  const linear = input.projection == 'linear';
  const expected = linear
    ? pace
    : actualRate === null
      ? null
      : out('progressRatios', (d * (y0 * Math.pow(1 + actualRate, tT - t0) - y0)) / whole, { input });
  return { elapsed, distance, pace, growth, expected, actualRate, requiredRate, issue };
};
