import { describe, expect, it } from 'vitest';
import { figures, getFigure, getIndicator, getTarget, indicators, plan, targets } from '../../../src/index.js';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const idLists = {
  indicators: indicators.map((x) => x.id),
  figures: figures.map((x) => x.id),
  dimensions: plan.dimensions.map((x) => x.id),
  industries: plan.industries.map((x) => x.id),
  layout: plan.layout.map((x) => x.id),
  clusterKinds: plan.clusterKinds.map((x) => x.id),
};

describe('ids', () => {
  it.each(Object.entries(idLists))('%s ids are unique kebab-case', (_, ids) => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(KEBAB);
  });

  it('every figure refers to a known indicator with the same unit kind or a rate of it', () => {
    for (const f of figures) {
      const ind = getIndicator(f.indicator);
      expect(ind.id).toBe(f.indicator);
      if (f.kind === 'level' || f.kind === 'share' || f.kind === 'ratio') expect(ind.unitKind, f.id).toBe(f.unitKind);
    }
  });

  it('every indicator has at least one figure, or is the whole of a share', () => {
    const used = new Set(figures.map((f) => f.indicator));
    const wholes = new Set(indicators.map((i) => ('whole' in i && i.whole ? i.whole.indicator : null)));
    for (const i of indicators) expect(used.has(i.id) || wholes.has(i.id), i.id).toBe(true);
  });

  it('every share or ratio figure names its whole (or says it is undefined, with a note)', () => {
    for (const f of figures.filter((x) => x.kind === 'share' || x.kind === 'ratio')) {
      expect('whole' in f, f.id).toBe(true);
      if ('whole' in f && f.whole === null) {
        expect(
          f.notes?.some((n) => n.topic === 'undefined_whole'),
          f.id,
        ).toBe(true);
      }
    }
  });

  it('a figure whose year the text does not state explains the year chosen in a note', () => {
    for (const f of figures.filter((x) => !x.yearStated)) {
      expect(
        f.notes?.some((n) => n.topic === 'year_not_stated'),
        f.id,
      ).toBe(true);
    }
  });
});

describe('targets', () => {
  it('the plan has 19 quantified targets: 8 goals of 二(三), 10 industry targets of 四 and 1 of 五', () => {
    expect(targets).toHaveLength(19);
    expect(targets.filter((t) => t.source.section === '二(三)')).toHaveLength(8);
    expect(targets.filter((t) => t.source.section.startsWith('四'))).toHaveLength(10);
    expect(targets.filter((t) => t.source.section.startsWith('五'))).toHaveLength(1);
  });

  it('every target is for 2025, has a form, comparator and direction, and belongs to a dimension or an industry', () => {
    const dims = new Set(idLists.dimensions);
    const inds = new Set(idLists.industries);
    for (const t of targets) {
      expect(t.targetYear).toBe(2025);
      expect(t.direction === 'up' || t.direction === 'down').toBe(true);
      expect(t.dimension !== null ? dims.has(t.dimension) : inds.has(t.industry!), t.id).toBe(true);
    }
  });

  it('a base figure is a 2020 figure of the same indicator and kind', () => {
    const withBase = targets.filter((t) => t.baseFigure !== null);
    expect(withBase.map((t) => t.id)).toEqual(['producer-services-share-2025', 'services-trade-2025']);
    for (const t of withBase) {
      const base = getFigure(t.baseFigure!);
      expect(base.indicator).toBe(t.indicator);
      expect(base.year).toBe(2020);
      expect(base.kind).toBe(t.kind);
    }
  });

  it('comparators follow the qualifiers: 左右 approx, 以上 at_least, 超过 more_than, plain 达到 reach', () => {
    const expected: Record<string, string> = {
      approx: 'approx',
      at_least: 'at_least',
      more_than: 'more_than',
      exact: 'reach',
    };
    for (const t of targets) expect(t.comparator, t.id).toBe(expected[t.qualifier]);
  });

  it('scope words (省级以上, 限额以上, 规上, 市级及以上) are noted, not read as comparators', () => {
    for (const t of targets.filter((x) => /省级以上|限额以上|规上|市级及以上/.test(x.source.quote))) {
      expect(
        t.notes?.some((n) => n.topic === 'scope_word'),
        t.id,
      ).toBe(true);
    }
    expect(getTarget('online-retail-sales-2025').comparator).toBe('approx');
  });

  it('each ambiguity of the spec is decided in a note', () => {
    const topic = (id: string) => getFigure(id).notes?.map((n) => n.topic) ?? [];
    expect(topic('technology-contract-growth-2020-2025')).toContain('cumulative_or_annual');
    expect(getTarget('technology-contract-growth-2020-2025').form).toBe('cumulative_growth');
    expect(topic('exhibition-events-per-year')).toContain('each_year_or_final_year');
    expect(topic('new-service-innovation-centres-2021-2025')).toContain('stock_or_additions');
    expect(topic('new-municipal-service-clusters-2021-2025')).toContain('stock_or_additions');
    expect(getTarget('service-clusters-2025').counts).toBe('stock');
    expect(topic('industry-concentration-2025')).toContain('undefined_whole');
    expect(topic('strategic-emerging-services-share')).toContain('undefined_whole');
    expect(topic('private-fund-assets-2020')).toContain('year_not_stated');
    expect(topic('services-share-of-gdp-2020')).toContain('revision');
  });
});

describe('structure', () => {
  it('has five goal dimensions and nine industries, five producer and four consumer services', () => {
    expect(plan.dimensions).toHaveLength(5);
    expect(plan.industries).toHaveLength(9);
    expect(plan.industries.filter((i) => i.group === 'producer')).toHaveLength(5);
    expect(plan.industries.filter((i) => i.group === 'consumer')).toHaveLength(4);
  });

  it('the spatial layout counts match its formula: one core of five districts, three areas, two points', () => {
    expect(plan.layout.map((p) => p.count)).toEqual([1, 3, 2, null]);
    expect(plan.layout[0]!.places).toHaveLength(5);
    expect(plan.layout[1]!.places).toHaveLength(3);
    expect(plan.layout[2]!.places).toHaveLength(2);
  });

  it('each cluster kind lists as many sectors as its count (四大, 五大, 三大)', () => {
    for (const k of plan.clusterKinds) expect(k.sectors).toHaveLength(k.count);
  });
});
