/**
 * A site's whole plan from JSON in the published schema (`plan.json`): the
 * precompiled schema, then unique ids and references, then indexed like the
 * bundled plan, with the observations the document carries checked against
 * it. Part of the I/O entry, which widgets load only when a site brings data.
 */
import { PlanError, describeValue } from '../errors.js';
import { planData, type PlanData } from '../plan/plan-data.js';
import { planIssues, type PlanIssue } from '../plan/check.js';
import type { PlanDocument } from '../types.js';
import { planSchemaValidator, type SchemaError } from './schema.js';
import { validateObservations } from './validate.js';

/** A value at a JSON pointer of `doc` (for a message), or undefined. */
function at(doc: unknown, pointer: string): unknown {
  let v: unknown = doc;
  for (const key of pointer.split('/').slice(1))
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

/** The schema's errors as issues: where, the field, the bad value and the values allowed. */
export function schemaIssues(doc: unknown, errors: readonly SchemaError[]): PlanIssue[] {
  return errors
    .filter((e) => e.keyword !== 'if')
    .map((e) => {
      const missing = e.params['missingProperty'] as string | undefined;
      const extra = e.params['additionalProperty'] as string | undefined;
      const path = e.instancePath + (missing || extra ? `/${missing ?? extra}` : '');
      const field =
        path
          .split('/')
          .filter((k) => !/^\d+$/.test(k))
          .pop() ?? '/';
      const allowed = e.params['allowedValues'] as (string | number)[] | undefined;
      const owner = at(doc, e.instancePath.replace(/\/[^/]+$/, '')) as { id?: unknown } | undefined;
      const self = at(doc, e.instancePath) as { id?: unknown } | undefined;
      const id = [self?.id, owner?.id].find((x): x is string => typeof x === 'string');
      const value = missing ? undefined : extra ? extra : at(doc, e.instancePath);
      const what = missing
        ? `lacks the required field '${missing}'`
        : extra
          ? `has a field '${extra}' the schema does not know`
          : `${field} ${describeValue(value)} ${e.message ?? 'is invalid'}${allowed ? ` (allowed: ${allowed.join(', ')})` : ''}`;
      return {
        code: `schema_${e.keyword}`,
        path: path || '/',
        ...(id ? { id } : {}),
        field,
        value,
        ...(allowed ? { allowed } : {}),
        message: `${path || '/'}${id ? ` ('${id}')` : ''} ${what}.`,
      };
    });
}

/** Every problem of a plan document: its schema's, then the checks of `planIssues` (when the schema holds). */
export function checkPlan(json: unknown): PlanIssue[] {
  if (!planSchemaValidator(json)) return schemaIssues(json, planSchemaValidator.errors ?? []);
  const doc = json as PlanDocument;
  const issues = planIssues(doc);
  if (issues.length || !doc.observations?.length) return issues;
  const checked = validateObservations(doc.observations, planData({ ...doc, observations: [] }, 'user'));
  return checked.issues.map((i) => ({
    code: i.code,
    path: `/observations/${i.index}/${i.field}`,
    field: i.field,
    value: at(doc, `/observations/${i.index}/${i.field}`),
    message: `/observations/${i.index}: ${i.message}.`,
  }));
}

/**
 * A site's whole plan from JSON in `plan.schema.json`: checked (`checkPlan`:
 * schema, references, ids, units, years, directions, its observations), or a
 * `PlanError` `invalid_plan` naming the first problems (every one in `detail.issues`).
 */
export function planFromJson(json: unknown): PlanData {
  const issues = checkPlan(json);
  if (issues.length) {
    const first = issues.slice(0, 3).map((i) => i.message);
    throw new PlanError(
      'invalid_plan',
      `The plan has ${issues.length} problem(s): ${first.join(' ')}${issues.length > 3 ? ' …' : ''} Fix them in the plan document; \`npx qingdao-services-plan check <file>\` lists every one.`,
      { issues, count: issues.length, detail: issues[0]!.message },
    );
  }
  return planData(json as PlanDocument, 'user');
}
