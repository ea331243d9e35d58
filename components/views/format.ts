/**
 * The one formatting entry of the widgets: re-exports `src/format` (values with
 * units, targets with their qualifier, status / reason labels) and adds the
 * few display helpers it lacks (rates given as fractions, publication dates,
 * bounded values), all on Intl. Widgets import formatting from here only.
 */
import type { Bound, Lang } from '../../src/core.js';
import { formatTarget, formatValue, numberFormat } from '../../src/format-entry.js';

export {
  formatNumber,
  formatTarget,
  formatValue,
  presetDocument,
  presetDocumentUrl,
  presetLabel,
  provisionalLabel,
  qualifierLabel,
  reasonLabel,
  statusLabel,
  warningLabel,
  round,
} from '../../src/format-entry.js';

/** A rate given as a fraction, as a percentage with one decimal: 0.05319 -> "5.3%". */
export const formatRate = (fraction: number, locale: Lang): string =>
  numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction);

/** A share of the way (the distance ratio, 1 = target), as a whole percentage: 0.6 -> "60%". */
export const formatShare = (fraction: number, locale: Lang): string =>
  numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(fraction);

/** A value with its unit and its bound: "3个以上" / "at least 3", "超过10,000亿元" / "more than CNY 1 trillion". */
export const formatBounded = (value: number, unit: string, bound: Bound, locale: Lang): string =>
  bound === 'exact'
    ? formatValue(value, unit, { locale })
    : formatTarget({ value, unit, comparator: bound }, { locale });

/** A publication date `YYYY-MM-DD` or `YYYY-MM` in the locale ("2025年2月16日", "16 Feb 2025"); other text unchanged. */
export function formatDate(date: string, locale: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  if (!m) return date;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  return dateFormat(locale, Boolean(m[3])).format(d);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat (constructing one costs far more than formatting with it). */
function dateFormat(locale: Lang, withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withDay}`;
  let f = dateFormats.get(key);
  if (!f) {
    const month = locale === 'en' ? 'short' : 'long';
    f = new Intl.DateTimeFormat(
      locale,
      withDay
        ? { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', month, timeZone: 'UTC' },
    );
    dateFormats.set(key, f);
  }
  return f;
}
