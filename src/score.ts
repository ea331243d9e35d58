/**
 * The scorecard's core: every target of a plan assessed against its
 * observations (its own figures and the outcomes it carries) and a site's,
 * already validated, with the evidence, the candidates reviewed and rejected,
 * the reason where a target cannot be judged, and the totals by status. The
 * root entry's `scorecard()` (scorecard.ts) validates a site's observations
 * and defaults to the bundled plan; widgets, whose observations are validated
 * on input, call `scorecardOf` with the plan in use.
 */
import {
  aggregate,
  assess,
  type Aggregate,
  type Assessment,
  type Comparison,
  type PresetName,
  type Provisional,
  type ReasonCode,
  type Status,
  type TrajectoryStatus,
} from './calc/index.js';
import { expectPlan } from './plan/expect.js';
import type { PlanData } from './plan/plan-data.js';
import { observationsIn } from './plan/observations.js';
import { planYears } from './plan/years.js';
import { PlanError, describeValue } from './errors.js';
import type { Observation, RejectedCandidate, TargetDef } from './types.js';

/** Options of `scorecard`. */
export interface ScorecardOptions {
  /** Evaluation year, 2020 or later; defaults to 2025, the plan's target year (never the clock). */
  readonly asOf?: number;
  /** A site's own observations (published schema), merged over the bundled ones. */
  readonly observations?: readonly Observation[];
  /** `latest` (default) uses the newest vintage of each figure; `plan` reproduces the plan's own figures. */
  readonly vintage?: 'latest' | 'plan';
  /** Assessment preset: eurostat (default), unsd2022, unsd2023, escap or ndrc (see docs/methods.md). */
  readonly preset?: PresetName;
  /** `as_published` (default) or `target_decimals`: how a figure is compared with its target. */
  readonly compare?: Comparison;
  /** `stated` (default) or `first_after`: Open SDG's rule where the base year has no figure. */
  readonly baseYearRule?: 'stated' | 'first_after';
  /** The plan to assess (`planFromJson`, `loadBundledPlan`); the root entry's `scorecard` defaults to the bundled plan. */
  readonly plan?: PlanData;
}

/** One target on the scorecard. */
export interface ScorecardEntry {
  /** The target. */
  readonly target: TargetDef;
  readonly status: Status;
  readonly achievedEarly: boolean;
  /** Why the target cannot be judged (null when it can). */
  readonly reason: ReasonCode | null;
  /**
   * Where the verdict is not_assessable for want of a target-year figure: the status the latest full-year
   * figure gives, with its year. Show it as provisional; `totals` never count it.
   */
  readonly provisional: Provisional | null;
  /** The observations the status rests on, each with its source (URL, publisher, date, or the plan's quote). */
  readonly evidence: readonly Observation[];
  /** Candidate figures reviewed for this indicator and left out, with the reason (e.g. definition differs). */
  readonly rejected: readonly RejectedCandidate[];
  /** The full assessment: ratios, base, latest, tolerance, method, warnings. */
  readonly assessment: Assessment;
  /** Where the figures could not be computed with (reason `uncomputable_data`): the error, with its code and message. */
  readonly error?: { readonly code: string; readonly message: string };
}

/** The scorecard: entries in the plan's order, totals by status and the aggregate. */
export interface Scorecard {
  readonly asOf: number;
  readonly vintage: 'latest' | 'plan';
  readonly preset: string;
  readonly dataVersion: string;
  readonly entries: readonly ScorecardEntry[];
  /** Entries by status: provisional readings are not verdicts and stay under not_assessable here. */
  readonly totals: Readonly<Record<Status, number>>;
  /** Entries with a provisional reading, by that reading (all of them are not_assessable in `totals`). */
  readonly provisionalTotals: Readonly<Record<TrajectoryStatus, number>>;
  readonly aggregate: Aggregate;
}

