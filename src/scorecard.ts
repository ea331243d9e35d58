/**
 * The end-of-plan scorecard: every target assessed against the observations
 * (the plan's own, the bundled ones, and any a site passes in, validated
 * here), with the evidence and its sources, the candidates reviewed and
 * rejected, the reason where a target cannot be judged, and the totals.
 */
import { rejectedObservations } from '../data/index.js';
import { PlanError, describeValue } from './errors.js';
import { scorecardOf, type Scorecard, type ScorecardOptions } from './score.js';
import { validateObservations } from './validate-observations.js';

export type { Scorecard, ScorecardEntry, ScorecardOptions } from './score.js';

/** Assess every target of the plan as of `asOf` (default 2025): status, evidence, rejected candidates, reasons and totals. */
export function scorecard(options: ScorecardOptions = {}): Scorecard {
  if (options === null || typeof options !== 'object') {
    throw new PlanError(
      'invalid_argument',
      `scorecard expects an options object such as { asOf: 2025 }, got ${describeValue(options)}.`,
    );
  }
  let observations = options.observations ?? [];
  if (observations.length) {
    const checked = validateObservations(observations);
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
  return scorecardOf({
    ...options,
    observations,
    rejectedOf: (id) => rejectedObservations.filter((r) => r.considered === id),
  });
}
