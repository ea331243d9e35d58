import { describe, expect, it } from 'vitest';
import {
  PlanError,
  baseFigureOf,
  figuresOf,
  getFigure,
  getIndicator,
  getTarget,
  getTargetFor,
  targetsByDimension,
  targetsByIndustry,
} from '../../../src/index.js';

function thrown(fn: () => unknown): PlanError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlanError) return e;
    throw e;
  }
  throw new Error('expected a PlanError');
}

describe('data access', () => {
  it('getFigure(id) returns the figure with its value, unit and quote', () => {
    const f = getFigure('services-va-2020');
    expect(f).toMatchObject({ value: 7613.59, unit: '亿元', year: 2020, kind: 'level', priceBasis: 'nominal' });
    expect(f.source.quote).toContain('7613.59亿元');
  });

  it('getTarget(id) returns a target with form, comparator and base link', () => {
    const t = getTarget('services-trade-2025');
    expect(t).toMatchObject({
      value: 1100,
      form: 'level',
      comparator: 'reach',
      baseFigure: 'services-trade-2020',
      dimension: 'reform-opening',
    });
    expect(baseFigureOf(t)?.value).toBe(848.9);
    expect(baseFigureOf(getTarget('logistics-va-2025'))).toBeNull();
  });

  it('getTargetFor(indicator) returns the target a widget attribute names', () => {
    expect(getTargetFor('port-container-throughput')).toMatchObject({
      value: 2580,
      unit: '万TEU',
      comparator: 'reach',
    });
  });

  it('an unknown id throws a PlanError that names it and suggests the closest ids', () => {
    const e = thrown(() => getFigure('services-va-202'));
    expect(e.code).toBe('unknown_id');
    expect(e.message).toContain("'services-va-202'");
    expect(e.detail.suggestions).toContain('services-va-2020');
    expect(e).toBeInstanceOf(Error);
    expect(thrown(() => getIndicator('port-container')).detail.suggestions).toContain('port-container-throughput');
    expect(thrown(() => getTarget('servise-trade-2025')).detail.suggestions).toEqual(
      expect.arrayContaining(['services-trade-2025']),
    );
  });

  it('a non-string id throws invalid_argument', () => {
    expect(thrown(() => getIndicator(42 as unknown as string)).code).toBe('invalid_argument');
  });

  it('getTargetFor throws no_target for an indicator the plan sets no target for', () => {
    const e = thrown(() => getTargetFor('gdp'));
    expect(e.code).toBe('no_target');
    expect(e.message).toContain('services-trade');
  });

  it('filters targets by dimension and industry, validating the id', () => {
    expect(targetsByDimension('quality-efficiency').map((t) => t.value)).toEqual([55, 50]);
    expect(targetsByDimension('agglomeration').map((t) => t.id)).toEqual([
      'service-clusters-2025',
      'industry-concentration-2025',
      'new-municipal-service-clusters-2021-2025',
    ]);
    expect(targetsByIndustry('modern-logistics').map((t) => t.value)).toEqual([1600, 15, 2580]);
    expect(targetsByIndustry('modern-commerce')).toEqual([]);
    expect(thrown(() => targetsByIndustry('logistics')).detail.suggestions).toContain('modern-logistics');
  });

  it('figuresOf(indicator) lists every figure of one measure, results and targets', () => {
    expect(figuresOf('services-trade').map((f) => f.id)).toEqual(['services-trade-2020', 'services-trade-2025']);
    expect(figuresOf('transport-share-of-services').map((f) => f.value)).toEqual([12.68, 10.48]);
  });
});
