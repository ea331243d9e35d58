import { describe, expect, it } from 'vitest';
import { PlanError, scorecard, type Observation } from '../../../src/index.js';

const own = (
  o: Partial<Observation> & Pick<Observation, 'indicator' | 'year' | 'value' | 'measure' | 'unit'>,
): Observation => ({
  period: 'FY',
  bound: 'exact',
  vintage: 'preliminary',
  publisher: 'Example statistics office',
  published: '2026-03-01',
  url: 'https://example.org/release',
  reliability: 'official',
  ...o,
});
const entry = (card: ReturnType<typeof scorecard>, id: string) => card.entries.find((e) => e.target.id === id)!;

describe('scorecard(): provisional statuses', () => {
  const trade = own({ indicator: 'services-trade', year: 2024, measure: 'level', value: 1050, unit: '亿元' });
  it('carries the provisional status of a target without a target-year figure and counts it apart', () => {
    const card = scorecard({ observations: [trade] });
    const e = entry(card, 'services-trade-2025');
    expect(e).toMatchObject({ status: 'not_assessable', reason: 'no_target_year_data' });
    expect(e.provisional).toMatchObject({ status: 'on_track', year: 2024, method: 'growth' });
    expect(card.totals).toMatchObject({ achieved: 2, on_track: 0, not_assessable: 17 });
    expect(card.provisionalTotals.on_track).toBe(1);
    expect(card.aggregate.assessed).toBe(2);
  });
  it('has no provisional status before the target year (the status itself is the trajectory) or for a verdict', () => {
    const card = scorecard({ observations: [trade], asOf: 2024 });
    expect(entry(card, 'services-trade-2025')).toMatchObject({ status: 'on_track', provisional: null });
    expect(Object.values(card.provisionalTotals).every((n) => n === 0)).toBe(true);
    expect(entry(scorecard(), 'port-container-throughput-2025').provisional).toBeNull();
  });
  it('passes the preset, the comparison and the base-year rule to every assessment', () => {
    const card = scorecard({
      observations: [trade],
      preset: 'ndrc',
      compare: 'target_decimals',
      baseYearRule: 'first_after',
    });
    expect(card.preset).toBe('ndrc');
    expect(entry(card, 'services-trade-2025').assessment).toMatchObject({
      preset: 'ndrc',
      compare: 'target_decimals',
      baseYearRule: 'first_after',
    });
    expect(entry(card, 'services-trade-2025').provisional?.method).toBe('pace');
  });
});

describe('scorecard() on the shipped observations', () => {
  const card = scorecard();

  it('assesses all 19 targets as of 2025 by default, with totals by status', () => {
    expect(card.asOf).toBe(2025);
    expect(card.entries).toHaveLength(19);
    expect(Object.values(card.totals).reduce((a, b) => a + b, 0)).toBe(19);
    expect(card.totals).toMatchObject({ achieved: 2, not_assessable: 17, not_achieved: 0 });
  });

  it('the port container target (2580万TEU) is achieved early on the 2024 figure of 3087万TEU, with its source', () => {
    const e = entry(card, 'port-container-throughput-2025');
    expect(e).toMatchObject({ status: 'achieved', achievedEarly: true, reason: null });
    expect(e.assessment.latest).toMatchObject({ value: 3087, year: 2024 });
    expect(e.evidence[0]).toMatchObject({
      publisher: expect.stringContaining('青岛日报'),
      published: '2025-02-16',
      url: expect.stringMatching(/^https:/),
    });
  });

  it('technology contract turnover (15% over 2020-2025) is achieved early on a cumulative 147% in 2024', () => {
    expect(entry(card, 'technology-contract-growth-2020-2025')).toMatchObject({
      status: 'achieved',
      achievedEarly: true,
    });
  });

  it('says why a target cannot be judged: no observation at all, or no figure for the target year', () => {
    expect(entry(card, 'services-employment-share-2025')).toMatchObject({
      status: 'not_assessable',
      reason: 'no_observation',
      evidence: [],
    });
    expect(entry(card, 'services-trade-2025')).toMatchObject({
      status: 'not_assessable',
      reason: 'no_target_year_data',
    });
    const events = entry(card, 'exhibition-events-per-year');
    expect(events.reason).toBe('no_observation');
    expect(events.rejected.map((r) => r.reason)).toContain('definition_differs');
  });

  it('a known part of the additions (18 clusters recognised in 2022) does not decide a target of about 30', () => {
    const e = entry(card, 'new-municipal-service-clusters-2021-2025');
    expect(e.status).toBe('not_assessable');
    expect(e.assessment.latest).toMatchObject({ value: 18, bound: 'at_least' });
  });

  it('asOf defaults to the target year, never the clock, and is validated', () => {
    expect(scorecard({ asOf: 2025 }).totals).toEqual(card.totals);
    expect(() => scorecard({ asOf: 2019 })).toThrow(PlanError);
    expect(() => scorecard({ asOf: 2025.5 })).toThrow(/whole year/);
  });
});

