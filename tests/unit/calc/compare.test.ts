import { describe, expect, it } from 'vitest';
import { isMet, toleranceOf } from '../../../src/calc/index.js';
import type { Comparator } from '../../../src/types.js';
import { caught } from './helpers.js';

const t = (comparator: Comparator, value = 100, direction: 'up' | 'down' = 'up') => ({ comparator, value, direction });

describe('isMet(target, value, options)', () => {
  it('at_least (以上) includes the number, more_than (超过) excludes it', () => {
    expect(isMet(t('at_least'), 100)).toBe(true);
    expect(isMet(t('at_least'), 99)).toBe(false);
    expect(isMet(t('more_than'), 100)).toBe(false);
    expect(isMet(t('more_than'), 101)).toBe(true);
  });
  it('at_most (以内) includes the number, less_than (不足) excludes it', () => {
    expect(isMet(t('at_most', 100, 'down'), 100)).toBe(true);
    expect(isMet(t('less_than', 100, 'down'), 100)).toBe(false);
    expect(isMet(t('less_than', 100, 'down'), 99)).toBe(true);
  });
  it('reach (达到) is met at or beyond the number in the better direction', () => {
    expect(isMet(t('reach'), 100)).toBe(true);
    expect(isMet(t('reach'), 99)).toBe(false);
    expect(isMet(t('reach', 100, 'down'), 99)).toBe(true);
    expect(isMet(t('reach', 100, 'down'), 101)).toBe(false);
  });
  it('approx (左右) is met within the tolerance or beyond the number: 1% of |T| without a base', () => {
    expect(isMet(t('approx'), 99)).toBe(true);
    expect(isMet(t('approx'), 98)).toBe(false);
    expect(isMet(t('approx'), 150)).toBe(true);
    expect(isMet(t('approx', 100, 'down'), 101)).toBe(true);
    expect(isMet(t('approx', 100, 'down'), 102)).toBe(false);
  });
  it('approx uses 5% of |T - y0| with a base, or an absolute or relative override', () => {
    expect(isMet(t('approx'), 98, { base: 60 })).toBe(true);
    expect(isMet(t('approx'), 97, { base: 60 })).toBe(false);
    expect(isMet(t('approx'), 95, { tolerance: 5 })).toBe(true);
    expect(isMet(t('approx'), 95, { tolerance: { absolute: 4 } })).toBe(false);
    expect(isMet(t('approx'), 95, { tolerance: { relative: 0.05 } })).toBe(true);
  });
  it('compares the value as published by default: 1099.6 has not reached 1100, 8.46 not 8.5, 25.4 is not at most 25', () => {
    expect(isMet({ comparator: 'reach', value: 1100, direction: 'up' }, 1099.6)).toBe(false);
    expect(isMet({ comparator: 'at_least', value: 8.5, direction: 'up' }, 8.46)).toBe(false);
    expect(isMet({ comparator: 'at_most', value: 25, direction: 'down' }, 25.4)).toBe(false);
    expect(isMet({ comparator: 'more_than', value: 1600, direction: 'up' }, 1600.4)).toBe(true);
  });
  it("rounds an exact value to the target's decimals with compare: 'target_decimals' (8.5 -> 1 decimal; 1600 -> 0)", () => {
    const o = { compare: 'target_decimals' } as const;
    expect(isMet({ comparator: 'at_least', value: 8.5, direction: 'up' }, 8.45, o)).toBe(true);
    expect(isMet({ comparator: 'at_least', value: 8.5, direction: 'up' }, 8.44, o)).toBe(false);
    expect(isMet({ comparator: 'more_than', value: 1600, direction: 'up' }, 1600.4, o)).toBe(false);
    expect(isMet({ comparator: 'more_than', value: 1600, direction: 'up' }, 1600.5, o)).toBe(true);
    // A target of 0 has no published precision: compared as published even then (bug 1).
    expect(isMet({ comparator: 'reach', value: 0, direction: 'down' }, 0.4, o)).toBe(false);
    expect(caught(() => isMet(t('reach'), 1, { compare: 'rounded' as 'as_published' })).code).toBe('invalid_argument');
  });
  it('bug 1: a zero target is not met by any value below 0.5 (0.4 is not "reach 0" for lower is better)', () => {
    expect(isMet({ comparator: 'reach', value: 0, direction: 'down' }, 0.4)).toBe(false);
    expect(isMet({ comparator: 'at_most', value: 0, direction: 'down' }, 0.4)).toBe(false);
    expect(isMet({ comparator: 'reach', value: 0, direction: 'down' }, 0)).toBe(true);
  });
  it('lets a lower bound prove an up-target met, never missed (null = undecided)', () => {
    expect(isMet(t('more_than', 10000), 10000, { bound: 'more_than' })).toBe(true);
    expect(isMet(t('more_than', 10000), 10000, { bound: 'at_least' })).toBe(null);
    expect(isMet(t('at_least', 10000), 10000, { bound: 'at_least' })).toBe(true);
    expect(isMet(t('reach', 1100), 1000, { bound: 'more_than' })).toBe(null);
    expect(isMet(t('reach', 1100), 1100.2, { bound: 'at_least' })).toBe(true);
    expect(isMet(t('approx', 100), 99.5, { bound: 'at_least' })).toBe(true);
  });
  it('lets a lower bound prove a down-target missed, never met', () => {
    expect(isMet(t('at_most', 15, 'down'), 16, { bound: 'at_least' })).toBe(false);
    expect(isMet(t('at_most', 15, 'down'), 15, { bound: 'at_least' })).toBe(null);
    expect(isMet(t('at_most', 15, 'down'), 15, { bound: 'more_than' })).toBe(false);
    expect(isMet(t('less_than', 15, 'down'), 15, { bound: 'at_least' })).toBe(false);
    expect(isMet(t('less_than', 15, 'down'), 14, { bound: 'at_least' })).toBe(null);
  });
  it('throws invalid_argument for an unknown comparator, bound or direction', () => {
    expect(caught(() => isMet(t('about' as Comparator), 1)).code).toBe('invalid_argument');
    expect(caught(() => isMet(t('reach'), 1, { bound: 'below' as 'exact' })).code).toBe('invalid_argument');
    expect(caught(() => isMet(t('reach', 1, 'sideways' as 'up'), 1)).code).toBe('invalid_argument');
  });
});

describe('toleranceOf(target, tolerance?, base?)', () => {
  it('returns 0 for comparators other than approx, unless overridden', () => {
    expect(toleranceOf(t('at_least'))).toBe(0);
    expect(toleranceOf(t('at_least'), 2)).toBe(2);
  });
  it('falls back to 1% of |T| when the base equals the target', () => {
    expect(toleranceOf(t('approx'), undefined, 100)).toBe(1);
    expect(toleranceOf(t('approx'), undefined, 60)).toBe(2);
  });
  it('throws invalid_argument for a negative tolerance', () => {
    expect(caught(() => toleranceOf(t('approx'), -1)).code).toBe('invalid_argument');
  });
});
