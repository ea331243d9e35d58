/**
 * The shipped plan as the widgets show it. The widget tests render a frozen fixture plan
 * (tests/fixtures/frozen-plan.json), so a review of the shipped data never breaks them; what they
 * used to check about the shipped plan is checked here, as data: every target can be shown (the
 * widgets' view models compute for it in every evaluation year), targets have the base the text
 * gives, observations are in the units of their measure, every scope a table or dashboard filters
 * by holds targets, the example pages and the README name ids the plan has, and the facts the
 * widgets' documentation shows (the port achieved early, services trade with no figure since 2020).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { targetView } from '../../../components/views/target-view.js';
import { trendModel } from '../../../components/views/trend-series.js';
import { planYears, type Observation } from '../../../src/core.js';
import { bundledPlan, figures, getIndicator, indicators, plan, targets } from '../../../src/data.js';
import { scorecard } from '../../../src/scorecard.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const { asOfMin: AS_OF_MIN, asOfMax: AS_OF_MAX } = planYears(bundledPlan);
const YEARS = Array.from({ length: AS_OF_MAX - AS_OF_MIN + 1 }, (_, i) => AS_OF_MIN + i);
const RATE_MEASURES = new Set(['share', 'yoy_growth', 'avg_annual_growth', 'cumulative_growth']);

describe('every shipped target can be shown by the widgets', () => {
  it.each(targets.map((t) => [t.id, t] as const))(
    '%s: the card, bar, table and chart view models compute in every evaluation year, with finite numbers',
    (_, t) => {
      for (const asOf of YEARS) {
        const view = targetView(t.indicator, { plan: bundledPlan, asOf });
        expect(view.target.id).toBe(t.id);
        for (const n of [view.base?.value, view.latest?.value, view.progress])
          if (n !== undefined && n !== null) expect(Number.isFinite(n), `${t.id} as of ${asOf}`).toBe(true);
        const model = trendModel(view);
        for (const p of model.points) expect(Number.isFinite(p.value), `${t.id} ${p.year}`).toBe(true);
      }
    },
  );

  it('a growth target shows its base as a level in its indicator’s unit, never as a percentage', () => {
    const growth = targets.filter((t) => t.form === 'avg_annual_growth' || t.form === 'cumulative_growth');
    expect(growth.length).toBeGreaterThan(0);
    for (const t of growth) {
      const base = targetView(t.indicator, { plan: bundledPlan }).base;
      if (base) expect(base.unit, t.id).toBe(getIndicator(t.indicator).unit);
    }
    // Software and IT services revenue: its 2020 level is the base of its growth target.
    expect(targetView('software-it-revenue', { plan: bundledPlan, asOf: 2024 }).base).toMatchObject({
      year: 2020,
      unit: '亿元',
    });
  });
});

describe('bases, units and sources of what the widgets show', () => {
  it('every target has the base the text gives: a result of its indicator and kind in the base year is its base figure', () => {
    for (const t of targets) {
      const stated = figures.find(
        (f) => f.role === 'result' && f.indicator === t.indicator && f.year === plan.meta.baseYear && f.kind === t.kind,
      );
      if (stated) expect(t.baseFigure, t.id).toBe(stated.id);
    }
  });

  it('every observation is in the unit of its measure: its indicator’s unit for a level or count, % for a share or rate', () => {
    for (const o of bundledPlan.observations) {
      const unit = RATE_MEASURES.has(o.measure) ? '%' : getIndicator(o.indicator).unit;
      expect(o.unit, `${o.indicator} ${o.year} ${o.measure}`).toBe(unit);
    }
  });

  it('every observation a widget cites after the base year has its source: a publisher, a date and an http(s) link, or the plan’s quote', () => {
    for (const o of bundledPlan.observations) {
      if (o.vintage === 'plan') expect(o.source?.quote, `${o.indicator} ${o.year}`).toBeTruthy();
      else {
        expect(o.publisher.trim(), `${o.indicator} ${o.year}`).not.toBe('');
        expect(o.published, `${o.indicator} ${o.year}`).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
        expect(o.url, `${o.indicator} ${o.year}`).toMatch(/^https?:\/\//);
      }
    }
  });

  it('every share with a target or observations names its whole (the share chart draws the part of it)', () => {
    const withData = new Set([...targets.map((t) => t.indicator), ...bundledPlan.observations.map((o) => o.indicator)]);
    for (const i of indicators.filter((x) => x.kind === 'share' && withData.has(x.id)))
      expect(i.whole ? i.whole.name.zh : i.notes?.length, i.id).toBeTruthy();
    // Shares of one whole that the share chart can show side by side (the composition example).
    const ofServices = indicators.filter((i) => i.kind === 'share' && i.whole?.indicator === 'services-value-added');
    expect(ofServices.map((i) => i.id)).toEqual(
      expect.arrayContaining(['producer-services-share-of-services', 'transport-share-of-services']),
    );
  });
});

describe('the scopes the target table and the dashboard filter by', () => {
  it('every goal dimension holds a target; the industries without one are modern commerce and health care', () => {
    for (const d of plan.dimensions)
      expect(
        targets.some((t) => t.dimension === d.id),
        d.id,
      ).toBe(true);
    expect(plan.industries.filter((d) => !targets.some((t) => t.industry === d.id)).map((d) => d.id)).toEqual([
      'modern-commerce',
      'health-elderly-care',
    ]);
  });
});

describe('facts the widgets and their documentation show', () => {
  const card = scorecard();
  const entry = (indicator: string) => card.entries.find((e) => e.target.indicator === indicator)!;

  it('services trade: 848.9亿元 in 2020, to reach 1100亿元 in 2025, with no figure since the base', () => {
    const view = targetView('services-trade', { plan: bundledPlan });
    expect(view.base).toMatchObject({ value: 848.9, year: 2020, unit: '亿元' });
    expect(view.target).toMatchObject({ value: 1100, comparator: 'reach', targetYear: 2025 });
    expect(view.latest).toBe(null);
    expect(entry('services-trade').reason).toBe('no_target_year_data');
  });

  it('a site’s 2024 services trade of 1050亿元 puts that target on track as of 2024', () => {
    const own: Observation = {
      indicator: 'services-trade',
      year: 2024,
      period: 'FY',
      measure: 'level',
      value: 1050,
      bound: 'exact',
      unit: '亿元',
      priceBasis: 'nominal',
      vintage: 'final',
      publisher: 'A site',
      published: '2025-01-20',
      url: 'https://example.org/trade-2024',
      reliability: 'official',
    };
    const e = scorecard({ asOf: 2024, observations: [own] }).entries.find(
      (x) => x.target.id === 'services-trade-2025',
    )!;
    expect(e.status).toBe('on_track');
  });

  it('the targets achieved early are the port’s container throughput and technology contract turnover', () => {
    expect(card.entries.filter((e) => e.status === 'achieved').map((e) => e.target.indicator)).toEqual([
      'port-container-throughput',
      'technology-contract-turnover',
    ]);
    expect(entry('port-container-throughput').achievedEarly).toBe(true);
  });

  it('the lower bound, part-year figure and growth rate the trend chart draws apart are in the shipped observations', () => {
    const obs = bundledPlan.observations;
    expect(obs.some((o) => o.indicator === 'new-service-innovation-centres' && o.bound === 'at_least')).toBe(true);
    expect(obs.some((o) => o.indicator === 'finance-value-added' && o.period === 'H1')).toBe(true);
    expect(obs.some((o) => o.indicator === 'tourism-revenue' && o.measure === 'yoy_growth')).toBe(true);
  });
});

/** Files of the example pages and documentation that hold widget markup. */
function pages(): string[] {
  const out: string[] = ['README.md'];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(ROOT, dir))) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) {
        if (!['generated', 'plans', 'node_modules'].includes(name)) walk(path);
      } else if (/\.(html|md)$/.test(name)) out.push(path);
    }
  };
  walk('examples');
  walk('docs');
  return out.map((p) => relative(ROOT, join(ROOT, p)));
}

