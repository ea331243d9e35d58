/**
 * The types of an assessment (types only; no code).
 */
import type { Bound, Comparator, IndicatorKind, Observation, TargetForm } from '../types.js';
import type { Band, Preset, PresetName, TrajectoryStatus } from './presets.js';
import type { Comparison, Tolerance } from './compare.js';

/** The status of a target, fixed codes; labels are localised in `format`. */
export type Status =
  | 'achieved'
  | 'on_track'
  | 'needs_acceleration'
  | 'insufficient_progress'
  | 'moving_away'
  | 'not_achieved'
  | 'not_assessable';

/** Why a target is not assessable (or why a ratio is missing). */
export type ReasonCode =
  | 'insufficient_data'
  | 'no_observation'
  | 'partial_year_only'
  | 'definition_differs'
  | 'no_target_year_data'
  | 'zero_base'
  /** A target of 0 has no required growth rate (it needs a fall of 100%); Open SDG substitutes 0.001, we do not. */
  | 'zero_target'
  /** A zero inside the series: no logarithm for ESCAP's weighted regression. */
  | 'zero_value'
  | 'sign_change'
  | 'negative_value'
  | 'target_equals_base'
  | 'base_missing'
  | 'growth_rate_series'
  | 'qualitative_target'
  /** The figures given cannot be computed with (e.g. a value that overflows); see the scorecard entry's `error`. */
  | 'uncomputable_data';

/** Facts an assessment reports beside its status. */
export type WarningCode =
  | 'vintage_chosen'
  | 'part_year_bound'
  | 'part_year_ignored'
  | 'price_basis_differs'
  | 'unit_converted'
  | 'definition_differs'
  | 'base_override'
  | 'after_target_year_ignored'
  | 'ratio_unavailable'
  /** The base year had no figure: the first year with one after it is the base (`baseYearRule: 'first_after'`). */
  | 'base_year_moved'
  /** Base, latest and target are all negative: the growth ratio's direction is flipped (Statistics Canada, Open SDG). */
  | 'direction_flipped'
  /** The plan does not state the year the target starts from (`baseYear: null`): five years before the target year is used. */
  | 'base_year_unstated';

/** A warning with the observation (or value) it concerns. */
export interface Warning {
  readonly code: WarningCode;
  /** A reason code, where the warning is `ratio_unavailable`. */
  readonly reason?: ReasonCode;
  readonly year?: number;
  readonly observation?: Observation;
  /** The observations not chosen, for `vintage_chosen`. */
  readonly others?: readonly Observation[];
}

/** A value used by the assessment, with the observations it comes from. */
export interface Evidence {
  /** In the target's unit (a growth rate in percent, a level in the target's unit ...). */
  readonly value: number;
  /** The unit of `value` after any conversion between scales of one unit (亿元 to 万亿元); absent where it is the target's. */
  readonly unit?: string;
  readonly year: number;
  readonly bound: Bound;
  readonly observations: readonly Observation[];
}

/** The ratio (or rule) that decided the status. */
export type Method = 'growth' | 'expected' | 'pace' | 'anticipated' | 'comparator' | 'none';

/**
 * The status the latest full-year figure gives where the verdict is `not_assessable` (`no_target_year_data`):
 * shown as provisional, never counted as achieved or missed.
 */
export interface Provisional {
  /** A trajectory status (on_track ... moving_away) by the preset's bands. */
  readonly status: TrajectoryStatus;
  /** The year of the latest full-year figure it rests on ("on track as of 2024"). */
  readonly year: number;
  /** The ratio that gave it, or `comparator` for a yearly count met in its latest year. */
  readonly method: Method;
  /** The ratio's value (null for `comparator`). */
  readonly ratio: number | null;
}

/** Options of `assess`. */
export interface AssessOptions {
  /** The evaluation year; defaults to the target year, never to the clock. */
  readonly asOf?: number;
  /** A built-in preset name or a custom preset; defaults to `eurostat`. */
  readonly preset?: PresetName | Preset;
  /** `latest` (default: revised > preliminary > plan, then later published) or `plan` (the plan's own figures). */
  readonly vintage?: 'latest' | 'plan';
  /** Overrides the base value y0 (in the indicator's unit; a share in percent). */
  readonly base?: number;
  /** Overrides the default tolerance of an approx target. */
  readonly tolerance?: Tolerance;
  /** The indicator's kind; defaults from `target.counts` (flow, additions, per_year -> flow). */
  readonly indicatorKind?: IndicatorKind;
  /** `as_published` (default, as Eurostat and Open SDG compare) or `target_decimals` (rounded to the target's decimals). */
  readonly compare?: Comparison;
  /**
   * Where the base year has no figure: `stated` (default: not assessable, `base_missing`) or `first_after`
   * (Open SDG: the first year with a full-year figure after it; level, share and count targets only).
   */
  readonly baseYearRule?: 'stated' | 'first_after';
}

/** Progress ratios as reported by `assess` (null where not computable). */
export interface AssessRatios {
  readonly elapsed: number | null;
  readonly distance: number | null;
  readonly pace: number | null;
  readonly growth: number | null;
  readonly expected: number | null;
  /** ESCAP's anticipated progress from a time-weighted regression over the series (computed with the escap preset). */
  readonly anticipated: number | null;
  /** Observed average annual growth, a fraction. */
  readonly actualRate: number | null;
  /** Required average annual growth from the base, a fraction. */
  readonly requiredRate: number | null;
}

/** The result of `assess`: the status and everything that explains it. */
export interface Assessment {
  readonly target: string;
  readonly form: TargetForm;
  readonly status: Status;
  readonly achievedEarly: boolean;
  /** Whether the deciding figure meets the target (null: no figure decides). */
  readonly met: boolean | null;
  readonly asOf: number;
  /** The stated base year (the year of `base` differs where `baseYearRule: 'first_after'` moved it). */
  readonly baseYear: number;
  readonly targetYear: number;
  /** At the target year without a target-year figure: the status of the latest full-year data, else null. */
  readonly provisional: Provisional | null;
  /** How the observation was compared with the target. */
  readonly compare: Comparison;
  readonly baseYearRule: 'stated' | 'first_after';
  readonly reasons: readonly ReasonCode[];
  readonly warnings: readonly Warning[];
  readonly ratios: AssessRatios;
  readonly base: Evidence | null;
  readonly latest: Evidence | null;
  readonly targetValue: number;
  readonly comparator: Comparator;
  /** Absolute tolerance in the target's unit (0 unless approx or overridden). */
  readonly tolerance: number;
  readonly method: Method;
  readonly preset: string;
  /** The preset's bands and the status each maps to. */
  readonly bands: readonly Band[];
  /** Every observation the assessment used. */
  readonly evidence: readonly Observation[];
}
