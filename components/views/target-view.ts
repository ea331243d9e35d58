/**
 * The data helper of the widgets: one indicator id in, everything a widget
 * shows about its target out (`targetView`), computed by the library
 * (`src/core`: the plan in use, its observations, the calculations) so
 * widgets never compute. Also: merging a site's observations over the plan's
 * own, and turning the rows of a light-DOM table into observations.
 */
import {
  assess,
  mergeObservations,
  observationsIn,
  remainingRequiredCagr,
  requiredCagr,
  round,
  targetByIdIn,
  targetIn,
  type Assessment,
  type Evidence,
  type FigureDef,
  type IndicatorDef,
  type Observation,
  type ObservationMeasure,
  type PlanData,
  type TargetDef,
  type Text,
} from '../../src/core.js';
import { problem, ProblemError } from '../base/problems.js';
import { TABLE_PUBLISHER, type TableRow } from '../base/table.js';

type Figure = FigureDef;
type Indicator = IndicatorDef;
type Target = TargetDef;

/** The annual growth still required to reach a target, or why none is shown. */
export type RequiredGrowth =
  | {
      readonly kind: 'rate';
      /** A fraction (0.05 is 5% a year). */ readonly rate: number;
      readonly from: 'latest' | 'base';
      readonly fromYear: number;
    }
  | { readonly kind: 'met' }
  | { readonly kind: 'not_applicable' }
  | { readonly kind: 'unavailable' };

/** A value with its year (the base the widget shows). */
export interface YearValue {
  readonly value: number;
  readonly year: number;
  /** The unit of `value`: the base of a growth target is a level in its source's unit (亿元), not the target's %. */
  readonly unit: string;
}

/** Everything a widget shows about one indicator's target. */
export interface TargetView {
  readonly indicator: Indicator;
  readonly target: Target;
  /** The plan's base figure (e.g. the 2020 value), null where the text gives none. */
  readonly baseFigure: Figure | null;
  /** The base the assessment used (or the plan's base figure); null where there is none. */
  readonly base: YearValue | null;
  /** True where `base` is stated (by the plan or an observation) rather than implied (0 additions at the start). */
  readonly baseStated: boolean;
  /** The latest figure after the base year that the assessment used; null: none yet. */
  readonly latest: Evidence | null;
  /** The observation to cite for `latest` (publisher, date, URL or the plan's quote). */
  readonly latestObservation: Observation | null;
  /** All observations of the indicator: the plan's own and outcomes, and the site's own, merged. */
  readonly observations: readonly Observation[];
  readonly assessment: Assessment;
  /** How far from base to target the latest value is (the distance ratio; 1 is the target), null where not computable. */
  readonly progress: number | null;
  readonly required: RequiredGrowth;
  /** The title of the document the target is quoted from, where it is not the plan itself (`source.document`). */
  readonly sourceDocument: Text | null;
}

/** Options of `targetView`. */
export interface TargetViewOptions {
  /** The evaluation year (the plan's base year to its last target year); defaults to the target year, as `assess` does. */
  readonly asOf?: number;
  /** A site's observations (any indicators; those of other indicators are ignored). */
  readonly observations?: readonly Observation[];
  /** Rows of a light-DOM table (`year, value` of this indicator's target measure). */
  readonly tableRows?: readonly TableRow[];
  /** The plan in use: the bundled plan (or its part for this indicator), a provided one, or a site's own from `src`. */
  readonly plan: PlanData;
  /** A target's id: that target, rather than the indicator's main one (the first the plan states for it). */
  readonly target?: string | undefined;
}

const MEASURE: Record<Target['form'], ObservationMeasure> = {
  level: 'level',
  ratio: 'level',
  share: 'share',
  avg_annual_growth: 'avg_annual_growth',
  cumulative_growth: 'cumulative_growth',
  pp_change: 'share',
  count: 'count',
  new_count: 'count',
  per_year_count: 'count',
};

/** The `publisher` of observations read from a light-DOM table (defined in table.ts, beside the rows). */
export { TABLE_PUBLISHER };

