/// <reference types="vite/client" />
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { bundledIndicatorIds } from '../../../data/by-indicator/index.js';
import { bundle as trade } from '../../../data/by-indicator/services-trade.js';
import { bundle as port } from '../../../data/by-indicator/port-container-throughput.js';
import { bundledPlan, indicators, observationsOf, targetIn } from '../../../src/index.js';
import { indicatorPlan } from '../../../src/indicator-plan.js';
import { observationsIn } from '../../../src/merge-observations.js';
import { observations } from '../../../src/observations.js';

describe('data/by-indicator: the bundled data split by indicator', () => {
  it('is generated from data/ and up to date (node scripts/gen-indicator-data.mjs --check)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-indicator-data.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('lists every indicator of the plan, once', () => {
    expect([...bundledIndicatorIds]).to.deep.equal(indicators.map((i) => i.id));
  });

  it("an indicator's part holds its record, its figures with their base figure, and its bundled observations", () => {
    expect(trade.indicators.map((i) => i.id)).to.deep.equal(['services-trade']);
    expect(trade.figures.map((f) => f.id).sort()).to.deep.equal(
      bundledPlan.figures
        .filter((f) => f.indicator === 'services-trade')
        .map((f) => f.id)
        .sort(),
    );
    expect(port.observations.map((o) => `${o.year}:${o.value}`)).to.deep.equal(
      observations.filter((o) => o.indicator === 'port-container-throughput').map((o) => `${o.year}:${o.value}`),
    );
  });

  it('gives every target the same target, base and observations as the whole plan', () => {
    for (const t of bundledPlan.targets) {
      const part = indicatorPlan(partOf(t.indicator));
      expect(targetIn(part.plan, t.indicator)).to.deep.equal(t);
      expect(observationsIn(t.indicator, [], part.plan, part.observations)).to.deep.equal(observationsOf(t.indicator));
    }
  });
});

// Every generated module, by id.
const modules = import.meta.glob('../../../data/by-indicator/*.ts', { eager: true }) as Record<
  string,
  { bundle: Parameters<typeof indicatorPlan>[0] }
>;
function partOf(id: string) {
  const m = modules[`../../../data/by-indicator/${id}.ts`];
  if (!m) throw new Error(`no data/by-indicator/${id}.ts`);
  return m.bundle;
}
