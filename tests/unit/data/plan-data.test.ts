import { describe, expect, it } from 'vitest';
import { PlanError, bundledPlan, planFromJson, scorecard, targetIn } from '../../../src/index.js';
import { planJson } from '../../../src/publish.js';

const copy = () => JSON.parse(JSON.stringify(planJson()));

describe('planFromJson', () => {
  it('reads the published plan.json back into the same targets and plan-vintage observations', () => {
    const p = planFromJson(copy());
    expect(p.origin).toBe('user');
    expect(p.targets.map((t) => t.id)).toEqual(bundledPlan.targets.map((t) => t.id));
    expect(p.observations).toHaveLength(bundledPlan.observations.length);
  });

  it('rejects a plan that breaks the schema, or whose figures refer to unknown ids', () => {
    expect(() => planFromJson({ meta: {}, figures: [] })).toThrow(PlanError);
    const dangling = copy();
    dangling.figures[0].indicator = 'no-such-indicator';
    expect(() => planFromJson(dangling)).toThrow(/indicator 'no-such-indicator' is not an indicator of the plan/);
    const twice = copy();
    twice.figures[1].id = twice.figures[0].id;
    expect(() => planFromJson(twice)).toThrow(/used twice/);
  });

  it("a site's plan replaces the bundled one in the scorecard", () => {
    const own = copy();
    own.figures.find((f: { id: string }) => f.id === 'port-container-throughput-2025').value = 3500;
    const card = scorecard({ plan: planFromJson(own) });
    const port = card.entries.find((e) => e.target.id === 'port-container-throughput-2025')!;
    expect(port.status).toBe('not_assessable');
    expect(scorecard().entries.find((e) => e.target.id === 'port-container-throughput-2025')!.status).toBe('achieved');
    expect(() => scorecard({ plan: {} as never })).toThrow(/planFromJson/);
    expect(() => targetIn({} as never, 'services-trade')).toThrow(/planFromJson/);
  });

  it('targetIn(plan, indicator) names the closest ids for an unknown one', () => {
    expect(targetIn(bundledPlan, 'services-trade').value).toBe(1100);
    expect(() => targetIn(bundledPlan, 'services-trad')).toThrow(/Did you mean 'services-trade'/);
  });

  it('targetIn(plan, indicator) suggests only indicators with a target (an id a target widget accepts)', () => {
    const withTargets = new Set(bundledPlan.targets.map((t) => t.indicator));
    for (const id of ['nope', 'gdpp', 'services-va', 'x']) {
      const e = (() => {
        try {
          targetIn(bundledPlan, id);
        } catch (err) {
          return err as PlanError;
        }
      })()!;
      expect(e.code).toBe('unknown_id');
      const suggestions = (e.detail as { suggestions: string[] }).suggestions;
      expect(suggestions.length).toBeGreaterThan(0);
      for (const s of suggestions) expect(withTargets.has(s), `${id} -> ${s}`).toBe(true);
    }
  });
});
