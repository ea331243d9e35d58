/**
 * The checks a site can act on, beyond the schema: dangling references
 * (dimension, industry, group, whole, base figure, source document), duplicate
 * ids of every kind, a target's unit against its indicator's, year order, and
 * a direction that contradicts the indicator. Each issue names where it is
 * (a JSON pointer and the target or figure id), the field, the bad value and
 * the values allowed.
 */
import { INDUSTRY_GROUPS, type PlanDocument, type TargetDef } from '../types.js';
import { closest } from '../suggest.js';
import { sameQuantity, unitDef } from './units.js';

/** One problem of a plan document. */
export interface PlanIssue {
  /** A stable code: `dangling_reference`, `duplicate_id`, `unit_mismatch`, `unknown_unit`, `year_order`, `direction_conflict`. */
  readonly code: string;
  /** JSON pointer to the value, e.g. `/figures/12/dimension`. */
  readonly path: string;
  /** The id of the figure or target (or other item) it concerns, where it has one. */
  readonly id?: string;
  readonly field: string;
  readonly value: unknown;
  /** The values allowed there, where they are a list. */
  readonly allowed?: readonly (string | number)[];
  /** What is wrong and how to fix it. */
  readonly message: string;
}

const quote = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The values allowed, in a message: all of a short list, else the closest few and how many there are. */
const allowedText = (value: string, values: readonly string[]) =>
  !values.length
    ? 'None is defined.'
    : values.length <= 8
      ? `Allowed: ${quote(values)}.`
      : `Did you mean ${quote(closest(value, values))}? (${values.length} ids in all.)`;

