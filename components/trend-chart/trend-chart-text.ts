/**
 * The words of `<qd-trend-chart>`: the one-sentence summary, each point as the
 * live region announces it, and the rows of the table view and the CSV file.
 * Numbers are formatted by `format.ts`; nothing here computes.
 */
import { formatBounded, formatTarget, formatValue, statusLabel } from '../views/format.js';
import type { Catalog, PlainKey } from '../i18n/catalog.js';
import { citeObservation, periodLabel } from '../views/cite.js';
import type { CsvCell } from '../render/download.js';
import type { TargetView } from '../views/target-view.js';
import type { PointKind, TrendModel, TrendPoint } from '../views/trend-series.js';

/** The unit of the base (a level, for growth targets whose target unit is %). */
export const baseUnit = (v: TargetView): string => v.base?.unit ?? v.target.unit;

/** A point's value in words ("3,087万TEU", "至少3个" / "at least 3"). */
export function pointValue(v: TargetView, p: TrendPoint, c: Catalog): string {
  return formatBounded(p.value, p.kind === 'base' ? baseUnit(v) : v.target.unit, p.bound, c.lang);
}

/** The source of a point in words (the target's plan section for an implied base of 0 additions). */
export function pointSource(v: TargetView, p: TrendPoint, c: Catalog): string {
  return p.observation
    ? citeObservation(p.observation, c)
    : c.planSection({ section: v.target.source.section, document: v.sourceDocument });
}

/** A point as the live region and its accessible name say it: "2024年：3,087万TEU（…）". */
export function pointText(v: TargetView, p: TrendPoint, c: Catalog): string {
  const params = {
    year: p.year,
    value: pointValue(v, p, c),
    source: pointSource(v, p, c),
    period: periodLabel(p.period, c),
  };
  const text =
    p.kind === 'base' ? c.pointBase : p.kind === 'part' ? c.pointPart : p.kind === 'yoy' ? c.pointYoy : c.point;
  return text(params);
}

/** The one-sentence summary: from the base to the latest figure, the target, the status. */
export function summaryText(v: TargetView, c: Catalog): string {
  const lang = c.lang;
  const name = c.name(v.target.name);
  const growth = v.target.form === 'avg_annual_growth' || v.target.form === 'cumulative_growth';
  const base = v.base && v.baseStated ? formatValue(v.base.value, baseUnit(v), { locale: lang }) : null;
  const latest = v.latest ? formatBounded(v.latest.value, v.target.unit, v.latest.bound, lang) : null;
  let head: string;
  if (latest && base && !growth)
    head = c.summaryFromTo({ name, base, baseYear: v.base!.year, latest, year: v.latest!.year });
  else if (latest) head = c.summaryLatestOnly({ name, latest, year: v.latest!.year });
  else if (base) head = c.summaryBaseOnly({ name, base, baseYear: v.base!.year });
  else head = c.summaryNone({ name });
  const a = v.assessment;
  return (
    head +
    c.summaryTail({
      targetYear: v.target.targetYear,
      target: formatTarget(v.target, { locale: lang }),
      status: statusLabel(a.status, lang, a.achievedEarly),
    })
  );
}

const KIND: Record<PointKind | 'target', PlainKey> = {
  base: 'baseValue',
  observed: 'observed',
  bound: 'kindBound',
  part: 'kindPart',
  yoy: 'kindYoy',
  target: 'target',
};

/** The label of a point's kind ("基期值", "下限值" ...). */
export const kindLabel = (kind: PointKind | 'target', c: Catalog): string => c[KIND[kind]];

/** One row of the table view: year (with period), value, kind, source. */
export interface TableLine {
  readonly year: string;
  readonly value: string;
  readonly kind: string;
  readonly source: string;
}

/** The rows of the table view: every point, then the target. */
export function tableLines(v: TargetView, m: TrendModel, c: Catalog): TableLine[] {
  const rows = m.points.map((p) => ({
    year:
      p.period === 'FY' ? c.yearOf({ year: p.year }) : c.yearPeriod({ year: p.year, period: periodLabel(p.period, c) }),
    value: pointValue(v, p, c),
    kind: kindLabel(p.kind, c),
    source: pointSource(v, p, c),
  }));
  rows.push({
    year: c.yearOf({ year: v.target.targetYear }),
    value: formatTarget(v.target, { locale: c.lang }),
    kind: kindLabel('target', c),
    source: c.planSection({ section: v.target.source.section, document: v.sourceDocument }),
  });
  return rows;
}

/** The CSV header of the data download. */
export const CSV_HEADER = [
  'indicator',
  'year',
  'period',
  'kind',
  'value',
  'bound',
  'unit',
  'publisher',
  'published',
  'url',
  'plan_section',
] as const;

/** The CSV rows: raw values (not formatted), one per point, then the target (bound = its comparator). */
export function csvRows(v: TargetView, m: TrendModel): CsvCell[][] {
  const id = v.target.indicator;
  const rows: CsvCell[][] = m.points.map((p) => {
    const o = p.observation;
    return [
      id,
      p.year,
      p.period,
      p.kind,
      p.value,
      p.bound,
      p.kind === 'base' ? baseUnit(v) : v.target.unit,
      o?.publisher ?? '',
      o?.published ?? '',
      o?.url ?? '',
      o?.source?.section ?? (o ? '' : v.target.source.section),
    ];
  });
  rows.push([
    id,
    v.target.targetYear,
    'FY',
    'target',
    v.target.value,
    v.target.comparator,
    v.target.unit,
    '',
    '',
    '',
    v.target.source.section,
  ]);
  return rows;
}
