import { expect } from 'vitest';
import { CalcError } from '../../../src/calc/index.js';
import type { Observation, TargetDef } from '../../../src/types.js';

/** Calls fn and returns the CalcError it throws (fails the test if none). */
export const caught = (fn: () => unknown): CalcError => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CalcError);
    return e as CalcError;
  }
  throw new Error('expected a CalcError');
};

/** A target for tests: a level of 1100 by 2025, base year 2020, higher is better. */
export const target = (over: Partial<TargetDef> = {}): TargetDef => ({
  id: 't',
  indicator: 'x',
  role: 'target',
  name: { zh: '测试', en: 'test' },
  value: 1100,
  qualifier: 'exact',
  unit: '亿元',
  unitKind: 'cny_100m',
  year: 2025,
  yearStated: true,
  kind: 'level',
  priceBasis: 'nominal',
  source: { section: '二(三)', quote: '达到1100亿元' },
  form: 'level',
  comparator: 'reach',
  direction: 'up',
  targetYear: 2025,
  baseFigure: null,
  counts: 'flow',
  dimension: null,
  industry: null,
  ...over,
});

/** An observation for tests: a full-year exact level of indicator x, revised. */
export const obs = (year: number, value: number, over: Partial<Observation> = {}): Observation => ({
  indicator: 'x',
  year,
  period: 'FY',
  measure: 'level',
  value,
  bound: 'exact',
  unit: '亿元',
  priceBasis: 'nominal',
  vintage: 'revised',
  publisher: 'test',
  published: `${year + 1}-03`,
  url: 'https://example.org',
  reliability: 'official',
  ...over,
});
