/**
 * Downloads built in the page (no server): CSV of a widget's data and SVG of a
 * chart, through a Blob URL and a temporary `<a download>`. CSV text comes from
 * `src/csv.ts` (`toCsv`) so quoting and the BOM match the published files.
 */
import { toCsv } from '../../src/format-entry.js';

/** A CSV cell: text, a number, a boolean or empty. */
export type CsvCell = string | number | boolean | null | undefined;

/** Saves `content` as a file named `filename` (revokes the Blob URL afterwards). */
export function downloadBlob(filename: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** CSV text (UTF-8 BOM, CRLF) of a header and rows, as the published CSV files write it. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return toCsv(header, rows);
}

/** Downloads rows as a CSV file. */
export function downloadCsv(filename: string, header: readonly string[], rows: readonly (readonly CsvCell[])[]): void {
  downloadBlob(filename, csvText(header, rows), 'text/csv;charset=utf-8');
}

/**
 * A standalone SVG document of a rendered chart: a deep clone with the SVG
 * namespace and, where given, `style` text copied in (resolve `var(--qd-*)`
 * colours first so the file renders outside the page).
 */
export function svgText(svgEl: SVGSVGElement, style = ''): string {
  const clone = svgEl.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  if (style) {
    const s = document.createElementNS('http://www.w3.org/2000/svg', 'style');
    s.textContent = style;
    clone.prepend(s);
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

/** Downloads a rendered SVG element as an `.svg` file. */
export function downloadSvg(filename: string, svgEl: SVGSVGElement, style = ''): void {
  downloadBlob(filename, svgText(svgEl, style), 'image/svg+xml;charset=utf-8');
}
