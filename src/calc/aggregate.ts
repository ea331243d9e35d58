/**
 * Dashboard summaries of many assessments: counts by status, the worst status
 * and Open SDG's mean score.
 */
import type { Assessment, Method, Status } from './model.js';
import { fail, num, obj, oneOf } from './check.js';

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
export const statusOrder: readonly Status[] = [
  'achieved',
  'on_track',
  'needs_acceleration',
  'insufficient_progress',
  'moving_away',
  'not_achieved',
];

const STATUSES: readonly Status[] = [...statusOrder, 'not_assessable'];
const METHODS: readonly Method[] = ['growth', 'expected', 'pace', 'anticipated', 'comparator', 'none'];

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
  const s = oneOf(
    'assessmentScore',
    'status',
    obj('assessmentScore', 'assessment', a, 'pass an Assessment from assess()').status,
    STATUSES,
  );
  if (s == 'achieved') return 5;
  if (s == 'not_achieved') return -5;
  if (s == 'not_assessable') return null;
  const r = obj('assessmentScore', 'ratios', a.ratios, 'pass an Assessment with its ratios')[
    oneOf('assessmentScore', 'method', a.method, METHODS) as 'pace'
  ];
  return r == null ? (s == 'on_track' ? 2.5 : null) : progressScore(r);
};

/** Counts by status, the worst status and the mean score of many assessments. */
export const aggregate = (assessments: readonly Assessment[], policy: AggregatePolicy = {}): Aggregate => {
  if (!Array.isArray(assessments))
    fail('invalid_argument', 'aggregate', { assessments }, 'pass an array of Assessments from assess()');
  const g: unknown = obj('aggregate', 'policy', policy, 'pass { good: [statuses] } or nothing').good ?? [
    'achieved',
    'on_track',
  ];
  const good = Array.isArray(g)
    ? g.map((s) => oneOf('aggregate', 'policy.good[]', s, STATUSES))
    : fail('invalid_argument', 'aggregate', { good: g }, `pass policy.good as an array of ${STATUSES.join(', ')}`);
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  let worst = -1;
  let sum = 0;
  let n = 0;
  for (const a of assessments) {
    const s = assessmentScore(a);
    counts[a.status]++;
    worst = Math.max(worst, statusOrder.indexOf(a.status));
    if (s !== null) {
      sum += s;
      n++;
    }
  }
  return {
    total: assessments.length,
    assessed: assessments.length - counts.not_assessable,
    good: good.reduce((k, s) => k + counts[s], 0),
    counts,
    worst: statusOrder[worst] ?? null,
    mean_score: n ? sum / n : null,
  };
};
