/**
 * The data of a share chart: a share indicator as part of its named whole,
 * with its base, latest and target shares (from `targetView` where the plan
 * sets a target), or its first and latest full-year figures where it sets none;
 * and several shares of one whole for the composition mode. Shares are percent
 * of the whole, as the plan and the observations give them: nothing is computed.
 */
import {
  observationsIn,
  targetIn,
  type Bound,
  type Comparator,
  type IndicatorDef as Indicator,
  type Observation,
  type PlanData,
  type TargetDef as Target,
  type Whole,
} from '../../src/core.js';
import { problem, ProblemError } from '../base/problems.js';
import { targetView, type TargetView, type TargetViewOptions } from './target-view.js';

/** What a bar shows. */
export type ShareBarKind = 'base' | 'latest' | 'observed' | 'target';

/** One bar: a share (percent of the whole) in a year. */
export interface ShareBar {
  readonly kind: ShareBarKind;
  readonly year: number;
  readonly value: number;
  /** A lower bound of an observation, or the target's comparator. */
  readonly bound: Bound | Comparator;
  readonly observation: Observation | null;
}

/** One share indicator with its bars. */
export interface ShareSeries {
  readonly indicator: Indicator;
  readonly whole: Whole | null;
  readonly target: Target | null;
  /** The target's view (status, sources), where the plan sets a target. */
  readonly view: TargetView | null;
  readonly bars: readonly ShareBar[];
}

const VINTAGE: Record<string, number> = { plan: 0, preliminary: 1, final: 2, revised: 3 };

/** The target of an indicator, or null where the plan sets none (other errors are thrown). */
function targetOrNull(id: string, plan: PlanData): Target | null {
  try {
    return targetIn(plan, id);
  } catch (e) {
    if ((e as { code?: string }).code === 'no_target') return null;
    throw e;
  }
}

/** Full-year share observations, one per year (the newest release of it), oldest first. */
function yearly(list: readonly Observation[]): Observation[] {
  const by = new Map<number, Observation>();
  for (const o of list) {
    if (o.measure !== 'share' || o.period !== 'FY') continue;
    const had = by.get(o.year);
    if (!had || (VINTAGE[o.vintage] ?? 0) >= (VINTAGE[had.vintage] ?? 0)) by.set(o.year, o);
  }
  return [...by.values()].sort((a, b) => a.year - b.year);
}

/** The bars of one share indicator; throws `not_a_share` for an indicator that is not a share. */
export function shareSeries(id: string, options: TargetViewOptions): ShareSeries {
  const plan = options.plan;
  // An unknown id throws unknown_id from targetIn (with the plan's closest ids).
  const indicator = plan.indicators.find((i) => i.id === id) ?? (targetIn(plan, id) as never);
  if (indicator.kind !== 'share') {
    throw new ProblemError(
      problem(
        'not_a_share',
        `Indicator '${id}' is a ${indicator.kind}, not a share of a whole, so <qd-share-chart> cannot show it. Use a share indicator (e.g. producer-services-share-of-services) or <qd-trend-chart indicator="${id}">.`,
        { id },
      ),
    );
  }
  const target = targetOrNull(id, plan);
  const whole = indicator.whole ?? target?.whole ?? null;
  if (target) {
    const view = targetView(id, options);
    const bars: ShareBar[] = [];
    const baseObs = view.assessment.base?.observations.at(-1) ?? null;
    if (view.base && view.baseStated)
      bars.push({ kind: 'base', year: view.base.year, value: view.base.value, bound: 'exact', observation: baseObs });
    if (view.latest)
      bars.push({
        kind: 'latest',
        year: view.latest.year,
        value: view.latest.value,
        bound: view.latest.bound,
        observation: view.latestObservation,
      });
    bars.push({
      kind: 'target',
      year: target.targetYear,
      value: target.value,
      bound: target.comparator,
      observation: null,
    });
    return { indicator, whole, target, view, bars };
  }
  const own = (options.observations ?? []).filter((o) => o.indicator === id);
  const list = yearly(observationsIn(plan, id, own));
  const ends = list.length > 1 ? [list[0]!, list[list.length - 1]!] : list;
  const bars = ends.map((o): ShareBar => ({
    kind: 'observed',
    year: o.year,
    value: o.value,
    bound: o.bound,
    observation: o,
  }));
  return { indicator, whole, target: null, view: null, bars };
}

const wholeKey = (w: Whole | null): string => (w ? (w.indicator ?? w.name.zh) : '');

/**
 * Several shares of one whole (composition mode). Throws `share_whole_mismatch` where the
 * indicators are shares of different wholes (or of none the plan names).
 */
export function compositionSeries(ids: readonly string[], options: TargetViewOptions): ShareSeries[] {
  const series = ids.map((id) =>
    shareSeries(id, {
      asOf: options.asOf,
      observations: options.observations,
      plan: options.plan,
    }),
  );
  const keys = new Set(series.map((s) => wholeKey(s.whole)));
  if (keys.size > 1 || keys.has('')) {
    const detail = series.map((s) => `${s.indicator.id} (${s.whole ? s.whole.name.en : 'no whole named'})`).join(', ');
    throw new ProblemError(
      problem(
        'share_whole_mismatch',
        `The indicators of a composition must be shares of one named whole; got ${detail}. For example: indicators="producer-services-share-of-services,transport-share-of-services" (of services value added).`,
        { detail },
      ),
    );
  }
  return series;
}
