/**
 * Numbers and values with their units, on cached Intl.NumberFormat instances.
 * zh-CN writes units as the plan does (7,613.59亿元, 61.4%, 1.4个百分点, 15家);
 * en uses compact notation for money and volume (CNY 761.4 billion, 25.8 million TEU).
 */
import type { Lang } from '../types.js';
import { decimalsOf, round, shift } from '../calc/decimal.js';

/** Options of `formatNumber` and `formatValue`. */
export interface FormatOptions {
  /** zh-CN (default) or en. */
  readonly locale?: Lang;
  /** Decimals to show; defaults to the value's own (at most 6), or 1 for English compact money and volume. */
  readonly decimals?: number;
}

const cache = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat for a locale and options. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat => {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
};

/** A number rounded decimal-correctly and grouped for the locale: 7613.59 -> "7,613.59". */
export const formatNumber = (value: number, options: FormatOptions = {}): string => {
  const r = round(value, options.decimals ?? Math.min(decimalsOf(value), 6));
  const d = Math.max(options.decimals ?? decimalsOf(r), 0);
  return numberFormat(options.locale ?? 'zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d }).format(r);
};

// Powers of ten of the money and volume units.
const MONEY: Record<string, number> = { 元: 0, 万元: 4, 亿元: 8, 万亿元: 12 };
const TEU: Record<string, number> = { TEU: 0, 万TEU: 4 };
const COUNT = ['家', '个', '名', '项', '场次'];
const EN: Record<string, [string, string]> = { 天: ['day', 'days'], 年: ['year', 'years'] };

/**
 * A value with its unit as a page shows it: formatValue(7613.59, '亿元') is "7,613.59亿元";
 * with { locale: 'en' } "CNY 761.4 billion". null or undefined is "—" (no data); NaN throws CalcError.
 */
export const formatValue = (value: number | null | undefined, unit: string, options: FormatOptions = {}): string => {
  if (value == null) return '—';
  if (options.locale != 'en') return formatNumber(value, options) + unit;
  const big = MONEY[unit] ?? TEU[unit];
  if (big !== undefined) {
    const d = options.decimals ?? 1;
    const n = numberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: d }).format(round(shift(value, big), d));
    return unit in MONEY ? `CNY ${n}` : `${n} TEU`;
  }
  const n = formatNumber(value, options);
  if (unit == '%' || unit == '％') return `${n}%`;
  if (unit == '个百分点' || unit == 'pp') return `${n} pp`;
  if (COUNT.includes(unit)) return n;
  const w = EN[unit];
  return w ? `${n} ${Math.abs(value) == 1 ? w[0] : w[1]}` : `${n} ${unit}`;
};
