/**
 * A light-DOM `<table>` child as data: each body row is `year, value`
 * (header rows and `<th>`-only rows are skipped). It survives CMS sanitisers
 * and reads without JavaScript; once the widget runs, the rows become user
 * observations of the widget's indicator (see `target-view.ts`).
 *
 * ```html
 * <qd-target-card indicator="services-trade">
 *   <table><tr><th>年份</th><th>亿元</th></tr><tr><td>2023</td><td>1,020.5</td></tr></table>
 * </qd-target-card>
 * ```
 */

/** The `publisher` of observations read from a light-DOM table (widgets show it translated: 本页表格 / table on this page). */
export const TABLE_PUBLISHER = 'table';

/** One data row of a light-DOM table. */
export interface TableRow {
  readonly year: number;
  readonly value: number;
  /** 1-based row number in the table (for messages). */
  readonly row: number;
}

/** The rows read, and the 1-based numbers of rows that could not be read. */
export interface TableData {
  readonly rows: readonly TableRow[];
  readonly invalid: readonly number[];
}

const YEAR = /^\d{4}$/;
// Digits with optional thousands separators (, or thin/normal spaces) and decimals; a trailing % is allowed.
const NUMBER = /^[-−]?\d{1,3}([,\s\u2009\u202f]?\d{3})*(\.\d+)?%?$|^[-−]?\d+(\.\d+)?%?$/;

/** Parses a cell's number ("1,100", "848.9", "5.3%"); null when it is not one. */
export function parseCellNumber(text: string): number | null {
  const s = text.trim();
  if (!NUMBER.test(s)) return null;
  const n = Number(s.replace(/[,\s\u2009\u202f%]/g, '').replace('−', '-'));
  return Number.isFinite(n) ? n : null;
}

/** Reads the first direct `<table>` child of `host`; null when it has none. */
export function readTable(host: Element): TableData | null {
  const table = host.querySelector(':scope > table');
  if (!table) return null;
  const rows: TableRow[] = [];
  const invalid: number[] = [];
  [...table.querySelectorAll('tr')].forEach((tr, i) => {
    const cells = [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
    // Header rows: in <thead>, or only <th> cells (a row header <th scope="row"> with <td>s is data).
    if (tr.closest('thead') || cells.every((c) => c.tagName === 'TH')) return;
    const year = cells[0]?.textContent?.trim() ?? '';
    const value = parseCellNumber(cells[1]?.textContent ?? '');
    if (!YEAR.test(year) || value === null) invalid.push(i + 1);
    else rows.push({ year: Number(year), value, row: i + 1 });
  });
  return { rows, invalid };
}
