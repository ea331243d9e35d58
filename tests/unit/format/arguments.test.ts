// Invalid arguments to the formatting functions: a CalcError invalid_argument
// that names what was passed and what is valid, never a TypeError or RangeError.
import { describe, expect, it } from 'vitest';
import {
  formatNumber,
  formatTarget,
  formatValue,
  numberFormat,
  qualifierLabel,
  reasonLabel,
  rejectionLabel,
  statusLabel,
  warningLabel,
} from '../../../src/format/index.js';
import { CalcError } from '../../../src/calc/index.js';

const invalid = (fn: () => unknown, ...parts: (string | RegExp)[]) => {
  let e: unknown;
  try {
    fn();
  } catch (x) {
    e = x;
  }
  expect(e).toBeInstanceOf(CalcError);
  expect((e as CalcError).code).toBe('invalid_argument');
  for (const p of parts) expect((e as CalcError).message).toMatch(p);
};

describe('numberFormat, formatNumber and formatValue', () => {
  it('turn a bad locale or Intl options into invalid_argument', () => {
    invalid(() => numberFormat(' '), "numberFormat: got locale ' '", 'BCP 47', 'Incorrect locale');
    invalid(() => numberFormat(['en'] as never), 'numberFormat: got locale ["en"]');
    invalid(() => numberFormat('en', { maximumFractionDigits: 500 }), 'out of range');
    invalid(() => numberFormat('en', 'percent' as never), "options 'percent'");
    invalid(() => formatValue(1, '亿元', { locale: '' as never }), "formatValue: got locale ''");
  });
  it('treat undefined options as {} and reject null, bad decimals and a unit that is not a string', () => {
    expect(formatNumber(1.5, undefined)).toBe('1.5');
    invalid(() => formatNumber(1, null as never), 'formatNumber: got options null');
    invalid(() => formatNumber(1, { decimals: 1.5 }), 'decimals 1.5', 'integer from -300 to 100');
    invalid(() => formatNumber('1' as never), "got string '1'");
    invalid(() => formatValue(1, Object.create(null)), 'formatValue: got unit {}');
    expect(formatValue(null, '亿元')).toBe('—');
  });
  it('treats only its own units as money, volume or days (not constructor or toString)', () => {
    expect(formatValue(5, 'constructor', { locale: 'en' })).toBe('5 constructor');
    expect(formatValue(1, 'toString', { locale: 'en' })).toBe('1 toString');
  });
});

describe('labels', () => {
  it('throw invalid_argument naming the valid codes for an unknown code', () => {
    invalid(() => statusLabel('late' as never), "statusLabel: got status 'late'", 'pass one of achieved, on_track');
    invalid(() => qualifierLabel(undefined as never), 'qualifierLabel: got comparator undefined', 'approx');
    invalid(() => reasonLabel('toString' as never), "reasonLabel: got code 'toString'", 'qualitative_target');
    invalid(() => warningLabel(Object.create(null)), 'warningLabel: got code {}', 'ratio_unavailable');
    invalid(() => rejectionLabel(1 as never), 'rejectionLabel: got reason 1', 'before_base_year');
    invalid(() => formatTarget(undefined as never), 'formatTarget: got target undefined', 'value, unit, comparator');
    invalid(() => formatTarget({ value: 1, unit: '%', comparator: 'about' as never }), "comparator 'about'");
  });
  it('read any locale other than en as zh-CN, without coercing it', () => {
    expect(statusLabel('achieved', Object.create(null))).toBe('已实现');
    expect(reasonLabel('zero_base', 'en')).toBe('Base is zero');
  });
});
