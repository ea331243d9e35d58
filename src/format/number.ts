/**
 * Numbers and values with their units, on cached Intl.NumberFormat instances.
 * zh-CN writes units as the plan does (7,613.59亿元, 61.4%, 1.4个百分点, 15家);
 * en uses compact notation for money and volume (CNY 761.4 billion, 25.8 million TEU).
 */
import { KNOWN_UNITS, type Lang } from '../types.js';
import { decimalsOf, round, shift } from '../calc/decimal.js';
import { fail, num, obj, out } from '../calc/check.js';

/** Options of `formatNumber` and `formatValue`. */
export interface FormatOptions {
  /** zh-CN (default) or en. */
  readonly locale?: Lang;
  /** Decimals to show; defaults to the value's own (at most 6), or 1 for English compact money and volume. */
  readonly decimals?: number;
}

const cache = new Map<string, Intl.NumberFormat>();

/** A cached Intl.NumberFormat; a bad locale or options (Intl's RangeError or TypeError) is a CalcError of `fn`. */
const intl = (fn: string, locale: unknown, options: Intl.NumberFormatOptions): Intl.NumberFormat => {
  const valid = "pass a BCP 47 locale such as 'zh-CN' or 'en' and Intl.NumberFormatOptions";
  if (typeof locale != 'string') return fail('invalid_argument', fn, { locale }, valid);
  obj(fn, 'options', options, valid);
  try {
    const key = locale + JSON.stringify(options);
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
    return f;
  } catch (e) {
    return fail(
      'invalid_argument',
      fn,
      { locale, options },
      `${valid} (${e instanceof Error ? e.message : 'Intl refused them'})`,
    );
  }
};

/** A cached Intl.NumberFormat for a locale and options. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  intl('numberFormat', locale, options);

/** `options` checked: an object (undefined is {}), decimals an integer from -300 to 100 (Intl shows at most 100). */
const checked = (fn: string, options: FormatOptions): FormatOptions => {
  const d = obj(fn, 'options', options, 'pass { locale, decimals } or nothing').decimals;
  if (d != null && !(Number.isInteger(d) && d >= -300 && d <= 100))
    fail('invalid_argument', fn, { decimals: d }, 'pass decimals as an integer from -300 to 100');
  return options;
};

/** A number rounded and grouped for the locale, `options` already checked; errors name `fn`. */
const grouped = (fn: string, value: number, options: FormatOptions): string => {
  const decimals = options.decimals;
  const r = round(num('value', value), decimals ?? Math.min(decimalsOf(value), 6));
  const d = Math.max(decimals ?? decimalsOf(r), 0);
  return intl(fn, options.locale ?? 'zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d }).format(r);
};

/** A number rounded decimal-correctly and grouped for the locale: 7613.59 -> "7,613.59". */
export const formatNumber = (value: number, options: FormatOptions = {}): string =>
  grouped('formatNumber', value, checked('formatNumber', options));

// English for the base units (model/units.ts): a prefix for money, a noun for volumes; counts stay bare.
const EN_BASE: Readonly<Record<string, readonly [prefix: string, suffix: string]>> = {
  元: ['CNY ', ''],
  美元: ['USD ', ''],
  欧元: ['EUR ', ''],
  港元: ['HKD ', ''],
  TEU: ['', ' TEU'],
  吨: ['', ' tonnes'],
  人: ['', ' people'],
  人次: ['', ' visits'],
  户: ['', ' households'],
  件: ['', ' items'],
  平方米: ['', ' m²'],
  千瓦: ['', ' kW'],
  家: ['', ''],
  个: ['', ''],
};
const COUNT = ['家', '个', '名', '项', '场次', '次'];
const EN: Record<string, [string, string]> = { 天: ['day', 'days'], 年: ['year', 'years'] };
const own = <V>(table: Readonly<Record<string, V>>, key: string): V | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

/**
 * A value with its unit as a page shows it: formatValue(7613.59, '亿元') is "7,613.59亿元";
 * with { locale: 'en' } "CNY 761.4 billion" (money and scaled units in compact notation:
 * value × 10^exp of the unit, model/units.ts). null or undefined is "—" (no data); NaN throws CalcError.
 */
export const formatValue = (value: number | null | undefined, unit: string, options: FormatOptions = {}): string => {
  checked('formatValue', options);
  if (typeof unit != 'string')
    fail('invalid_argument', 'formatValue', { unit }, "pass a unit such as '亿元', '%' or '家'");
  if (value == null) return '—';
  num('value', value);
  if (options.locale !== 'en') return grouped('formatValue', value, options) + unit;
  const def = own(KNOWN_UNITS, unit);
  const en = def && own(EN_BASE, def.base);
  if (def && en && (def.exp > 0 || def.currency)) {
    const d = options.decimals ?? 1;
    const n = intl('formatValue', 'en', {
      notation: 'compact',
      compactDisplay: 'long',
      maximumFractionDigits: Math.max(d, 0),
    }).format(round(out('formatValue', shift(value, def.exp), { value, unit }), d));
    return `${en[0]}${n}${en[1]}`;
  }
  const n = grouped('formatValue', value, options);
  if (unit == '%' || unit == '％') return `${n}%`;
  if (unit == '个百分点' || unit == 'pp') return `${n} pp`;
  if (COUNT.includes(unit)) return n;
  const w = own(EN, unit);
  return w ? `${n} ${Math.abs(value) == 1 ? w[0] : w[1]}` : `${n} ${unit}`;
};
