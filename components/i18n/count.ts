/**
 * A count in the words of a UI text (rows, issues, seconds), grouped by Intl for
 * the language; a non-number, from a malformed error, is shown as it is. The
 * formatter is built on first use: loading a catalog constructs no Intl object.
 */
import type { Lang } from '../../src/base-entry.js';

const formats = new Map<Lang, Intl.NumberFormat>();

/** `v` grouped for `lang` with up to 6 decimals: 12345 -> "12,345". */
export function count(lang: Lang, v: number): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return String(v);
  let f = formats.get(lang);
  if (!f) formats.set(lang, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: 6 })));
  return f.format(v);
}
