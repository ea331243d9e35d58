/**
 * Distance to a target and time elapsed in the plan period.
 */
import { fail, num, out, sign, span, TARGET_EQUALS_BASE } from './check.js';

/** The gap left to a target: remaining = d * (T - latest) (> 0 not yet met) and, with a base, remaining / |T - y0|. */
export const targetGap = (
  latest: number,
  target: number,
  direction: 'up' | 'down',
  base?: number,
): { remaining: number; fraction: number | null } => {
  const d = { latest: num('latest', latest), target: num('target', target), direction, base };
  const remaining = out('targetGap', sign(direction) * (target - latest), d);
  if (base === undefined) return { remaining, fraction: null };
  const whole = Math.abs(target - num('base', base));
  if (whole === 0) fail('target_equals_base', 'targetGap', d, TARGET_EQUALS_BASE);
  return { remaining, fraction: out('targetGap', remaining / whole, d) };
};

/** Share of the period elapsed, a fraction: (t - t0) / (tT - t0). */
export const timeElapsed = (t: number, t0: number, tT: number): number => {
  const n = span('tT - t0', num('tT', tT) - num('t0', t0));
  return out('timeElapsed', (num('t', t) - t0) / n, { t, t0, tT });
};
