/**
 * Dashboard summaries of many assessments: counts by status, the worst status
 * and Open SDG's mean score.
 */
import type { Assessment, Status } from './model.js';
import { num } from './check.js';

/** Open SDG score of a ratio: piecewise linear through (-0.6, -5), (0, -2.5), (0.6, 0), (0.95, 2.5), (1.3, 5), clamped to -5..5. */
export const progressScore = (ratio: number): number => {
  const r = num('ratio', ratio);
  const x = [-0.6, 0, 0.6, 0.95, 1.3];
  if (r <= -0.6) return -5;
  for (let i = 1; i < 5; i++) {
    const a = x[i - 1] as number;
    const b = x[i] as number;
    if (r <= b) return -5 + 2.5 * (i - 1 + (r - a) / (b - a));
  }
  return 5;
};

/** From best to worst; `not_assessable` is never the worst, it is not assessed. */
export const statusOrder: readonly Status[] = ['achieved', 'on_track', 'needs_acceleration', 'insufficient_progress', 'moving_away', 'not_achieved'];

/** How `aggregate` counts. */
export interface AggregatePolicy {
  /** Statuses that count as good ("16 of 20 on track or achieved"); default achieved and on_track. */
  readonly good?: readonly Status[];
}

/** The summary `aggregate` returns. */
export interface Aggregate {
  readonly total: number;
  /** Assessments that are not `not_assessable`. */
  readonly assessed: number;
  /** Assessments with a good status (see the policy). */
  readonly good: number;
  readonly counts: Readonly<Record<Status, number>>;
  /** The worst status assessed, or null when none is. */
  readonly worst: Status | null;
  /** Mean Open SDG score: achieved 5, not_achieved -5, a trajectory its ratio's score; not_assessable left out. */
  readonly mean_score: number | null;
}

/** Score of one assessment (see `Aggregate.mean_score`); null where not assessable. */
export const assessmentScore = (a: Pick<Assessment, 'status' | 'method' | 'ratios'>): number | null => {
  if (a.status == 'achieved') return 5;
  if (a.status == 'not_achieved') return -5;
  const r = a.ratios[a.method as 'pace'];
  return a.status == 'not_assessable' ? null : r == null ? (a.status == 'on_track' ? 2.5 : null) : progressScore(r);
};

/** Counts by status, the worst status and the mean score of many assessments. */
export const aggregate = (assessments: readonly Assessment[], policy: AggregatePolicy = {}): Aggregate => {
  const good = policy.good ?? ['achieved', 'on_track'];
  const counts = Object.fromEntries([...statusOrder, 'not_assessable'].map((s) => [s, 0])) as Record<Status, number>;
  let worst = -1;
  let sum = 0;
  let n = 0;
  for (const a of assessments) {
    counts[a.status]++;
    worst = Math.max(worst, statusOrder.indexOf(a.status));
    const s = assessmentScore(a);
    if (s !== null) (sum += s), n++;
  }
  return {
    total: assessments.length,
    assessed: assessments.length - counts.not_assessable,
    good: good.reduce((k, s) => k + (counts[s] ?? 0), 0),
    counts,
    worst: statusOrder[worst] ?? null,
    mean_score: n ? sum / n : null,
  };
};
