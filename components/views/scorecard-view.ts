/**
 * The data helper of the multi-target widgets (`qd-target-table`,
 * `qd-plan-dashboard`): the plan's targets, or one dimension's or industry's,
 * each with its `targetView` (base, latest, required growth) and its entry of
 * the end-of-plan `scorecard()` (status, reason, evidence), plus the scorecard's
 * counts for a summary. Every number comes from the library; this module only
 * selects and counts entries.
 */
import {
  PlanError,
  scorecardOf,
  statusOrder,
  targetsByDimensionIn,
  targetsByIndustryIn,
  type Observation,
  type PlanData,
  type ReasonCode,
  type Scorecard,
  type ScorecardEntry,
  type Status,
  type TargetDef,
} from '../../src/core.js';
import { clip, problem, ProblemError } from '../base/problems.js';
import { targetView, type TargetView } from './target-view.js';

/** One target of a multi-target widget. */
export interface PlanRow {
  /** Position in the plan's order (the default order of tables and lists). */
  readonly order: number;
  readonly view: TargetView;
  /** The target's scorecard entry: status, achieved early, reason, evidence. */
  readonly entry: ScorecardEntry;
}

/** Options of `planRows`. */
export interface PlanRowsOptions {
  readonly asOf?: number | undefined;
  readonly observations?: readonly Observation[];
  /** Only the targets of this goal dimension (an id of `plan.dimensions`). */
  readonly dimension?: string | null | undefined;
  /** Only the targets of this industry (an id of `plan.industries`). */
  readonly industry?: string | null | undefined;
  /** The plan in use. */
  readonly plan: PlanData;
}

/** The scorecard and the rows of the targets in scope. */
export interface PlanRows {
  readonly card: Scorecard;
  readonly rows: readonly PlanRow[];
}

/** The statuses the plan's reviews call 滞后预期 (behind schedule). */
export const BEHIND: readonly Status[] = ['needs_acceleration', 'insufficient_progress', 'moving_away'];

/** Reasons that mean "no (usable) data yet", as opposed to a target that cannot be measured. */
export const NO_DATA_REASONS: readonly ReasonCode[] = [
  'insufficient_data',
  'no_observation',
  'partial_year_only',
  'definition_differs',
  'no_target_year_data',
  'base_missing',
  'growth_rate_series',
];

/** Sort rank of a status: the library's `statusOrder` (best first), then `not_assessable`. */
export const statusRank = (status: Status): number => {
  const i = statusOrder.indexOf(status);
  return i < 0 ? statusOrder.length : i;
};

function scopeError(kind: 'dimension' | 'industry', e: unknown): unknown {
  if (!(e instanceof PlanError) || e.code !== 'unknown_id') return e;
  const d = e.detail;
  const suggestions = Array.isArray(d['suggestions']) ? d['suggestions'].join(', ') : '';
  const id = typeof d['id'] === 'string' ? d['id'] : '';
  return new ProblemError(
    problem(
      `unknown_${kind}`,
      `${e.message} Set ${kind}="..." to one of the plan's ${kind} ids, or remove it to show every target.`,
      { id, suggestions },
    ),
  );
}

/** The targets in scope: all, or one dimension's or industry's (of `plan`); throws a `ProblemError` for an unknown id. */
export function scopeTargets(
  plan: PlanData,
  dimension?: string | null,
  industry?: string | null,
): readonly TargetDef[] {
  if (dimension && industry) {
    throw new ProblemError(
      problem(
        'scope_conflict',
        `Set either dimension="${clip(dimension)}" or industry="${clip(industry)}", not both: a target belongs to a goal dimension or to an industry.`,
      ),
    );
  }
  try {
    if (dimension) return targetsByDimensionIn(plan, dimension);
  } catch (e) {
    throw scopeError('dimension', e);
  }
  try {
    if (industry) return targetsByIndustryIn(plan, industry);
  } catch (e) {
    throw scopeError('industry', e);
  }
  return plan.targets;
}

/** The scorecard (as of `asOf`, with the site's observations) and a row for each target in scope. */
export function planRows(options: PlanRowsOptions): PlanRows {
  const plan = options.plan;
  const scope = new Set(scopeTargets(plan, options.dimension, options.industry));
  const observations = options.observations ?? [];
  const card = scorecardOf({ ...(options.asOf === undefined ? {} : { asOf: options.asOf }), observations, plan });
  const rows: PlanRow[] = [];
  card.entries.forEach((entry, order) => {
    if (!scope.has(entry.target)) return;
    rows.push({
      order,
      entry,
      view: targetView(null, { target: entry.target.id, asOf: card.asOf, observations, plan }),
    });
  });
  return { card, rows };
}

/** The counts a summary of the scorecard shows. */
export interface ScorecardCounts {
  readonly asOf: number;
  readonly total: number;
  readonly achieved: number;
  /** Achieved before the target year (part of `achieved`). */
  readonly early: number;
  readonly onTrack: number;
  /** Needs acceleration, insufficient progress or moving away (滞后预期). */
  readonly behind: number;
  readonly notAchieved: number;
  readonly notAssessable: number;
  /** Not assessable for lack of (usable) data (part of `notAssessable`). */
  readonly noData: number;
  /** Not assessable for another reason, e.g. a qualitative target (part of `notAssessable`). */
  readonly otherReason: number;
  /**
   * Not assessable, with a provisional status from the latest data before the target year (part of `notAssessable`;
   * never counted as achieved, on track, behind or not achieved).
   */
  readonly provisional: number;
}

/** The scorecard's counts by status, with the early and no-data parts (from `totals`; entries counted, never computed). */
export function scorecardCounts(card: Scorecard): ScorecardCounts {
  const t = card.totals;
  const na = card.entries.filter((e) => e.status === 'not_assessable');
  const noData = na.filter((e) => e.reason !== null && NO_DATA_REASONS.includes(e.reason)).length;
  return {
    asOf: card.asOf,
    total: card.entries.length,
    achieved: t.achieved,
    early: card.entries.filter((e) => e.status === 'achieved' && e.achievedEarly).length,
    onTrack: t.on_track,
    behind: BEHIND.reduce((n, s) => n + t[s], 0),
    notAchieved: t.not_achieved,
    notAssessable: t.not_assessable,
    noData,
    otherReason: na.length - noData,
    provisional: na.filter((e) => e.provisional).length,
  };
}
