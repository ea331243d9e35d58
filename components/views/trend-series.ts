/**
 * The data of a trend chart, from a `TargetView` and the calculation library
 * (never the widget's own arithmetic):
 *
 * - points: the base, then for each year with observations the figure the
 *   assessment uses as of that year (`assess(target, observations, { asOf: year })`:
 *   a level, a share, cumulative additions, an average growth rate ... in the
 *   target's unit), a lower bound marked as such; part-year figures of the
 *   target's measure and (for growth targets) year-on-year rates, drawn apart;
 * - the required path from base to target: compound for levels and cumulative
 *   growth (`requiredCagr`, `projectValue`), straight for shares and counts, a
 *   horizontal reference for average-growth and every-year targets;
 * - the projection to the target year at the observed rate: compound
 *   (`assessment.ratios.actualRate`, `projectValue`) or straight (the line
 *   through base and latest) as the assessment itself projects.
 */
import { assess, projectValue, requiredCagr } from '../../src/core.js';
import type { Bound, Observation, ObservationMeasure, ObservationPeriod } from '../../src/core.js';
import { onLine, type DataPoint } from './chart.js';
import type { TargetView } from './target-view.js';

/** How a point is drawn and described. */
export type PointKind = 'base' | 'observed' | 'bound' | 'part' | 'yoy';

/** One point of the chart. */
export interface TrendPoint extends DataPoint {
  readonly kind: PointKind;
  readonly bound: Bound;
  readonly period: ObservationPeriod;
  /** The observation to cite (the last one the figure rests on); null for an implied base (0 additions). */
  readonly observation: Observation | null;
}

/** How the required path is drawn. */
export type PathKind = 'geometric' | 'linear' | 'reference';

/** Everything a trend chart draws. */
export interface TrendModel {
  /** `rate` for growth targets (values are percentages of growth). */
  readonly scale: 'value' | 'rate';
  readonly points: readonly TrendPoint[];
  /** The base point, where drawn. */
  readonly base: TrendPoint | null;
  /** The required path (dashed), or null where it cannot be drawn (no base). */
  readonly required: { readonly kind: PathKind; readonly points: readonly DataPoint[] } | null;
  /** The projection at the observed rate (dotted), from the latest exact figure to the target year. */
  readonly projection: readonly DataPoint[] | null;
  /** The target as a point (at the target year). */
  readonly target: DataPoint;
  /** First and last year shown. */
  readonly years: readonly [number, number];
  /** Whether any observation after the base year is drawn. */
  readonly hasData: boolean;
}

const GROWTH = ['avg_annual_growth', 'cumulative_growth'];
const GEOMETRIC = ['level', 'cumulative_growth'];
const MEASURE: Partial<Record<string, ObservationMeasure>> = {
  level: 'level',
  share: 'share',
  count: 'count',
  new_count: 'count',
  per_year_count: 'count',
};

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(to - from + 1, 0) }, (_, i) => from + i);

/** The figures the assessment would use, year by year (as of each year with an observation). */
function figures(view: TargetView, last: number): TrendPoint[] {
  const t = view.target;
  const t0 = view.assessment.baseYear;
  const years = [...new Set(view.observations.map((o) => o.year))]
    .filter((y) => y > t0 && y <= last)
    .sort((a, b) => a - b);
  const out: TrendPoint[] = [];
  for (const year of years) {
    let e;
    try {
      e = assess(t, view.observations, { asOf: year }).latest;
    } catch {
      continue;
    }
    if (!e || e.year !== year) continue;
    const obs = e.observations[e.observations.length - 1] ?? null;
    out.push({
      year,
      value: e.value,
      kind: e.bound === 'exact' ? 'observed' : 'bound',
      bound: e.bound,
      period: 'FY',
      observation: obs,
    });
  }
  return out;
}

