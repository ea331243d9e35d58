import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, numberFormat, round } from '../../../src/format/index.js';
import { CalcError } from '../../../src/calc/index.js';

describe('round(value, decimals)', () => {
  it('is decimal-correct: round(1.005, 2) === 1.01', () => {
    expect(round(1.005, 2)).toBe(1.01);
  });
});

describe('formatNumber(value, options)', () => {
  it('groups per Intl zh-CN and keeps the value decimals', () => {
    expect(formatNumber(7613.59)).toBe('7,613.59');
    expect(formatNumber(12400.56, { locale: 'en' })).toBe('12,400.56');
  });
  it('rounds decimal-correctly before Intl formats', () => {
    expect(formatNumber(1.005, { decimals: 2 })).toBe('1.01');
    expect(formatNumber(61.4, { decimals: 2 })).toBe('61.40');
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
  });
  it('caches Intl.NumberFormat instances', () => {
    expect(numberFormat('zh-CN', { maximumFractionDigits: 1 })).toBe(
      numberFormat('zh-CN', { maximumFractionDigits: 1 }),
    );
  });
});

describe('formatValue(value, unit, { locale })', () => {
  it('writes zh-CN units as the plan does', () => {
    expect(formatValue(7613.59, '亿元')).toBe('7,613.59亿元');
    expect(formatValue(1.2, '万亿元')).toBe('1.2万亿元');
    expect(formatValue(2580, '万TEU')).toBe('2,580万TEU');
    expect(formatValue(61.4, '%')).toBe('61.4%');
    expect(formatValue(1.4, '个百分点')).toBe('1.4个百分点');
    expect(formatValue(15, '家', { locale: 'zh-CN' })).toBe('15家');
  });
  it('uses compact notation for money and volume in English', () => {
    expect(formatValue(7613.59, '亿元', { locale: 'en' })).toBe('CNY 761.4 billion');
    expect(formatValue(1.2, '万亿元', { locale: 'en' })).toBe('CNY 1.2 trillion');
    expect(formatValue(2580, '万TEU', { locale: 'en' })).toBe('25.8 million TEU');
    expect(formatValue(848.9, '亿元', { locale: 'en', decimals: 2 })).toBe('CNY 84.89 billion');
  });
  it('writes percent, percentage points, counts, days and years in English', () => {
    expect(formatValue(61.4, '%', { locale: 'en' })).toBe('61.4%');
    expect(formatValue(1.4, '个百分点', { locale: 'en' })).toBe('1.4 pp');
    expect(formatValue(15, '家', { locale: 'en' })).toBe('15');
    expect(formatValue(400, '场次', { locale: 'en' })).toBe('400');
    expect(formatValue(144, '天', { locale: 'en' })).toBe('144 days');
    expect(formatValue(1, '年', { locale: 'en' })).toBe('1 year');
    expect(formatValue(3, 'km', { locale: 'en' })).toBe('3 km');
  });
  it('shows missing data as a dash and throws CalcError for NaN, never printing NaN', () => {
    expect(formatValue(null, '亿元')).toBe('—');
    expect(formatValue(undefined, '%', { locale: 'en' })).toBe('—');
    expect(() => formatValue(NaN, '亿元')).toThrow(CalcError);
    expect(() => formatValue(Infinity, '亿元', { locale: 'en' })).toThrow(CalcError);
  });
});
