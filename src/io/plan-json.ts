/**
 * A site's whole plan from JSON in the published schema (`plan.json`): the
 * precompiled schema, then unique ids and references, then indexed like the
 * bundled plan, with the observations the document carries checked against
 * it. Part of the I/O entry, which widgets load only when a site brings data.
 */
import { PlanError } from '../errors.js';
import { planData, type PlanData } from '../plan/plan-data.js';
import type { PlanDocument, TargetDef } from '../types.js';
import { planSchemaValidator } from './schema.js';
import { validateObservations } from './validate.js';

/** The problems that make a plan unusable beyond its schema: duplicate ids and dangling references. */
function integrityIssues(p: Pick<PlanDocument, 'indicators' | 'figures'>): string[] {
  const issues: string[] = [];
  const indicatorIds = new Set(p.indicators.map((i) => i.id));
  const figureIds = new Set<string>();
  if (indicatorIds.size !== p.indicators.length) issues.push('indicator ids are not unique');
  for (const f of p.figures) {
    if (figureIds.has(f.id)) issues.push(`figure id '${f.id}' is used twice`);
    figureIds.add(f.id);
    if (!indicatorIds.has(f.indicator)) issues.push(`figure '${f.id}' refers to unknown indicator '${f.indicator}'`);
  }
  for (const f of p.figures) {
    const base = (f as Partial<TargetDef>).baseFigure;
    if (base && !figureIds.has(base)) issues.push(`target '${f.id}' refers to unknown base figure '${base}'`);
  }
  return issues;
}

/**
 * A site's whole plan from JSON in `plan.schema.json`: validated (schema, unique
 * ids, references), or a `PlanError` `invalid_plan` listing the first problems.
 */
export function planFromJson(json: unknown): PlanData {
  if (!planSchemaValidator(json)) {
    const errors = (planSchemaValidator.errors ?? [])
      .slice(0, 3)
      .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
    throw new PlanError(
      'invalid_plan',
      `The plan does not follow plan.schema.json: ${errors.join('; ')}. Start from the package's plan.json.`,
      { errors },
    );
  }
  const doc = json as PlanDocument;
  const issues = integrityIssues(doc);
  if (issues.length)
    throw new PlanError('invalid_plan', `The plan is inconsistent: ${issues.slice(0, 3).join('; ')}.`, { issues });
  const plan = planData({ ...doc, observations: [] }, 'user');
  if (!doc.observations?.length) return plan;
  const checked = validateObservations(doc.observations, plan);
  if (!checked.ok) {
    const first = checked.issues.slice(0, 3).map((i) => `observations[${i.index}] ${i.message}`);
    throw new PlanError('invalid_plan', `The plan's observations are not usable: ${first.join('; ')}.`, {
      issues: checked.issues,
    });
  }
  return planData(doc, 'user');
}