/** Part-year figures and lower bounds of the target's measure, and year-on-year rates for growth targets: drawn apart, never joined. */
function extras(view: TargetView, last: number, taken: readonly TrendPoint[]): TrendPoint[] {
  const t = view.target;
  const measure = MEASURE[t.form];
  const t0 = view.assessment.baseYear;
  const used = new Set(taken.flatMap((p) => (p.observation ? [p.observation] : [])));
  const out: TrendPoint[] = [];
  for (const o of view.observations) {
    if (o.year < t0 || o.year > last || used.has(o) || o.unit !== t.unit) continue;
    const same = o.measure === measure && t.form !== 'new_count';
    const free = !taken.some((p) => p.year === o.year);
    // A full-year lower bound the assessment did not pick as its figure (it decides on exact ones) is still drawn, as a bound.
    const kind =
      same && o.period !== 'FY'
        ? 'part'
        : same && o.bound !== 'exact' && free
          ? 'bound'
          : GROWTH.includes(t.form) && o.measure === 'yoy_growth' && o.period === 'FY' && free
            ? 'yoy'
            : null;
    if (kind) out.push({ year: o.year, value: o.value, kind, bound: o.bound, period: o.period, observation: o });
  }
  return out;
}

function requiredPath(view: TargetView, base: TrendPoint | null, t0: number): TrendModel['required'] {
  const t = view.target;
  const tT = t.targetYear;
  if (t.form === 'avg_annual_growth' || t.form === 'per_year_count') {
    return {
      kind: 'reference',
      points: [
        { year: t.form === 'per_year_count' ? t0 + 1 : t0, value: t.value },
        { year: tT, value: t.value },
      ],
    };
  }
  if (t.form === 'cumulative_growth') {
    // Cumulative growth from 0% at the base: compound on an index of 1 at the base (1 + T/100 at the target).
    try {
      const r = requiredCagr(1, 1 + t.value / 100, tT - t0);
      return {
        kind: 'geometric',
        points: range(t0, tT).map((year) => ({ year, value: (projectValue(1, r, year - t0) - 1) * 100 })),
      };
    } catch {
      return null;
    }
  }
  if (!base) return null;
  if (GEOMETRIC.includes(t.form)) {
    try {
      const r = view.assessment.ratios.requiredRate ?? requiredCagr(base.value, t.value, tT - t0);
      return {
        kind: 'geometric',
        points: range(t0, tT).map((year) => ({ year, value: projectValue(base.value, r, year - t0) })),
      };
    } catch {
      // A zero base: no compound path exists; fall back to a straight one.
    }
  }
  return {
    kind: 'linear',
    points: [
      { year: t0, value: base.value },
      { year: tT, value: t.value },
    ],
  };
}

function projectionPath(view: TargetView, base: TrendPoint | null, points: readonly TrendPoint[]): DataPoint[] | null {
  const t = view.target;
  const tT = t.targetYear;
  const latest = [...points].reverse().find((p) => p.kind === 'observed');
  if (!latest || latest.year >= tT || !base || GROWTH.includes(t.form) || t.form === 'per_year_count') return null;
  if (GEOMETRIC.includes(t.form)) {
    const r = view.assessment.ratios.actualRate;
    if (r === null) return null;
    try {
      return range(latest.year, tT).map((year) => ({ year, value: projectValue(latest.value, r, year - latest.year) }));
    } catch {
      return null;
    }
  }
  return [latest, onLine(base, latest, tT)];
}

/** The trend chart's data for a target (see the module note). */
export function trendModel(view: TargetView): TrendModel {
  const t = view.target;
  const a = view.assessment;
  const t0 = a.baseYear;
  const tT = t.targetYear;
  const last = Math.min(a.asOf, tT);
  const growth = GROWTH.includes(t.form);
  const baseObs = a.base?.observations[a.base.observations.length - 1] ?? null;
  const base: TrendPoint | null =
    !growth && view.base && (view.baseStated || t.form === 'new_count')
      ? {
          year: view.base.year,
          value: view.base.value,
          kind: 'base',
          bound: 'exact',
          period: 'FY',
          observation: baseObs,
        }
      : null;
  const main = figures(view, last);
  const more = extras(view, last, main);
  const points = [...(base ? [base] : []), ...main, ...more].sort((p, q) => p.year - q.year);
  const first = Math.min(t0, ...points.map((p) => p.year));
  return {
    scale: growth ? 'rate' : 'value',
    points,
    base,
    required: requiredPath(view, base, t0),
    projection: projectionPath(view, base, points),
    target: { year: tT, value: t.value },
    years: [first, tT],
    hasData: main.length + more.length > 0,
  };
}
