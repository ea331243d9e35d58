/**
 * Which observations an assessment may use (internal): same indicator, not
 * after the horizon, in a compatible unit, one vintage per figure, and
 * part-year figures as lower bounds of a non-negative flow (or not at all).
 */
import { KNOWN_UNITS, type Bound, type Observation, type ObservationMeasure, type TargetDef } from '../types.js';
import type { Warning } from './model.js';
import { fail, num, out } from './check.js';
import { shift } from './decimal.js';

/** A usable figure: one observation, its value in the reference unit, and its bound. */
export interface Point {
  readonly year: number;
  readonly value: number;
  readonly bound: Bound;
  readonly measure: ObservationMeasure;
  readonly since: number | undefined;
  readonly fy: boolean;
  readonly obs: Observation;
  /** The unit of `value` (after any conversion). */
  readonly unit: string;
}

/** What `select` found, with what it dropped and why. */
export interface Selection {
  readonly points: Point[];
  readonly warnings: Warning[];
  /** Observations of the indicator up to the horizon (before any filter). */
  readonly seen: number;
  readonly definitionDiffers: boolean;
  readonly partYearDropped: boolean;
}

// Vintages from oldest to newest, as the schema orders them (types.ts `Vintage`).
const RANK: Record<string, number> = { plan: 0, preliminary: 1, final: 2, revised: 3 };
const TRUST: Record<string, number> = { official: 2, mainstream: 1 };
const PCT = ['%', '％'];

// The fields `select` reads of an observation and their types ('?': may be missing).
const FIELDS = {
  period: 'string',
  measure: 'string',
  bound: 'string',
  unit: 'string',
  vintage: 'string',
  since: 'number?',
  published: 'string?',
  reliability: 'string?',
  priceBasis: 'string?',
};

/** A CalcError unless an observation has a finite value and the fields `select` reads, of their types. */
const check = (o: Observation): void => {
  num('observation.value', o.value);
  for (const [k, t] of Object.entries(FIELDS)) {
    const v = o[k as keyof Observation];
    if (typeof v != t.replace('?', '') && !(t.endsWith('?') && v == null))
      fail(
        'invalid_argument',
        'assess',
        { [`observation.${k}`]: v },
        `pass a ${t.replace('?', ' or nothing')} (validateObservations checks observations)`,
      );
  }
};

const better = (a: Observation, b: Observation, plan: boolean): boolean => {
  const r = (o: Observation) => (plan && o.vintage == 'plan' ? 4 : (RANK[o.vintage] ?? -1));
  const k = (o: Observation) =>
    [r(o), o.bound == 'exact' ? 1 : 0, o.published ?? '', TRUST[o.reliability] ?? 0] as const;
  const x = k(a);
  const y = k(b);
  for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return (x[i] as number | string) > (y[i] as number | string);
  return false;
};

/** Selects the usable figures of `target.indicator` up to `horizon` (see the module note). */
export const select = (
  target: TargetDef,
  observations: readonly Observation[],
  horizon: number,
  asOf: number,
  plan: boolean,
  flow: boolean,
): Selection => {
  const warnings: Warning[] = [];
  const groups = new Map<string, Observation[]>();
  let seen = 0;
  let definitionDiffers = false;
  let partYearDropped = false;
  let ref: string | undefined = PCT.includes(target.unit) || target.unit == '个百分点' ? undefined : target.unit;
  const pts: Point[] = [];
  for (const o of observations) {
    if (o?.indicator !== target.indicator || num('observation.year', o.year) > asOf) continue;
    check(o);
    if (o.year > horizon) {
      warnings.push({ code: 'after_target_year_ignored', year: o.year, observation: o });
      continue;
    }
    seen++;
    const key = `${o.year}|${o.period}|${o.measure}|${o.since}`;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  for (const group of groups.values()) {
    let o = group[0] as Observation;
    for (const c of group) if (better(c, o, plan)) o = c;
    if (group.length > 1)
      warnings.push({ code: 'vintage_chosen', year: o.year, observation: o, others: group.filter((c) => c !== o) });
    let value = num('observation.value', o.value);
    let bound = o.bound;
    const level = o.measure == 'level' || o.measure == 'count';
    if (level ? o.unit !== (ref ??= o.unit) : !PCT.includes(o.unit)) {
      // Scales of one unit convert (亿元 and 万亿元, model/units.ts); other units measure something else.
      const a = Object.hasOwn(KNOWN_UNITS, o.unit) ? KNOWN_UNITS[o.unit] : undefined;
      const b = Object.hasOwn(KNOWN_UNITS, ref!) ? KNOWN_UNITS[ref!] : undefined;
      if (!level || !a || !b || a.base !== b.base || a.currency !== b.currency) {
        definitionDiffers = true;
        warnings.push({ code: 'definition_differs', year: o.year, observation: o });
        continue;
      }
      value = out('assess', shift(value, a.exp - b.exp), { observation: o });
      warnings.push({ code: 'unit_converted', year: o.year, observation: o });
    }
    const fy = o.period == 'FY';
    if (!fy) {
      if (!flow || !level || value < 0) {
        partYearDropped = true;
        warnings.push({ code: 'part_year_ignored', year: o.year, observation: o });
        continue;
      }
      if (bound == 'exact') bound = 'at_least';
      warnings.push({ code: 'part_year_bound', year: o.year, observation: o });
    }
    pts.push({
      year: o.year,
      value,
      bound,
      measure: o.measure,
      since: o.since,
      fy,
      obs: o,
      unit: level ? ref! : o.unit,
    });
  }
  // One figure a year and measure: the full year, else the highest part-year bound.
  const best = new Map<string, Point>();
  for (const p of pts) {
    const k = `${p.year}|${p.measure}|${p.since}`;
    const q = best.get(k);
    if (!q || (p.fy && !q.fy) || (p.fy == q.fy && p.value > q.value)) best.set(k, p);
  }
  const points = [...best.values()].sort((a, b) => a.year - b.year);
  return { points, warnings, seen, definitionDiffers, partYearDropped };
};