/** Every issue of a plan document that the schema cannot state (see the module note), in document order. */
export function planIssues(doc: PlanDocument): PlanIssue[] {
  const out: PlanIssue[] = [];
  const add = (i: PlanIssue) => out.push(i);
  const ids = <T extends { id: string }>(kind: string, key: string, items: readonly T[] | undefined) => {
    const seen = new Map<string, number>();
    (items ?? []).forEach((x, n) => {
      const first = seen.get(x.id);
      if (first !== undefined)
        add({
          code: 'duplicate_id',
          path: `/${key}/${n}/id`,
          id: x.id,
          field: 'id',
          value: x.id,
          message: `${kind} id '${x.id}' is used twice (/${key}/${first} and /${key}/${n}): give each ${kind} its own id.`,
        });
      else seen.set(x.id, n);
    });
    return [...seen.keys()];
  };
  const indicators = ids('indicator', 'indicators', doc.indicators);
  const figures = ids('figure', 'figures', doc.figures);
  const dimensions = ids('dimension', 'dimensions', doc.dimensions);
  const industries = ids('industry', 'industries', doc.industries);
  const groups = ids('industry group', 'industryGroups', doc.industryGroups);
  const sources = ids('source document', 'sources', doc.sources);
  ids('layout part', 'layout', doc.layout);
  ids('cluster kind', 'clusterKinds', doc.clusterKinds);
  ids('structure count', 'structureCounts', doc.structureCounts);

  const dangling = (
    path: string,
    id: string | undefined,
    field: string,
    value: string,
    allowed: string[],
    what: string,
  ) =>
    add({
      code: 'dangling_reference',
      path,
      ...(id ? { id } : {}),
      field,
      value,
      allowed,
      message: `${id ? `'${id}': ` : ''}${field} '${value}' is not ${what} of the plan. ${allowedText(value, allowed)}`,
    });
  const allowedGroups = doc.industryGroups ? groups : [...INDUSTRY_GROUPS];
  doc.industries.forEach((x, n) => {
    if (!allowedGroups.includes(x.group))
      dangling(`/industries/${n}/group`, x.id, 'group', x.group, allowedGroups, 'an industry group (industryGroups)');
  });
  doc.indicators.forEach((x, n) => {
    const w = x.whole?.indicator;
    if (w && !indicators.includes(w))
      dangling(`/indicators/${n}/whole/indicator`, x.id, 'whole', w, indicators, 'an indicator');
    if (!unitDef(x.unit, doc.units))
      add({
        code: 'unknown_unit',
        path: `/indicators/${n}/unit`,
        id: x.id,
        field: 'unit',
        value: x.unit,
        message: `'${x.id}': unit '${x.unit}' is not a known unit: define it in the plan's units (its base unit and power of ten, e.g. { "unit": "万辆", "base": "辆", "exp": 4 }).`,
      });
  });
  const byId = new Map(doc.indicators.map((i) => [i.id, i]));
  const figureById = new Map(doc.figures.map((f) => [f.id, f]));
  doc.figures.forEach((f, n) => {
    const at = (field: string) => `/figures/${n}/${field}`;
    if (!indicators.includes(f.indicator))
      dangling(at('indicator'), f.id, 'indicator', f.indicator, indicators, 'an indicator');
    const doc_ = f.source.document;
    if (doc_ && !sources.includes(doc_))
      dangling(at('source/document'), f.id, 'source.document', doc_, sources, 'a source document (sources)');
    if (f.period && f.period.from >= f.period.to)
      add({
        code: 'year_order',
        path: at('period'),
        id: f.id,
        field: 'period',
        value: `${f.period.from}-${f.period.to}`,
        message: `'${f.id}': period ${f.period.from}-${f.period.to} must run from an earlier year to a later one.`,
      });
    const unit = unitDef(f.unit, doc.units);
    if (!unit)
      add({
        code: 'unknown_unit',
        path: at('unit'),
        id: f.id,
        field: 'unit',
        value: f.unit,
        message: `'${f.id}': unit '${f.unit}' is not a known unit: define it in the plan's units (its base unit and power of ten).`,
      });
    if (f.role !== 'target') return;
    const t = f as TargetDef;
    if (t.dimension && !dimensions.includes(t.dimension))
      dangling(at('dimension'), t.id, 'dimension', t.dimension, dimensions, 'a dimension');
    if (t.industry && !industries.includes(t.industry))
      dangling(at('industry'), t.id, 'industry', t.industry, industries, 'an industry');
    if (t.baseFigure && !figures.includes(t.baseFigure))
      dangling(at('baseFigure'), t.id, 'baseFigure', t.baseFigure, figures, 'a figure');
    const indicator = byId.get(t.indicator);
    const own = unitDef(indicator?.unit ?? '', doc.units);
    const level = ['level', 'count', 'new_count', 'per_year_count', 'ratio'].includes(t.form);
    if (indicator && level && unit && own && !sameQuantity(unit, own)) {
      add({
        code: 'unit_mismatch',
        path: at('unit'),
        id: t.id,
        field: 'unit',
        value: t.unit,
        allowed: [indicator.unit],
        message: `'${t.id}': unit '${t.unit}' does not measure what its indicator '${indicator.id}' measures ('${indicator.unit}'): use '${indicator.unit}' or another scale of it (亿元 and 万亿元 are scales of one unit).`,
      });
    }
    if (indicator && indicator.direction !== 'neutral' && indicator.direction !== t.direction) {
      add({
        code: 'direction_conflict',
        path: at('direction'),
        id: t.id,
        field: 'direction',
        value: t.direction,
        allowed: [indicator.direction],
        message: `'${t.id}': direction '${t.direction}' contradicts its indicator '${indicator.id}', whose direction is '${indicator.direction}'.`,
      });
    }
    const start = typeof t.baseYear === 'number' ? t.baseYear : null;
    const baseYear = t.baseFigure ? figureById.get(t.baseFigure)?.year : undefined;
    for (const [field, year] of [
      ['baseYear', start],
      ['baseFigure', baseYear],
    ] as const) {
      if (typeof year === 'number' && year >= t.targetYear)
        add({
          code: 'year_order',
          path: at(field),
          id: t.id,
          field,
          value: year,
          message: `'${t.id}': its ${field === 'baseYear' ? 'base year' : 'base figure’s year'} ${year} is not before its target year ${t.targetYear}.`,
        });
    }
  });
  const m = doc.meta;
  if (m.period.from > m.period.to)
    add({
      code: 'year_order',
      path: '/meta/period',
      field: 'period',
      value: `${m.period.from}-${m.period.to}`,
      message: `The plan period ${m.period.from}-${m.period.to} must run from an earlier year to a later one.`,
    });
  if (m.baseYear >= m.targetYear)
    add({
      code: 'year_order',
      path: '/meta/baseYear',
      field: 'baseYear',
      value: m.baseYear,
      message: `The plan's base year ${m.baseYear} must be before its target year ${m.targetYear}.`,
    });
  return out;
}
