// The checks a site can act on (issue 17, point 7): each one broken by a plan, and the message
// naming the target (or figure) id, the field, the bad value and the allowed values.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../src/index.js';
import { checkPlan, planFromJson, type PlanIssue } from '../../../src/io/index.js';

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fixture: Doc = JSON.parse(readFileSync(new URL('../../fixtures/frozen-plan.json', import.meta.url), 'utf8'));
const copy = (): Doc => structuredClone(fixture);
const figure = (doc: Doc, id: string) => doc.figures.find((f: Doc) => f.id === id);
const only = (doc: Doc): PlanIssue => {
  const issues = checkPlan(doc);
  expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
  return issues[0]!;
};

describe('checkPlan(doc): problems a site can act on', () => {
  it('the fixture plan has none', () => {
    expect(checkPlan(copy())).toEqual([]);
  });

  it('a dangling dimension, industry, whole and base figure: where, the bad value and the allowed ids', () => {
    const cases: [(d: Doc) => void, string, string, string[]][] = [
      [
        (d) => (figure(d, 'services-trade-2025').dimension = 'openness'),
        'services-trade-2025',
        'dimension',
        ['scale', 'opening'],
      ],
      [
        (d) => (figure(d, 'port-throughput-2025').industry = 'shipping'),
        'port-throughput-2025',
        'industry',
        ['logistics'],
      ],
      [(d) => (figure(d, 'services-trade-2025').baseFigure = 'trade-2020'), 'services-trade-2025', 'baseFigure', []],
      [
        (d) => (d.indicators[1].whole = { indicator: 'gross-output', name: { zh: '总产出', en: 'Gross output' } }),
        'services-share-of-gdp',
        'whole',
        [],
      ],
    ];
    for (const [breakIt, id, field, allowed] of cases) {
      const doc = copy();
      breakIt(doc);
      const issue = only(doc);
      expect(issue).toMatchObject({ code: 'dangling_reference', id, field });
      expect(issue.message).toContain(`'${id}': ${field} '${issue.value}' is not`);
      for (const a of allowed) expect(issue.message).toContain(`'${a}'`);
      expect(issue.allowed).toEqual(expect.arrayContaining(allowed));
    }
  });

  it("an industry's group that the plan does not define, and a figure's source document that it does not list", () => {
    const doc = copy();
    doc.industryGroups = [{ id: 'pillar', name: { zh: '支柱型', en: 'Pillar' } }];
    const issues = checkPlan(doc);
    expect(issues.map((i) => i.id)).toEqual(doc.industries.map((i: Doc) => i.id));
    expect(issues[0]).toMatchObject({ code: 'dangling_reference', id: 'logistics', field: 'group', value: 'producer' });
    expect(issues[0]!.message).toContain("Allowed: 'pillar'");
    const doc2 = copy();
    figure(doc2, 'services-trade-2025').source.document = 'bulletin-2023';
    expect(only(doc2).message).toContain(
      "source.document 'bulletin-2023' is not a source document (sources) of the plan. None is defined.",
    );
  });

  it('duplicate ids of every kind, named with both places', () => {
    for (const [key, n] of [
      ['indicators', 0],
      ['figures', 0],
      ['dimensions', 0],
      ['industries', 0],
    ] as const) {
      const doc = copy();
      doc[key].push(structuredClone(doc[key][n]));
      const issues = checkPlan(doc).filter((i) => i.code === 'duplicate_id');
      expect(issues).toHaveLength(1);
      expect(issues[0]!.message).toMatch(
        new RegExp(`id '${doc[key][n].id}' is used twice \\(/${key}/${n} and /${key}/${doc[key].length - 1}\\)`),
      );
    }
  });

  it("a target's unit that does not measure its indicator's quantity; another scale of it is fine", () => {
    const doc = copy();
    figure(doc, 'services-value-added-2025').unit = '亿美元';
    const issue = only(doc);
    expect(issue).toMatchObject({
      code: 'unit_mismatch',
      id: 'services-value-added-2025',
      field: 'unit',
      value: '亿美元',
      allowed: ['亿元'],
    });
    expect(issue.message).toContain("does not measure what its indicator 'services-value-added' measures ('亿元')");
    const scaled = copy();
    Object.assign(figure(scaled, 'services-value-added-2025'), { unit: '万亿元', value: 0.7 });
    expect(checkPlan(scaled)).toEqual([]);
  });

  it('an unknown unit, unless the plan defines it', () => {
    const doc = copy();
    doc.indicators[4].unit = '万座';
    for (const f of doc.figures) if (f.indicator === 'service-clusters') f.unit = '万座';
    const issues = checkPlan(doc);
    expect(issues.map((i) => `${i.code} ${i.id} ${i.value}`)).toEqual([
      'unknown_unit service-clusters 万座',
      'unknown_unit service-clusters-2020 万座',
      'unknown_unit service-clusters-2025 万座',
    ]);
    expect(issues[0]!.message).toContain("define it in the plan's units");
    doc.units = [{ unit: '万座', base: '座', exp: 4 }];
    // The plan's observations of the indicator are still in 家: no longer its unit.
    expect(checkPlan(doc).map((i) => `${i.code} ${i.field} ${i.value}`)).toEqual(['unit_mismatch unit 家']);
    for (const o of doc.observations ?? []) if (o.indicator === 'service-clusters') o.unit = '万座';
    expect(checkPlan(doc)).toEqual([]);
  });

  it('years out of order: a base figure or base year not before the target year, a period, the plan meta', () => {
    const doc = copy();
    figure(doc, 'services-trade-2025').baseYear = 2025;
    expect(only(doc)).toMatchObject({ code: 'year_order', id: 'services-trade-2025', field: 'baseYear', value: 2025 });
    const meta = copy();
    meta.meta.baseYear = 2026;
    expect(only(meta).message).toBe("The plan's base year 2026 must be before its target year 2025.");
  });

  it("a direction that contradicts the indicator's", () => {
    const doc = copy();
    figure(doc, 'services-trade-2025').direction = 'down';
    const issue = only(doc);
    expect(issue).toMatchObject({
      code: 'direction_conflict',
      id: 'services-trade-2025',
      field: 'direction',
      value: 'down',
      allowed: ['up'],
    });
    expect(issue.message).toContain("whose direction is 'up'");
  });

  it('schema problems name the path, the item id, the bad value and the allowed values', () => {
    const doc = copy();
    figure(doc, 'services-trade-2025').comparator = 'roughly';
    const issue = checkPlan(doc).find((i) => i.field === 'comparator')!;
    expect(issue.path).toMatch(/^\/figures\/\d+\/comparator$/);
    expect(issue.id).toBe('services-trade-2025');
    expect(issue.message).toContain("comparator 'roughly'");
    expect(issue.allowed).toEqual(['approx', 'at_least', 'more_than', 'at_most', 'less_than', 'reach']);
  });

  it('planFromJson throws a PlanError invalid_plan with the first problems, every one in detail.issues, and no advice to use the bundled plan', () => {
    const doc = copy();
    figure(doc, 'services-trade-2025').direction = 'down';
    figure(doc, 'port-throughput-2025').industry = 'shipping';
    let error: PlanError | undefined;
    try {
      planFromJson(doc);
    } catch (e) {
      error = e as PlanError;
    }
    expect(error?.code).toBe('invalid_plan');
    expect(error?.message).toContain("'port-throughput-2025': industry 'shipping'");
    expect(error?.message).toContain('npx qingdao-services-plan check');
    expect(error?.message).not.toMatch(/package's plan\.json|Qingdao|青岛/);
    expect((error?.detail['issues'] as PlanIssue[]).map((i) => i.code).sort()).toEqual([
      'dangling_reference',
      'direction_conflict',
    ]);
  });
});

describe('units and years of a plan', () => {
  it('convertUnit converts between scales of one unit, decimal-correctly, and refuses other quantities', async () => {
    const { convertUnit, sameQuantity, unitDef } = await import('../../../src/plan/units.js');
    expect(convertUnit(25471.1, '亿元', '万亿元')).toBe(2.54711);
    expect(convertUnit(3087, '万TEU', 'TEU')).toBe(30870000);
    expect(convertUnit(4.5, '万家', '家')).toBe(45000);
    expect(sameQuantity(unitDef('亿元'), unitDef('亿美元'))).toBe(false);
    expect(() => convertUnit(1, '亿元', '亿美元')).toThrow(/not scales of one unit/);
    expect(convertUnit(2, '万辆', '辆', [{ unit: '万辆', base: '辆', exp: 4 }])).toBe(20000);
  });
});
