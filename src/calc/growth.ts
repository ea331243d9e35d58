/**
 * Compound growth. Rates are fractions (0.05 is 5% a year); years may be fractional.
 */
import { EMPTY_SERIES, fail, INVALID_RATE, num, out, span } from './check.js';

/** Compound growth from start to end over years, checked: a positive start, a non-negative end, years > 0. */
const grow = (fn: string, a: string, start: unknown, b: string, end: unknown, years: unknown, y = 'years'): number => {
  const s = num(a, start);
  const e = num(b, end);
  const d = { [a]: s, [b]: e, [y]: years };
  const c = s === 0 ? 'zero_start' : s * e < 0 ? 'sign_change' : s < 0 || e < 0 ? 'negative_value' : '';
  return c ? fail(c, fn, d) : out(fn, Math.pow(e / s, 1 / span(y, years)) - 1, d);
};

/** Compound annual growth rate: (end / start)^(1 / years) - 1 (Excel RRI). */
export const cagr = (start: number, end: number, years: number): number =>
  grow('cagr', 'start', start, 'end', end, years);

/** The annual rate that takes base to target in `years`: (target / base)^(1 / years) - 1. */
export const requiredCagr = (base: number, target: number, years: number): number =>
  grow('requiredCagr', 'base', base, 'target', target, years);

/** The annual rate needed from the latest value on: (target / latest)^(1 / (targetYear - latestYear)) - 1. */
export const remainingRequiredCagr = (latest: number, latestYear: number, target: number, targetYear: number): number =>
  grow(
    'remainingRequiredCagr',
    'latest',
    latest,
    'target',
    target,
    num('targetYear', targetYear) - num('latestYear', latestYear),
    'targetYear - latestYear',
  );

/** Checks a growth rate: a finite fraction >= -1 (a fall of at most 100%). */
const rate = (name: string, r: unknown): number =>
  num(name, r) >= -1 ? (r as number) : fail('invalid_rate', name, { [name]: r }, INVALID_RATE);

/** The value after `years` of growth at `rate`: base * (1 + rate)^years (years may be 0 or negative). */
export const projectValue = (base: number, r: number, years: number): number => {
  const b = num('base', base);
  const y = num('years', years);
  if (rate('rate', r) === -1 && y < 0)
    fail('invalid_rate', 'projectValue', { rate: r, years }, 'a rate of -1 cannot be projected backwards');
  return out('projectValue', b * Math.pow(1 + r, y), { base, rate: r, years });
};

/** Average of a growth-rate series: (prod(1 + g_i))^(1 / n) - 1. Never the CAGR of a rate. */
export const chainedAverageGrowth = (rates: readonly number[]): number => {
  if (!Array.isArray(rates)) fail('invalid_argument', 'chainedAverageGrowth', { rates }, 'pass an array of fractions');
  if (!rates.length) fail('empty_series', 'chainedAverageGrowth', { rates }, EMPTY_SERIES);
  let p = 1;
  rates.forEach((g, i) => (p *= 1 + rate(`rates[${i}]`, g)));
  return out('chainedAverageGrowth', Math.pow(p, 1 / rates.length) - 1, { rates });
};
