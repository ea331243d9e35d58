/**
 * The figures each target form is judged on (internal): values in the target's
 * unit by year, the base, and the path the progress ratios run along.
 */
import type { TargetDef } from '../types.js';
import type { Evidence, ReasonCode } from './model.js';
import type { Point, Selection } from './select.js';
import type { CalcError } from './errors.js';
import { cagr, chainedAverageGrowth } from './growth.js';
import { relativeChange } from './change.js';
import { fail } from './check.js';

/** The path of the progress ratios: base y0, latest yt at year t, target T (all in one unit). */
export interface Path {
  readonly y0: number;
  readonly yt: number;
  readonly T: number;
  readonly latest: Evidence;
  /** The year of y0: the stated base year, or the first year with a figure after it (`baseYearRule: 'first_after'`). */
  readonly t0: number;
  /** Every exact full-year point of the path from y0 to yt, by year (for ESCAP's weighted regression). */
  readonly series: readonly { readonly year: number; readonly value: number }[];
}

/** What a form yields for `assess`. */
export interface Gathered {
  /** Figures in the target's unit, by year ascending, that may show the target met. */
  readonly figures: Evidence[];
  readonly base: Evidence | null;
  readonly path: Path | null;
  readonly why: ReasonCode[];
}

const ev = (p: Point, value = p.value, more: readonly Point[] = []): Evidence => ({
  value,
  unit: p.unit,
  year: p.year,
  bound: p.bound,
  observations: [...more.map((q) => q.obs), p.obs],
});
const exact = (e: Evidence | undefined): e is Evidence => e?.bound == 'exact';
const reason = (e: unknown): ReasonCode => {
  const c = (e as CalcError).code;
  if (c == 'zero_start') return 'zero_base';
  if (c == 'sign_change' || c == 'negative_value') return c;
  throw e;
};

