/**
 * RFC 4180 CSV: `toCsv` writes rows (with a UTF-8 BOM so spreadsheets read
 * Chinese text correctly), `parseCsv` reads them back with line numbers.
 */
import { PlanError } from './errors.js';

/** The byte-order mark spreadsheet programs need to read UTF-8. */
export const BOM = '\uFEFF';

type Cell = string | number | boolean | null | undefined;

function cell(v: Cell): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text of a header and rows, CRLF line ends, BOM first unless `bom: false`. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], { bom = true } = {}): string {
  const lines = [header, ...rows].map((r) => r.map(cell).join(','));
  return (bom ? BOM : '') + lines.join('\r\n') + '\r\n';
}

/** One parsed record: its 1-based line number in the text and its fields by column name. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Parse CSV text (BOM and CRLF/LF tolerated) into a header and records.
 * Throws `PlanError` `csv_syntax` with the line of an unterminated quote, and
 * `csv_columns` for a row whose column count differs from the header's.
 */
export function parseCsv(text: string): { header: string[]; records: CsvRecord[] } {
  if (typeof text !== 'string') {
    throw new PlanError('invalid_argument', `parseCsv expects the CSV text as a string, got ${typeof text}.`);
  }
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      cells.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      cells.push(field);
      rows.push({ line: rowLine, cells });
      cells = [];
      field = '';
      line++;
      rowLine = line;
    } else field += c;
  }
  if (quoted)
    throw new PlanError(
      'csv_syntax',
      `CSV line ${rowLine}: a quoted field is never closed. Close it with a double quote (") and escape inner quotes as "".`,
      { line: rowLine },
    );
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    rows.push({ line: rowLine, cells });
  }
  const nonEmpty = rows.filter((r) => !(r.cells.length === 1 && r.cells[0]!.trim() === ''));
  const head = nonEmpty.shift();
  if (!head) throw new PlanError('csv_empty', 'The CSV text is empty: the first line must name the columns.');
  const header = head.cells.map((h) => h.trim());
  const records = nonEmpty.map((r) => {
    if (r.cells.length !== header.length) {
      throw new PlanError(
        'csv_columns',
        `CSV line ${r.line}: ${r.cells.length} fields where the header has ${header.length}. Quote fields that contain commas.`,
        { line: r.line },
      );
    }
    return { line: r.line, fields: Object.fromEntries(header.map((h, i) => [h, r.cells[i]!])) };
  });
  return { header, records };
}