/** The rows of a light-DOM table as observations of `target`'s measure (origin `user`). */
export function tableObservations(
  target: Target,
  rows: readonly TableRow[],
  publisher = TABLE_PUBLISHER,
): Observation[] {
  const measure = MEASURE[target.form];
  const since =
    measure === 'avg_annual_growth' || measure === 'cumulative_growth'
      ? { since: target.period?.from ?? target.targetYear - 5 }
      : {};
  return rows.map((r) => ({
    indicator: target.indicator,
    year: r.year,
    period: 'FY',
    measure,
    ...since,
    value: r.value,
    bound: 'exact',
    unit: target.unit,
    priceBasis: target.priceBasis,
    vintage: 'final',
    publisher,
    published: null,
    url: null,
    reliability: 'secondary',
    origin: 'user',
  }));
}

function requiredGrowth(
  target: Target,
  a: Assessment,
  base: YearValue | null,
  latest: Evidence | null,
): RequiredGrowth {
  if (target.form !== 'level' && !(target.form === 'count' && target.counts === 'stock'))
    return { kind: 'not_applicable' };
  if (a.status === 'achieved' || a.met === true) return { kind: 'met' };
  try {
    if (latest && latest.year < target.targetYear) {
      if (latest.bound !== 'exact') return { kind: 'unavailable' };
      return {
        kind: 'rate',
        rate: remainingRequiredCagr(latest.value, latest.year, target.value, target.targetYear),
        from: 'latest',
        fromYear: latest.year,
      };
    }
    if (!latest && base && base.year < target.targetYear) {
      const rate = a.ratios.requiredRate ?? requiredCagr(base.value, target.value, target.targetYear - base.year);
      return { kind: 'rate', rate, from: 'base', fromYear: base.year };
    }
  } catch {
    // A zero base or a sign change: the calc library says no rate exists.
  }
  return { kind: 'unavailable' };
}

/**
 * Everything about the target of `indicator`: throws `PlanError` (`unknown_id`
 * with suggestions, `no_target`) for an indicator without a target, and
 * `CalcError` where the assessment cannot be made.
 */
export function targetView(indicator: string | null, options: TargetViewOptions): TargetView {
  const plan = options.plan;
  // A target by its id (`target="..."`), else the indicator's main target: the first the plan states for it.
  const target = options.target ? targetByIdIn(plan, options.target) : targetIn(plan, indicator);
  if (options.target && indicator && target.indicator !== indicator) {
    throw new ProblemError(
      problem(
        'target_indicator_mismatch',
        `target="${options.target}" is a target of '${target.indicator}', not of indicator="${indicator}". Remove indicator="..." or give a target of that indicator.`,
        { id: options.target, detail: target.indicator },
      ),
    );
  }
  indicator = target.indicator;
  const ind = plan.indicators.find((i) => i.id === indicator) as Indicator;
  const baseFigure = target.baseFigure ? (plan.figures.find((f) => f.id === target.baseFigure) ?? null) : null;
  const fromTable = tableObservations(target, options.tableRows ?? []);
  // A site's own layers: the observations property and src replace the light-DOM table's rows of the same figure.
  const user = mergeObservations(
    fromTable,
    (options.observations ?? []).filter((o) => o.indicator === target.indicator),
    { keepVintages: false },
  );
  const observations = observationsIn(plan, target.indicator, user);
  const assessment = assess(target, observations, options.asOf === undefined ? {} : { asOf: options.asOf });
  const aBase = assessment.base;
  const base: YearValue | null = aBase
    ? { value: aBase.value, year: aBase.year, unit: aBase.unit ?? aBase.observations.at(-1)?.unit ?? target.unit }
    : baseFigure
      ? { value: baseFigure.value, year: baseFigure.year, unit: baseFigure.unit }
      : null;
  const baseStated = Boolean(baseFigure || aBase?.observations.length);
  const used = assessment.latest && assessment.latest.year > assessment.baseYear ? assessment.latest : null;
  const obs = used?.observations;
  // A rate the library computed from levels (in %, its observations not) is shown to one decimal, as published rates are.
  const latest =
    used && used.unit === '%' && obs?.length && obs[obs.length - 1]!.unit !== '%'
      ? { ...used, value: round(used.value, 1) }
      : used;
  const latestObservation = obs?.length ? obs[obs.length - 1]! : null;
  return {
    indicator: ind,
    target,
    baseFigure,
    base,
    baseStated,
    latest,
    latestObservation,
    observations,
    assessment,
    progress: assessment.ratios.distance,
    required: requiredGrowth(target, assessment, base, latest),
    sourceDocument: plan.sources.find((d) => d.id === target.source.document)?.title ?? null,
  };
}