/** Gathers the figures of `target` from the selected points (see the module note). */
export const gather = (
  target: TargetDef,
  sel: Selection,
  t0: number,
  tT: number,
  baseOpt: number | undefined,
  firstAfter = false,
): Gathered => {
  const form = target.form;
  const T = target.value;
  const why: ReasonCode[] = [];
  const all = sel.points;
  const of = (m: string) =>
    all.filter((p) => p.measure == m && (m == 'avg_annual_growth' || m == 'cumulative_growth' ? p.since === t0 : true));
  const basePoint = (ps: Point[]) => ps.find((p) => p.year == t0 && p.fy && p.bound == 'exact');
  const baseOf = (ps: Point[]): Evidence | null => {
    const p = basePoint(ps);
    return baseOpt !== undefined ? { value: baseOpt, year: t0, bound: 'exact', observations: [] } : p ? ev(p) : null;
  };
  const after = (ps: Point[]) => ps.filter((p) => p.year > t0);
  let figures: Evidence[] = [];
  let base: Evidence | null = null;
  let path: Path | null = null;
  const latestExact = () => figures.filter((f) => f.year > t0 && exact(f)).pop();

  if (['level', 'ratio', 'share', 'count', 'per_year_count', 'pp_change'].includes(form)) {
    const ps = of(
      form == 'level' || form == 'ratio' ? 'level' : form == 'count' || form == 'per_year_count' ? 'count' : 'share',
    );
    if (!ps.length && all.some((p) => p.measure.includes('growth'))) why.push('growth_rate_series');
    base = baseOf(ps);
    // Open SDG's rule for a missing base year: the first year with a figure after it (targets stated as levels only).
    const moved =
      !base && firstAfter && form != 'pp_change'
        ? ps.find((p) => p.year > t0 && p.fy && p.bound == 'exact')
        : undefined;
    if (moved) base = ev(moved);
    if (!base) why.push('base_missing');
    const b0 = base?.year ?? t0;
    if (form != 'pp_change') figures = ps.filter((p) => p.year >= t0).map((p) => ev(p));
    else if (base) figures = after(ps).map((p) => ev(p, p.value - base!.value));
    const l = figures.filter((f) => f.year > b0 && exact(f)).pop();
    if (base && l) {
      // A pp_change path runs on the share itself (distance and pace do not change; growth needs the levels).
      const level = (f: Evidence) => (form == 'pp_change' ? (f.observations.at(-1)?.value ?? f.value) : f.value);
      const series = [
        { year: b0, value: base.value },
        ...figures
          .filter((f) => f.year > b0 && f.year <= l.year && exact(f))
          .map((f) => ({ year: f.year, value: level(f) })),
      ];
      const T0 = form == 'pp_change' ? base.value + T : T;
      path = { y0: base.value, yt: level(l), T: T0, latest: l, t0: b0, series };
    }
  } else if (form == 'new_count') {
    const ps = of('count');
    base = { value: 0, year: t0, bound: 'exact', observations: [] };
    let sum = 0;
    let bound = 'exact' as Evidence['bound'];
    const used: Point[] = [];
    for (let y = t0 + 1, last = ps[ps.length - 1]?.year ?? t0; y <= Math.min(last, tT); y++) {
      const p = ps.find((q) => q.year == y);
      if (!p || p.bound != 'exact') bound = p?.bound == 'more_than' || bound == 'more_than' ? 'more_than' : 'at_least';
      if (!p) continue;
      if (p.value < 0) fail('negative_value', 'assess', { year: y, additions: p.value }, 'additions must be >= 0');
      sum += p.value;
      used.push(p);
      figures.push({ value: sum, year: y, bound, observations: used.map((q) => q.obs) });
    }
    const l = figures[figures.length - 1];
    const series = [{ year: t0, value: 0 }, ...figures.map((f) => ({ year: f.year, value: f.value }))];
    if (bound != 'exact') why.push('insufficient_data');
    else if (l) path = { y0: 0, yt: l.value, T, latest: l, t0, series };
  } else {
    // Growth forms: figures in percent, from official rates, chained yearly rates or levels.
    const avg = form == 'avg_annual_growth';
    const byYear = new Map<number, Evidence>();
    const levels = of('level');
    const b = basePoint(levels);
    base = baseOf(levels);
    for (const p of after(levels))
      if (base)
        try {
          const v = avg ? cagr(base.value, p.value, p.year - t0) : relativeChange(base.value, p.value);
          // A rate computed from levels is in percent, not in the levels' unit.
          byYear.set(p.year, { ...ev(p, v * 100, b ? [b] : []), unit: '%' });
        } catch (e) {
          why.push(reason(e));
        }
      else why.push('base_missing');
    const rates: number[] = [];
    const chain: Point[] = [];
    for (const p of of('yoy_growth'))
      if (p.year == t0 + chain.length + 1 && p.bound == 'exact') {
        const g = chainedAverageGrowth([...rates, p.value / 100]);
        rates.push(p.value / 100);
        chain.push(p);
        byYear.set(p.year, ev(p, 100 * (avg ? g : Math.pow(1 + g, rates.length) - 1), chain.slice(0, -1)));
      }
    for (const p of of(form)) byYear.set(p.year, ev(p));
    figures = [...byYear.values()].sort((x, y) => x.year - y.year);
    if (!figures.length && all.some((p) => p.measure == 'yoy_growth')) why.push('insufficient_data');
    const l = latestExact();
    // The path runs on an index of 1 at the base: (1 + g)^k for average growth, 1 + c for cumulative growth.
    const index = (f: Evidence) => (avg ? Math.pow(1 + f.value / 100, f.year - t0) : 1 + f.value / 100);
    const series = [
      { year: t0, value: 1 },
      ...figures.filter((f) => f.year > t0 && exact(f)).map((f) => ({ year: f.year, value: index(f) })),
    ];
    if (l)
      path = {
        y0: 1,
        yt: index(l),
        T: avg ? Math.pow(1 + T / 100, tT - t0) : 1 + T / 100,
        latest: l,
        t0,
        series: series.filter((p) => p.year <= l.year),
      };
  }
  return { figures, base, path, why };
};
