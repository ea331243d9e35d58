/**
 * Observations as CSV, the same columns as `observations.schema.json`:
 * `observationsCsv` writes them, `parseObservationsCsv` reads a site's file
 * and reports every invalid row with its line number.
 */
import { toCsv } from '../csv.js';
import { PlanError } from '../errors.js';
import { expectList } from '../plan/observations.js';
import type { PlanData } from '../plan/plan-data.js';
import {
  OBSERVATION_COLUMNS,
  OBSERVATION_NUMERIC_COLUMNS,
  OBSERVATION_REQUIRED_COLUMNS,
  type Observation,
} from '../types.js';
import { parseCsv } from './csv-read.js';
import { validateObservations, type ObservationsResult } from './validate.js';

export { OBSERVATION_COLUMNS };

const NUMERIC = new Set<string>(OBSERVATION_NUMERIC_COLUMNS);
/** The schema field of a CSV column (`price_basis` -> `priceBasis`). */
const field = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Observations as CSV text (UTF-8 BOM, CRLF), one row each. */
export function observationsCsv(list: readonly Observation[]): string {
  expectList('observationsCsv', list);
  return toCsv(
    OBSERVATION_COLUMNS,
    list.map((o) => OBSERVATION_COLUMNS.map((c) => o[field(c) as keyof Observation] as string | number | undefined)),
  );
}

/** A number where the text is one ("12.5", "-3"), otherwise the text itself, so the schema reports it. */
const numeric = (s: string): string | number => (/^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s.trim()) ? Number(s) : s);

/**
 * Read observations CSV in the published columns into rows (field names as in
 * the schema, numbers where a numeric column holds one) and the line of each
 * row, without validating them; throws `PlanError` when the text is not CSV
 * at all or lacks a required column.
 */
export function readObservationsCsv(text: string): { rows: Record<string, string | number>[]; lines: number[] } {
  const { header, records } = parseCsv(text);
  const missing = OBSERVATION_REQUIRED_COLUMNS.filter((c) => !header.includes(c));
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
      row[field(col)] = NUMERIC.has(col) ? numeric(raw) : raw.trim();
    }
    return row;
  });
  return { rows, lines: records.map((r) => r.line) };
}

/** `validateObservations` of rows read from CSV, each issue with its CSV line. */
export function validateCsvRows(
  read: { rows: readonly unknown[]; lines: readonly number[] },
  plan: PlanData,
): ObservationsResult {
  const result = validateObservations(read.rows, plan);
  return { ...result, issues: result.issues.map((i) => ({ ...i, line: read.lines[i.index]! })) };
}

/**
 * Parse and validate observations CSV in the published columns against `plan`
 * (the plan in use). Returns the valid rows and every issue with its CSV line;
 * throws `PlanError` only when the text is not CSV at all or lacks a required column.
 */
export function parseObservationsCsv(text: string, plan: PlanData): ObservationsResult {
  return validateCsvRows(readObservationsCsv(text), plan);
}
