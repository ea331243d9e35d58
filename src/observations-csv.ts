/**
 * Observations as CSV, the same columns as `observations.schema.json`:
 * `observationsCsv` writes them, `parseObservationsCsv` reads a site's file
 * and reports every invalid row with its line number.
 */
import { parseCsv, toCsv } from './csv.js';
import { PlanError } from './errors.js';
import { expectList } from './observations.js';
import { validateObservations, type ObservationsResult } from './validate-observations.js';
import type { Observation } from './types.js';

/** The columns of `observations.csv`, in order (snake_case for `priceBasis`). */
export const OBSERVATION_COLUMNS = [
  'indicator',
  'year',
  'period',
  'measure',
  'since',
  'value',
  'bound',
  'unit',
  'price_basis',
  'vintage',
  'publisher',
  'published',
  'url',
  'reliability',
  'note',
] as const;

const REQUIRED = [
  'indicator',
  'year',
  'period',
  'measure',
  'value',
  'bound',
  'unit',
  'vintage',
  'publisher',
  'published',
  'url',
  'reliability',
];
const NUMERIC = new Set(['year', 'since', 'value']);
const FIELD: Record<string, string> = { price_basis: 'priceBasis' };

/** Observations as CSV text (UTF-8 BOM, CRLF), one row each. */
export function observationsCsv(list: readonly Observation[]): string {
  expectList('observationsCsv', list);
  return toCsv(
    OBSERVATION_COLUMNS,
    list.map((o) => [
      o.indicator,
      o.year,
      o.period,
      o.measure,
      o.since,
      o.value,
      o.bound,
      o.unit,
      o.priceBasis,
      o.vintage,
      o.publisher,
      o.published,
      o.url,
      o.reliability,
      o.note,
    ]),
  );
}

/** A number where the text is one ("12.5", "-3"), otherwise the text itself, so the schema reports it. */
const numeric = (s: string): string | number => (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s.trim()) ? Number(s) : s);

/**
 * Parse and validate observations CSV in the published columns. Returns the
 * valid rows and every issue with its CSV line; throws `PlanError` only when the
 * text is not CSV at all or lacks a required column.
 */
export function parseObservationsCsv(text: string): ObservationsResult {
  const { header, records } = parseCsv(text);
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) {
    throw new PlanError(
      'csv_columns_missing',
      `The observations CSV lacks the column(s) ${missing.join(', ')}. The header must name: ${OBSERVATION_COLUMNS.join(',')}.`,
      { missing },
    );
  }
  const rows = records.map((r) => {
    const row: Record<string, string | number> = {};
    for (const [col, raw] of Object.entries(r.fields)) {
      if (raw.trim() === '') continue;
      row[FIELD[col] ?? col] = NUMERIC.has(col) ? numeric(raw) : raw.trim();
    }
    return row;
  });
  const result = validateObservations(rows);
  return { ...result, issues: result.issues.map((i) => ({ ...i, line: records[i.index]!.line })) };
}
