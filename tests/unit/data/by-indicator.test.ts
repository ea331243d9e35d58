/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { PlanSource } from '../../../model/index.js';
import { planData } from '../../../src/plan/plan-data.js';
import {
  bundledPlan,
  indicators,
  loadBundledPlan as loadFromSource,
  observations,
  observationsIn,
  targetIn,
} from '../../../src/index.js';
import { planSchemaValidator } from '../../../src/io/index.js';

// Every module npm run build generated into data/generated/by-indicator/ (gitignored), by id.
const modules = import.meta.glob('../../../data/generated/by-indicator/*.ts', { eager: true }) as Record<
  string,
  { part: PlanSource }
>;
const idOf = (path: string) => path.replace(/^.*\/(.+)\.ts$/, '$1');
function partOf(id: string): PlanSource {
  const m = modules[`../../../data/generated/by-indicator/${id}.ts`];
  if (!m) throw new Error(`no data/generated/by-indicator/${id}.ts: run npm run build`);
  return m.part;
}

describe('the bundled plan split by indicator (data/generated/by-indicator, built by npm run build)', () => {
  it('has one module for every indicator of the plan, and no other', () => {
    expect(Object.keys(modules).map(idOf).sort()).to.deep.equal(indicators.map((i) => i.id).sort());
  });

  it('each part is a plan document of its own, valid under plan.schema.json, that knows every indicator id of the plan', () => {
    for (const i of indicators) {
      const { indicatorIds, ...part } = partOf(i.id);
      expect(planSchemaValidator(part), `${i.id}: ${JSON.stringify(planSchemaValidator.errors)}`).toBe(true);
      expect(indicatorIds).to.deep.equal(indicators.map((x) => x.id));
    }
  });

  it("an indicator's part holds its record, its figures with their base figure, and its observations", () => {
    const trade = partOf('services-trade');
    expect(trade.indicators.map((i) => i.id)).to.deep.equal(['services-trade']);
    expect(trade.figures.map((f) => f.id).sort()).to.deep.equal(
      bundledPlan.figures
        .filter((f) => f.indicator === 'services-trade')
        .map((f) => f.id)
        .sort(),
    );
    const port = partOf('port-container-throughput');
    expect((port.observations ?? []).map((o) => `${o.year}:${o.value}`)).to.deep.equal(
      observations.filter((o) => o.indicator === 'port-container-throughput').map((o) => `${o.year}:${o.value}`),
    );
  });

  it('gives every target the same target, base and observations as the whole plan', () => {
    for (const t of bundledPlan.targets) {
      const part = planData(partOf(t.indicator), 'bundled');
      expect(targetIn(part, t.indicator)).to.deep.equal(t);
      expect(observationsIn(part, t.indicator)).to.deep.equal(observationsIn(bundledPlan, t.indicator));
    }
  });

  it('loadBundledPlan(id) loads that part; without an id, or with one of no indicator, the whole plan', async () => {
    // As published: from the built files (dist/), where the computed import finds dist/data/generated/.
    const built = new URL('../../../dist/src/bundled.js', import.meta.url).href;
    const { loadBundledPlan } = (await import(built)) as { loadBundledPlan: typeof loadFromSource };
    const trade = await loadBundledPlan('services-trade');
    expect(trade.indicators.map((i) => i.id)).to.deep.equal(['services-trade']);
    expect((await loadBundledPlan()).targets).toHaveLength(bundledPlan.targets.length);
    expect((await loadBundledPlan('no-such-indicator')).targets).toHaveLength(bundledPlan.targets.length);
    expect((await loadBundledPlan('Not An Id')).targets).toHaveLength(bundledPlan.targets.length);
  });
});
