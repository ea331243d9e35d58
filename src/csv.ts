/**
 * Writing CSV (RFC 4180, by d3-dsv): `toCsv` with a UTF-8 byte-order mark so
 * that spreadsheet programs read Chinese text correctly, and CRLF line ends.
 * Reading is in `io/csv-read.ts`.
 */
import { csvFormatRow } from 'd3-dsv';
import { PlanError, describeValue } from './errors.js';

/** The byte-order mark spreadsheet programs need to read UTF-8. */
export const BOM = '\uFEFF';

type Cell = string | number | boolean | null | undefined;

/** CSV text of a header and rows, CRLF line ends, BOM first unless `bom: false`; null and undefined are empty cells. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: { readonly bom?: boolean } = {},
): string {
  const isRow = (r: unknown) => Array.isArray(r) && r.every((c) => c === null || typeof c !== 'object');
  const given: unknown = rows; // checked as unknown: Array.isArray would turn `rows` into any[]
  if (!isRow(header) || !Array.isArray(given) || !given.every(isRow)) {
    throw new PlanError(
      'invalid_argument',
      `toCsv expects a header (an array of names) and rows (arrays of strings, numbers or booleans), got ${describeValue(header)} and ${describeValue(rows)}.`,
    );
  }
  const lines = [header, ...rows].map((r) =>
    csvFormatRow(r.map((v: Cell) => (v === null || v === undefined ? '' : String(v)))),
  );
  return (options?.bom === false ? '' : BOM) + lines.join('\r\n') + '\r\n';
}
