/**
 * The published formats of the bundled plan: `plan.json` (checked by
 * `plan.schema.json`, with its observations), `observations.json` and
 * `plan.csv` (one row a figure, UTF-8 with BOM). Build time (npm run build).
 */
import { toCsv } from './csv.js';
import { figures, indicators, plan } from './data.js';
import { observations } from './observations.js';

/** The bundled observations as the object `observations.json` holds (checked by `observations.schema.json`). */
export function observationsJson() {
  return {
    $schema: './observations.schema.json',
    dataVersion: plan.meta.dataVersion,
    updated: plan.meta.updated,
    observations: observations.map(({ origin: _, ...o }) => o),
  };
}

/** The plan data as the object `plan.json` holds. */
export function planJson() {
  return {
    $schema: './plan.schema.json',
    meta: plan.meta,
    dimensions: plan.dimensions,
    industryGroups: plan.industryGroups,
    industries: plan.industries,
    layoutFormula: plan.layoutFormula,
    layout: plan.layout,
    clusterKinds: plan.clusterKinds,
    structureCounts: plan.structureCounts,
    indicators,
    figures,
    observations: observationsJson().observations,
  };
}

/** The columns of `plan.csv`, in order. */
export const PLAN_CSV_COLUMNS = [
  'id',
  'indicator',
  'role',
  'name_zh',
  'name_en',
  'value',
  'qualifier',
  'unit',
  'unit_kind',
  'year',
  'year_stated',
  'period_from',
  'period_to',
  'kind',
  'price_basis',
  'whole_zh',
  'whole_en',
  'form',
  'comparator',
  'direction',
  'target_year',
  'base_figure',
  'counts',
  'dimension',
  'industry',
  'section',
  'quote',
  'notes_zh',
  'notes_en',
] as const;

/** The plan's figures as CSV text (UTF-8 BOM, CRLF), one row a figure. */
export function planCsv(): string {
  const rows = figures.map((f) => {
    const t = f.role === 'target' ? f : null;
    const notes = f.notes ?? [];
    const { whole, period } = f;
    return [
      f.id,
      f.indicator,
      f.role,
      f.name.zh,
      f.name.en,
      f.value,
      f.qualifier,
      f.unit,
      f.unitKind,
      f.year,
      f.yearStated,
      period?.from,
      period?.to,
      f.kind,
      f.priceBasis,
      whole?.name.zh,
      whole?.name.en,
      t?.form,
      t?.comparator,
      t?.direction,
      t?.targetYear,
      t?.baseFigure,
      t?.counts,
      t?.dimension,
      t?.industry,
      f.source.section,
      f.source.quote,
      notes.map((n) => n.zh).join(' | '),
      notes.map((n) => n.en).join(' | '),
    ];
  });
  return toCsv(PLAN_CSV_COLUMNS, rows);
}
