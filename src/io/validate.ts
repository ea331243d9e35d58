/**
 * Validation of the observations a site brings (JSON or CSV in the published
 * schema) against the plan in use: the precompiled schema, then the rules a
 * schema cannot state (an indicator of that plan in its unit, a year not after
 * the plan's last, ranges, duplicates),
 * reporting every invalid row.
 */
import { PlanError } from '../errors.js';
import { expectPlan } from '../plan/expect.js';
import type { PlanData } from '../plan/plan-data.js';
import { sameQuantity, unitDef } from '../plan/units.js';
import { planYears } from '../plan/years.js';
import { closest } from '../suggest.js';
import type { Observation } from '../types.js';
import { observationsSchemaValidator } from './schema.js';

/** One invalid observation: its position (`index` in the array, `line` in a CSV file), the field and why. */
export interface ObservationIssue {
  readonly index: number;
  readonly line?: number;
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** The result of validating observations: the valid ones, and every issue (none dropped silently). */
export interface ObservationsResult {
  readonly ok: boolean;
  readonly observations: Observation[];
  readonly issues: ObservationIssue[];
}

function semanticIssues(o: Observation, index: number, indicatorIds: readonly string[]): ObservationIssue[] {
  const out: ObservationIssue[] = [];
  const add = (field: string, code: string, message: string) => out.push({ index, field, code, message });
  if (!indicatorIds.includes(o.indicator)) {
    add(
      'indicator',
      'unknown_indicator',
      `unknown indicator '${o.indicator}'; did you mean ${closest(o.indicator, indicatorIds).join(', ')}?`,
    );
  }
  if (!Number.isFinite(o.value)) add('value', 'non_finite', `value must be a finite number, got ${o.value}`);
  if (o.measure === 'share' && (o.value < 0 || o.value > 100))
    add('value', 'out_of_range', `a share is a percentage from 0 to 100, got ${o.value}`);
  if ((o.measure === 'level' || o.measure === 'count') && o.value < 0)
    add('value', 'out_of_range', `a ${o.measure} cannot be negative, got ${o.value}`);
  if (o.measure === 'count' && !Number.isInteger(o.value))
    add('value', 'not_integer', `a count is a whole number, got ${o.value}`);
  if (/growth/.test(o.measure) && o.value <= -100)
    add('value', 'out_of_range', `a growth rate in percent must be above -100, got ${o.value}`);
  if (o.since !== undefined && o.since >= o.year)
    add('since', 'reversed_years', `since (${o.since}) must be before year (${o.year})`);
  if (o.period.startsWith('to:') && Number(o.period.slice(3, 7)) !== o.year)
    add('period', 'period_year', `period ${o.period} is not in year ${o.year}`);
  return out;
}

const PERCENT = ['%', '％'];

/**
 * The rules of the plan in use: a level or count in the indicator's unit or a scale of it (亿元 for 万亿元),
 * a share or growth rate in percent, a year no later than the plan's last target year.
 */
function planIssues(o: Observation, index: number, plan: PlanData): ObservationIssue[] {
  const out: ObservationIssue[] = [];
  const indicator = plan.indicators.find((i) => i.id === o.indicator);
  if (indicator) {
    const level = o.measure === 'level' || o.measure === 'count';
    const mine = unitDef(o.unit);
    const its = unitDef(indicator.unit);
    const fits = level ? o.unit === indicator.unit || sameQuantity(mine, its) : PERCENT.includes(o.unit);
    if (!fits) {
      const want = level ? `'${indicator.unit}' or another scale of it` : `'%'`;
      out.push({
        index,
        field: 'unit',
        code: 'unit_mismatch',
        message: `unit '${o.unit}' does not measure '${o.indicator}' as a ${o.measure}: use ${want} (the plan's unit of the indicator is '${indicator.unit}')`,
      });
    }
  }
  const { asOfMax } = planYears(plan);
  if (Number.isInteger(o.year) && o.year > asOfMax)
    out.push({
      index,
      field: 'year',
      code: 'after_plan_years',
      message: `year ${o.year} is after the plan's last target year ${asOfMax}: a later figure belongs to the next plan (years before the base year are kept as history)`,
    });
  return out;
}

/**
 * Validate observations in the published schema against `plan` (the plan in
 * use): an array, or `{ observations: [...] }`. Returns the valid ones (marked
 * `origin: 'user'`) and every issue with its index and field.
 */
export function validateObservations(data: unknown, plan: PlanData): ObservationsResult {
  expectPlan('validateObservations', plan);
  const indicatorIds = plan.indicatorIds;
  const list = Array.isArray(data) ? data : (data as { observations?: unknown } | null)?.observations;
  if (!Array.isArray(list)) {
    throw new PlanError(
      'invalid_observations',
      `Expected an array of observations or { "observations": [...] }, got ${data === null ? 'null' : typeof data}. See observations.schema.json.`,
    );
  }
  const issues: ObservationIssue[] = [];
  const valid: Observation[] = [];
  const seen = new Map<string, number>();
  list.forEach((row, index) => {
    if (!observationsSchemaValidator({ observations: [row] })) {
      for (const e of observationsSchemaValidator.errors ?? []) {
        const named = e.params.missingProperty ?? e.params.additionalProperty;
        const field = e.instancePath.split('/').slice(3).join('.') || (typeof named === 'string' ? named : '');
        issues.push({
          index,
          field,
          code: `schema_${e.keyword}`,
          message:
            e.keyword === 'enum'
              ? `${field || 'row'} must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`
              : `${field || 'row'} ${e.message ?? 'is invalid'}`,
        });
      }
      return;
    }
    const o = row as Observation;
    const own = [...semanticIssues(o, index, indicatorIds), ...planIssues(o, index, plan)];
    const key = [o.indicator, o.year, o.period, o.measure, o.since, o.vintage, o.publisher].join('|');
    if (seen.has(key))
      own.push({
        index,
        field: 'year',
        code: 'duplicate',
        message: `duplicates row ${seen.get(key)! + 1} (same indicator, year, period, measure, vintage and publisher)`,
      });
    seen.set(key, index);
    if (own.length) issues.push(...own);
    else valid.push({ ...o, origin: 'user' });
  });
  return { ok: issues.length === 0, observations: valid, issues };
}