describe('the ids the example pages and the README use', () => {
  const ids: Record<'indicator' | 'dimension' | 'industry', Set<string>> = {
    indicator: new Set(indicators.map((i) => i.id)),
    dimension: new Set(plan.dimensions.map((d) => d.id)),
    industry: new Set(plan.industries.map((d) => d.id)),
  };

  /** The ids of an example plan's document (examples/plans/<folder>/plan.json). */
  const idsOf = (file: string): typeof ids => {
    const doc = JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as Record<
      'indicators' | 'dimensions' | 'industries',
      { id: string }[]
    >;
    return {
      indicator: new Set(doc.indicators.map((i) => i.id)),
      dimension: new Set(doc.dimensions.map((d) => d.id)),
      industry: new Set(doc.industries.map((d) => d.id)),
    };
  };
  /** The plan of the element around `index`: the example plan its src names (src="./plans/<folder>/plan.json", or the guides' src="plan.json", the minimal plan), else the shipped plan. */
  const planAt = (text: string, index: number): [string, typeof ids] => {
    const start = Math.max(text.lastIndexOf('<', index), text.lastIndexOf('&lt;', index));
    const end = text.indexOf('>', index);
    const tag = text.slice(start, end < 0 ? undefined : end);
    const folder =
      /src="(?:\.\/)?plans\/([\w-]+)\/plan\.json"/.exec(tag)?.[1] ?? (/src="plan\.json"/.test(tag) ? 'minimal' : null);
    if (!folder) return ['the shipped plan', ids];
    const file = `examples/plans/${folder}/plan.json`;
    return [file, idsOf(file)];
  };

  it('are ids of the shipped plan, or of the example plan the element names by src (indicator, indicators, dimension and industry, in markup and embed URLs)', () => {
    const found: string[] = [];
    for (const file of pages()) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/\b(indicators?|dimension|industry)(?:="|=)([a-z0-9-]+(?:,\s*[a-z0-9-]+)*)/g)) {
        const kind = m[1] === 'indicators' ? 'indicator' : (m[1] as keyof typeof ids);
        const [planName, planIds] = planAt(text, m.index!);
        for (const id of m[2]!.split(',').map((s) => s.trim())) {
          // (placeholders such as indicators="a,b" in prose)
          if (id.length < 3) continue;
          found.push(id);
          expect(planIds[kind].has(id), `${file}: ${m[1]}="${id}" is not an id of ${planName}`).toBe(true);
        }
      }
    }
    expect(found.length).toBeGreaterThan(10);
  });
});
