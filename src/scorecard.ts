/**
 * The end-of-plan scorecard of the root entry: `scorecardOf` with the bundled
 * plan by default and a site's observations validated here against the plan
 * in use, with the evidence and its sources, the candidates reviewed and
 * rejected, the reason where a target cannot be judged, and the totals.
 */
import { bundledPlan } from './data.js';
import { PlanError, describeValue } from './errors.js';
import { validateObservations } from './io/validate.js';
import { expectPlan } from './plan/expect.js';
import { scorecardOf, type Scorecard, type ScorecardOptions } from './score.js';

export type { Scorecard, ScorecardEntry, ScorecardOptions } from './score.js';

/** Assess every target of `options.plan` (default: the bundled plan) as of `asOf` (default: its target year). */
export function scorecard(options: ScorecardOptions = {}): Scorecard {
  if (options === null || typeof options !== 'object') {
    throw new PlanError(
      'invalid_argument',
      `scorecard expects an options object such as { asOf: 2025 }, got ${describeValue(options)}.`,
    );
  }
  if (options.plan !== undefined) expectPlan('scorecard', options.plan);
  const plan = options.plan ?? bundledPlan;
  let observations = options.observations ?? [];
  if (observations.length) {
    const checked = validateObservations(observations, plan);
    if (!checked.ok) {
      const first = checked.issues
        .slice(0, 3)
        .map((i) => `#${i.index + 1} ${i.message}`)
        .join('; ');
      throw new PlanError(
        'invalid_observations',
        `${checked.issues.length} invalid observation(s): ${first}. Fix them, or check them first with validateObservations().`,
        { issues: checked.issues },
      );
    }
    observations = checked.observations;
  }
  return scorecardOf({ ...options, plan, observations });
}
