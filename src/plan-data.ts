/**
 * A plan as data: the bundled plan, or a whole plan a site brings in the
 * published schema (`plan.json`), checked and indexed the same way. Lookups
 * throw a `PlanError` naming the closest ids. A site's plan is read by
 * `planFromJson` (plan-json.ts, with the precompiled schema).
 */
import { PlanError, describeValue } from './errors.js';
import { closest } from './suggest.js';
import type {
  Bound,
  DimensionDef,
  FigureDef,
  IndicatorDef,
  IndustryDef,
  Observation,
  ObservationMeasure,
  PlanMeta,
  TargetDef,
} from './types.js';

/** A plan, bundled or a site's own: metadata, structure, indicators, figures, targets and its own figures as observations. */
export interface PlanData {
  readonly meta: PlanMeta;
  readonly dimensions: readonly DimensionDef[];
  readonly industries: readonly IndustryDef[];
  readonly indicators: readonly IndicatorDef[];
  readonly figures: readonly FigureDef[];
  readonly targets: readonly TargetDef[];
  /** The plan's results with a stated year, as observations of vintage `plan` (source: the quote). */
  readonly observations: readonly Observation[];
  /** `bundled` for the library's plan, `user` for one a site passed in. */
  readonly origin: 'bundled' | 'user';
}

const MEASURE: Partial<Record<string, ObservationMeasure>> = {
  level: 'level',
  share: 'share',
  count: 'count',
  avg_annual_growth: 'avg_annual_growth',
  cumulative_growth: 'cumulative_growth',
};
const BOUND: Partial<Record<string, Bound>> = { exact: 'exact', at_least: 'at_least', more_than: 'more_than' };

/** The plan's own results with a stated year, as observations of vintage `plan` (source: the plan's quote). */
export function planObservationsOf(figures: readonly FigureDef[], publisher: string): Observation[] {
  return figures.flatMap((f): Observation[] => {
    const measure = MEASURE[f.kind];
    const bound = BOUND[f.qualifier];
    if (f.role !== 'result' || !f.yearStated || !measure || !bound) return [];
    return [
      {
        indicator: f.indicator,
        year: f.year,
        period: 'FY',
        measure,
        ...(f.period && measure !== 'level' ? { since: f.period.from } : {}),
        value: f.value,
        bound,
        unit: f.unit,
        priceBasis: f.priceBasis,
        vintage: 'plan',
        publisher,
        published: null,
        url: null,
        reliability: 'official',
        source: f.source,
        origin: 'bundled',
      },
    ];
  });
}

/** A plan from its parts (the bundled data goes through here too). */
export function planData(parts: Omit<PlanData, 'targets' | 'observations'>): PlanData {
  const targets = parts.figures.filter((f): f is TargetDef => f.role === 'target');
  const publisher =
    parts.origin === 'bundled' ? '本规划（青岛市“十四五”现代服务业发展规划）' : `${parts.meta.title.zh}`;
  return { ...parts, targets, observations: planObservationsOf(parts.figures, publisher) };
}

/** Throws `invalid_argument` unless `plan` is a PlanData (`bundledPlan` or from `planFromJson`). */
export function expectPlan(fn: string, plan: unknown): asserts plan is PlanData {
  const p = plan as Partial<PlanData> | null;
  if (
    p === null ||
    typeof p !== 'object' ||
    !Array.isArray(p.targets) ||
    !Array.isArray(p.indicators) ||
    !Array.isArray(p.observations)
  ) {
    throw new PlanError(
      'invalid_argument',
      `${fn} expects a plan from planFromJson() (or bundledPlan), got ${describeValue(plan)}.`,
    );
  }
}

/** The target a plan sets for an indicator; `unknown_id` / `no_target` with the closest ids otherwise. */
export function targetIn(plan: PlanData, indicator: unknown): TargetDef {
  expectPlan('targetIn', plan);
  if (typeof indicator !== 'string')
    throw new PlanError('invalid_argument', `Expected an indicator id as a string, got ${describeValue(indicator)}.`);
  // Suggestions name only indicators with a target: what the caller can use here.
  const withTargets = plan.targets.map((t) => t.indicator);
  if (!plan.indicators.some((i) => i.id === indicator)) {
    const suggestions = closest(indicator, withTargets);
    throw new PlanError(
      'unknown_id',
      `Unknown indicator id ${describeValue(indicator)}. Did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?`,
      { id: indicator, kind: 'indicator', suggestions },
    );
  }
  const hit = plan.targets.find((t) => t.indicator === indicator);
  if (hit) return hit;
  throw new PlanError(
    'no_target',
    `The plan sets no target for indicator ${describeValue(indicator)}. Indicators with a target: ${withTargets.join(', ')}.`,
    { indicator, suggestions: closest(indicator, withTargets) },
  );
}
