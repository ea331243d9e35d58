/**
 * ESCAP's anticipated progress: the value expected in the target year from a
 * time-weighted regression over the whole series (recent years weigh more),
 * not from two points, as a share of the progress required from the base.
 */
import { fail, num, out, sign } from './check.js';

/** A point of a series: a year and a value (in one unit). */
export interface SeriesPoint {
  readonly year: number;
  readonly value: number;
}

/** What `anticipatedProgress` needs: the series from the base year on, the target and the better direction. */
export interface AnticipatedInput {
  /** Base first (its year is t0), then the later figures; at least two years. */
  readonly series: readonly SeriesPoint[];
  readonly target: number;
  readonly targetYear: number;
  readonly direction: 'up' | 'down';
  /** `log` (default): compound growth, ln|y| on t; `linear`: y on t (counts). */
  readonly model?: 'log' | 'linear';
}

/** The regression and the ratio it gives. */
export interface Anticipated {
  /** d * (ŷ(tT) - y0) / |T - y0|. */
  readonly ratio: number;
  /** ŷ(tT) = yt * (1 + rate)^(tT - t) (log) or yt + slope * (tT - t) (linear): projected from the latest figure. */
  readonly projected: number;
  /** The fitted trend: a yearly rate as a fraction (log) or a yearly change in the unit (linear). */
  readonly trend: number;
  /** The weight of each point, in the series' order: w = t - t0 + 1. */
  readonly weights: readonly number[];
}

/** Why a series has no anticipated progress: a zero in a log series, or values on both sides of 0. */
export type AnticipatedIssue = 'zero_value' | 'sign_change';

/**
 * Weighted least-squares slope of y on t with weights w: sum w (t - t̄)(y - ȳ) / sum w (t - t̄)^2,
 * t̄ and ȳ the weighted means (internal).
 */
const slope = (ts: readonly number[], ys: readonly number[], ws: readonly number[]): number => {
  const W = ws.reduce((a, w) => a + w, 0);
  const tm = ts.reduce((a, t, i) => a + ws[i]! * t, 0) / W;
  const ym = ys.reduce((a, y, i) => a + ws[i]! * y, 0) / W;
  let sxy = 0;
  let sxx = 0;
  ts.forEach((t, i) => ((sxy += ws[i]! * (t - tm) * (ys[i]! - ym)), (sxx += ws[i]! * (t - tm) ** 2)));
  return sxy / sxx;
};

/**
 * Anticipated progress ratio = d * (ŷ(tT) - y0) / |T - y0|, ŷ from a regression of ln|y| (or y) on the year
 * weighted by w = t - t0 + 1, projected from the latest figure; an issue code instead where no log exists.
 */
export const anticipatedProgress = (input: AnticipatedInput): Anticipated | AnticipatedIssue => {
  const valid =
    'pass { series: [{ year, value }, ...] (at least two years, base first), target, targetYear, direction }';
  if (input === null || typeof input != 'object' || !Array.isArray(input.series))
    fail('invalid_argument', 'anticipatedProgress', { input }, valid);
  const d = sign(input.direction);
  const T = num('target', input.target);
  const tT = num('targetYear', input.targetYear);
  const pts = input.series.map((p, i) => ({
    t: num(`series[${i}].year`, p?.year),
    y: num(`series[${i}].value`, p?.value),
  }));
  const first = pts[0];
  const last = pts[pts.length - 1];
  if (!first || !last || pts.length < 2 || pts.some((p, i) => i > 0 && p.t <= pts[i - 1]!.t) || last.t > tT)
    return fail(
      'invalid_argument',
      'anticipatedProgress',
      { series: input.series, targetYear: tT },
      `${valid}; years ascending, up to the target year`,
    );
  const whole = Math.abs(T - first.y);
  if (whole === 0)
    fail(
      'target_equals_base',
      'anticipatedProgress',
      { base: first.y, target: T },
      'a target equal to its base leaves no progress to measure',
    );
  const log = input.model !== 'linear';
  const s = first.y < 0 ? -1 : 1;
  if (log && pts.some((p) => p.y === 0)) return 'zero_value';
  if (log && pts.some((p) => p.y * s < 0)) return 'sign_change';
  const weights = pts.map((p) => p.t - first.t + 1);
  const b = slope(
    pts.map((p) => p.t),
    pts.map((p) => (log ? Math.log(s * p.y) : p.y)),
    weights,
  );
  const projected = log ? last.y * Math.exp(b * (tT - last.t)) : last.y + b * (tT - last.t);
  const detail = { input };
  return {
    ratio: out('anticipatedProgress', (d * (projected - first.y)) / whole, detail),
    projected: out('anticipatedProgress', projected, detail),
    trend: out('anticipatedProgress', log ? Math.exp(b) - 1 : b, detail),
    weights,
  };
};