describe("scorecard() with a site's own observations", () => {
  it('a first-half share does not decide a full-year share target', () => {
    const card = scorecard({
      observations: [
        own({ indicator: 'culture-share-of-gdp', year: 2025, period: 'H1', measure: 'share', value: 7, unit: '%' }),
      ],
    });
    const e = entry(card, 'culture-share-of-gdp-2025');
    expect(e.status).toBe('not_assessable');
    expect(e.reason).toBe('partial_year_only');
  });

  it('a part-year flow above an at-least target proves it met; below it proves nothing', () => {
    const above = scorecard({
      observations: [
        own({
          indicator: 'logistics-value-added',
          year: 2025,
          period: 'Q1-Q3',
          measure: 'level',
          value: 1700,
          unit: '亿元',
        }),
      ],
    });
    expect(entry(above, 'logistics-va-2025').status).toBe('achieved');
    const below = scorecard({
      observations: [
        own({
          indicator: 'logistics-value-added',
          year: 2025,
          period: 'Q1-Q3',
          measure: 'level',
          value: 1200,
          unit: '亿元',
        }),
      ],
    });
    expect(entry(below, 'logistics-va-2025').status).toBe('not_assessable');
  });

  it('a lower bound above the target proves it met (突破 = more than)', () => {
    const card = scorecard({
      observations: [
        own({
          indicator: 'finance-value-added',
          year: 2025,
          measure: 'level',
          value: 1250,
          bound: 'more_than',
          unit: '亿元',
        }),
      ],
    });
    expect(entry(card, 'finance-va-2025')).toMatchObject({ status: 'achieved', achievedEarly: false });
  });

  it('an exact 2025 figure below an at-least target is not achieved', () => {
    const card = scorecard({
      observations: [own({ indicator: 'logistics-5a-firms', year: 2025, measure: 'count', value: 14, unit: '家' })],
    });
    expect(entry(card, 'logistics-5a-firms-2025').status).toBe('not_achieved');
  });

  it('the latest vintage is used unless vintage: "plan" is asked for', () => {
    const revised = own({
      indicator: 'producer-services-share-of-services',
      year: 2020,
      measure: 'share',
      value: 52.9,
      unit: '%',
      vintage: 'revised',
    });
    const y2025 = own({
      indicator: 'producer-services-share-of-services',
      year: 2025,
      measure: 'share',
      value: 55.2,
      unit: '%',
    });
    const latest = entry(scorecard({ observations: [revised, y2025] }), 'producer-services-share-2025');
    expect(latest.assessment.base).toMatchObject({ value: 52.9 });
    const plan = entry(scorecard({ observations: [revised, y2025], vintage: 'plan' }), 'producer-services-share-2025');
    expect(plan.assessment.base).toMatchObject({ value: 53.7 });
    expect(latest.status).toBe('achieved');
  });

  it('rejects invalid observations with a PlanError listing them', () => {
    expect(() => scorecard({ observations: [{ indicator: 'nope' } as unknown as Observation] })).toThrow(
      /invalid observation/,
    );
  });
});

describe('scorecard() with figures that cannot be computed with', () => {
  it('marks that target not assessable (uncomputable_data) with the error, and assesses the others', () => {
    const card = scorecard({
      observations: [own({ indicator: 'services-trade', year: 2024, measure: 'level', value: 1e308, unit: '亿元' })],
    });
    const trade = entry(card, 'services-trade-2025');
    expect(trade).toMatchObject({
      status: 'not_assessable',
      reason: 'uncomputable_data',
      error: { code: 'non_finite' },
    });
    expect(entry(card, 'port-container-throughput-2025').status).toBe('achieved');
  });
});
