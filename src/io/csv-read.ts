/**
 * Reading CSV text (by d3-dsv) into a header and records, each with the line
 * it starts on, so that problems name their line.
 */
import { csvParseRows } from 'd3-dsv';
import { PlanError } from '../errors.js';
import { BOM } from '../csv.js';

/** One parsed record: its 1-based line number in the text and its fields by column name. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

/** The line (1-based) of a quoted field that is never closed, or null. */
function unclosedQuote(text: string): number | null {
  let quoted = false;
  let line = 1;
  let opened = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      if (quoted && text[i + 1] === '"') i++;
      else if (!quoted && (i === 0 || /[,\n\r]/.test(text[i - 1]!))) [quoted, opened] = [true, line];
      else if (quoted) quoted = false;
    }
  }
  return quoted ? opened : null;
}

/** The number of line breaks inside the fields of one parsed row. */
const breaks = (cells: readonly string[]) => cells.reduce((n, c) => n + (c.match(/\r\n|\r|\n/g)?.length ?? 0), 0);

/**
 * Parse CSV text (BOM and CRLF/LF tolerated) into a header and records.
 * Throws `PlanError` `csv_syntax` with the line of an unterminated quote,
 * `csv_empty` without a header, and `csv_columns` for a row whose column count differs from the header's.
 */
export function parseCsv(text: string): { header: string[]; records: CsvRecord[] } {
  if (typeof text !== 'string') {
    throw new PlanError('invalid_argument', `parseCsv expects the CSV text as a string, got ${typeof text}.`);
  }
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const open = unclosedQuote(src);
  if (open !== null) {
    throw new PlanError(
      'csv_syntax',
      `CSV line ${open}: a quoted field is never closed. Close it with a double quote (") and escape inner quotes as "".`,
      { line: open },
    );
  }
  let line = 1;
  const rows = csvParseRows(src).map((cells) => {
    const row = { line, cells };
    line += 1 + breaks(cells);
    return row;
  });
  const nonEmpty = rows.filter((r) => !(r.cells.length <= 1 && (r.cells[0] ?? '').trim() === ''));
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
