// Any government's plan (issue 17): the example plans of examples/plans/ (Sichuan 2021-2025 with
// 2027 targets, Jinan 2026-2030) read, checked and scored on their own, with nothing of the bundled plan.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPlan, planYears, scorecard } from '../../../src/index.js';
import { checkPlan, planFromJson } from '../../../src/io/index.js';
import { planJson } from '../../../src/publish.js';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));
const sichuan = read('examples/plans/sichuan-services-2021-2025/plan.json');
const jinan = read('examples/plans/jinan-2026-2030/plan.json');
const QINGDAO = /青岛|Qingdao|qingdao/;

describe('another government’s plan, on its own', () => {
  it('planFromJson reads each example plan; every quote of the plan itself is in its seed', () => {
    for (const doc of [sichuan, jinan]) {
      expect(checkPlan(doc)).toEqual([]);
      const seed = readFileSync(new URL(`../../../${doc.meta.seed.file}`, import.meta.url), 'utf8');
      for (const f of doc.figures) expect(seed, f.id).toContain(f.source.quote);
    }
  });

  it("scorecard({ plan }) gives the plan's targets only, with its own observations, and no bundled figure or Qingdao string", () => {
    const plan = planFromJson(structuredClone(sichuan));
    const card = scorecard({ plan });
    expect(card.entries.map((e) => e.target.id)).toEqual(
      sichuan.figures.filter((f: { role: string }) => f.role === 'target').map((f: { id: string }) => f.id),
    );
    const evidence = card.entries.flatMap((e) => e.evidence);
    expect(evidence.length).toBeGreaterThan(0);
    for (const o of evidence) expect(o.origin).toBe('user');
    expect(card.entries.flatMap((e) => e.rejected)).toEqual([]);
    const text = JSON.stringify(card);
    expect(text).not.toMatch(QINGDAO);
    // No figure of the bundled plan: none of its observations' URLs or its quotes.
    for (const o of bundledPlan.observations.filter((x) => x.url)) expect(text).not.toContain(o.url!);
    expect(text).not.toContain(bundledPlan.targets[0]!.source.quote);
  });

  it('judges each target at its own year and evaluates by default as of the last target year', () => {
    const plan = planFromJson(structuredClone(sichuan));
    expect(planYears(plan)).toMatchObject({ targetYears: [2025, 2027], asOfMin: 2020, asOfMax: 2027 });
    const card = scorecard({ plan });
    expect(card.asOf).toBe(2027);
    const va = card.entries.find((e) => e.target.id === 'services-va-2025')!;
    expect(va.status).toBe('achieved');
    expect(va.achievedEarly).toBe(true);
    // The 2027 target of the same indicator has its own value, comparator and status.
    const va2027 = card.entries.find(
      (e) => e.target.indicator === 'services-value-added' && e.target.targetYear === 2027,
    )!;
    expect(va2027.target.value).toBe(4.2);
    expect(va2027.status).toBe('not_assessable');
  });

  it('a 2026-2030 plan evaluates from 2025 to 2030', () => {
    const plan = planFromJson(structuredClone(jinan));
    expect(planYears(plan)).toMatchObject({ asOfMin: 2025, asOfMax: 2030 });
    expect(scorecard({ plan, asOf: 2027 }).asOf).toBe(2027);
    expect(() => scorecard({ plan, asOf: 2024 })).toThrow(/from 2025 on/);
  });

  it('converts a base in 亿元 to its target’s 万亿元 at the figure’s own precision, and says so', () => {
    const plan = planFromJson(structuredClone(sichuan));
    const va = scorecard({ plan }).entries.find((e) => e.target.id === 'services-va-2025')!;
    expect(va.assessment.base).toMatchObject({ value: 2.54711, unit: '万亿元', year: 2020 });
    expect(va.assessment.warnings.map((w) => w.code)).toContain('unit_converted');
  });

  it('the published plan.json of 0.1.0 (the bundled plan without the new optional fields) is still valid', () => {
    const { observations: _, industryGroups: _g, ...old } = JSON.parse(JSON.stringify(planJson()));
    expect(checkPlan(old)).toEqual([]);
    expect(planFromJson(old).targets).toHaveLength(bundledPlan.targets.length);
  });
});
