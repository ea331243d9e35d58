/**
 * Units as quantities: a unit as written (亿元, 万人, 万TEU ...) is a scale (a
 * power of ten) of a base unit (元, 人, TEU ...), with a currency for money.
 * Two units of the same base and currency convert into each other; a plan may
 * define units that are not here (`units` of the plan document). Plain data:
 * this module imports nothing.
 */

/** A unit: its base unit, its power of ten of that base, and the currency of money. */
export interface UnitDef {
  readonly base: string;
  readonly exp: number;
  readonly currency?: 'CNY' | 'USD' | 'EUR' | 'HKD';
}

const family = (base: string, scales: Record<string, number>, currency?: UnitDef['currency']) =>
  Object.fromEntries(
    Object.entries(scales).map(([unit, exp]) => [unit, currency ? { base, exp, currency } : { base, exp }]),
  ) as Record<string, UnitDef>;

/** Units every plan may use without defining them. */
export const KNOWN_UNITS: Readonly<Record<string, UnitDef>> = {
  ...family('元', { 元: 0, 万元: 4, 亿元: 8, 万亿元: 12 }, 'CNY'),
  ...family('美元', { 美元: 0, 万美元: 4, 亿美元: 8, 万亿美元: 12 }, 'USD'),
  ...family('欧元', { 欧元: 0, 万欧元: 4, 亿欧元: 8 }, 'EUR'),
  ...family('港元', { 港元: 0, 万港元: 4, 亿港元: 8 }, 'HKD'),
  ...family('TEU', { TEU: 0, 万TEU: 4, 亿TEU: 8 }),
  ...family('吨', { 吨: 0, 万吨: 4, 亿吨: 8 }),
  ...family('人', { 人: 0, 万人: 4, 亿人: 8 }),
  ...family('人次', { 人次: 0, 万人次: 4, 亿人次: 8 }),
  ...family('家', { 家: 0, 万家: 4 }),
  ...family('户', { 户: 0, 万户: 4 }),
  ...family('个', { 个: 0, 万个: 4 }),
  ...family('件', { 件: 0, 万件: 4 }),
  ...family('平方米', { 平方米: 0, 万平方米: 4 }),
  ...family('千瓦', { 千瓦: 0, 万千瓦: 4 }),
  ...family('名', { 名: 0 }),
  ...family('项', { 项: 0 }),
  ...family('场次', { 场次: 0 }),
  ...family('次', { 次: 0 }),
  ...family('公里', { 公里: 0 }),
  ...family('天', { 天: 0 }),
  ...family('年', { 年: 0 }),
  ...family('%', { '%': 0, '％': 0 }),
  ...family('个百分点', { 个百分点: 0, pp: 0 }),
};