function checkOptions(options: ScorecardOptions): { asOf: number; own: readonly Observation[] } {
  if (options === null || typeof options !== 'object') {
    throw new PlanError(
      'invalid_argument',
      `scorecard expects an options object such as { asOf: 2025 }, got ${describeValue(options)}.`,
    );
  }
  expectPlan('scorecard', options.plan);
  const meta = options.plan.meta;
  // The default evaluation year is the plan's last target year; each target is judged at its own year.
  const last = planYears(options.plan).asOfMax;
  const asOf = options.asOf ?? last;
  if (!Number.isInteger(asOf) || asOf < meta.baseYear || asOf > 2100) {
    throw new PlanError(
      'invalid_as_of',
      `asOf must be a whole year from ${meta.baseYear} on, got ${describeValue(options.asOf)}. The plan runs ${meta.period.from}-${meta.period.to}; pass ${last} (its last target year) for the end-of-plan scorecard.`,
      { asOf: options.asOf },
    );
  }
  if (options.vintage !== undefined && options.vintage !== 'latest' && options.vintage !== 'plan') {
    throw new PlanError(
      'invalid_argument',
      `vintage must be 'latest' or 'plan', got ${describeValue(options.vintage)}.`,
    );
  }
  return { asOf, own: options.observations ?? [] };
}

/** Which reason explains a not-assessable target best, first match wins. */
const REASON_ORDER: readonly ReasonCode[] = [
  'uncomputable_data',
  'qualitative_target',
  'no_observation',
  'partial_year_only',
  'definition_differs',
  'growth_rate_series',
  'zero_base',
  'sign_change',
  'negative_value',
  'target_equals_base',
  'no_target_year_data',
  'insufficient_data',
  'base_missing',
];
const mainReason = (reasons: readonly ReasonCode[]): ReasonCode =>
  REASON_ORDER.find((r) => reasons.includes(r)) ?? reasons[0] ?? 'insufficient_data';

/** The options of `scorecardOf`: those of `scorecard`, with the plan required. */
export interface ScorecardCoreOptions extends ScorecardOptions {
  readonly plan: PlanData;
}

/** Every target of `options.plan` assessed as of `asOf` (default: the plan's target year), trusting `observations` to be valid. */
export function scorecardOf(options: ScorecardCoreOptions): Scorecard {
  const { asOf, own } = checkOptions(options);
  const vintage = options.vintage ?? 'latest';
  const preset = options.preset ?? 'eurostat';
  const plan = options.plan;
  const how = {
    asOf,
    vintage,
    preset,
    compare: options.compare ?? 'as_published',
    baseYearRule: options.baseYearRule ?? 'stated',
  } as const;
  const entries = plan.targets.map((target): ScorecardEntry => {
    let assessment: Assessment;
    let error: ScorecardEntry['error'];
    try {
      assessment = assess(target, observationsIn(plan, target.indicator, own), how);
    } catch (e) {
      // One target's figures that cannot be computed with (a value that overflows ...) do not stop the others.
      if (!(e instanceof PlanError)) throw e;
      error = { code: e.code, message: e.message };
      const none = assess(target, [], how);
      assessment = { ...none, reasons: ['uncomputable_data', ...none.reasons] };
    }
    return {
      ...(error ? { error } : {}),
      target,
      status: assessment.status,
      achievedEarly: assessment.achievedEarly,
      reason: assessment.status === 'not_assessable' ? mainReason(assessment.reasons) : null,
      provisional: assessment.provisional,
      evidence: assessment.evidence,
      rejected: plan.rejected.filter((r) => r.considered === target.indicator),
      assessment,
    };
  });
  const totals = Object.fromEntries(
    (
      [
        'achieved',
        'on_track',
        'needs_acceleration',
        'insufficient_progress',
        'moving_away',
        'not_achieved',
        'not_assessable',
      ] as const
    ).map((s) => [s, entries.filter((e) => e.status === s).length]),
  ) as Record<Status, number>;
  const provisionalTotals = Object.fromEntries(
    (['on_track', 'needs_acceleration', 'insufficient_progress', 'moving_away'] as const).map((s) => [
      s,
      entries.filter((e) => e.provisional?.status === s).length,
    ]),
  ) as Record<TrajectoryStatus, number>;
  return {
    asOf,
    vintage,
    preset,
    dataVersion: plan.meta.dataVersion,
    entries,
    totals,
    provisionalTotals,
    aggregate: aggregate(entries.map((e) => e.assessment)),
  };
}
