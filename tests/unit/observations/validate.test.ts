import { describe, expect, it } from 'vitest';
import { PlanError } from '../../../src/index.js';
import { OBSERVATION_COLUMNS, observationsCsv, parseObservationsCsv } from '../../../src/index.js';
import { mergeObservations, observations, observationsOf } from '../../../src/index.js';
import { validateObservations } from '../../../src/index.js';
import type { Observation } from '../../../src/index.js';

const good = {
  indicator: 'port-container-throughput',
  year: 2025,
  period: 'FY',
  measure: 'level',
  value: 3200,
  bound: 'exact',
  unit: '万TEU',
  vintage: 'preliminary',
  publisher: 'Example City Statistics',
  published: '2026-02-01',
  url: 'https://example.org/2025',
  reliability: 'official',
} as const;

describe('validateObservations', () => {
  it("accepts an array or { observations } in the published schema and marks them as the site's own", () => {
    expect(validateObservations([good])).toEqual({ ok: true, observations: [{ ...good, origin: 'user' }], issues: [] });
    expect(validateObservations({ observations: [good] }).ok).toBe(true);
  });

  it('reports every invalid row with its index, field and reason, and drops none silently', () => {
    const rows = [
      good,
      { ...good, value: '3200' },
      { ...good, url: undefined },
      { ...good, indicator: 'port-container' },
      { ...good, measure: 'avg_annual_growth', since: 2026, value: 5, unit: '%' },
      { ...good, year: 2023, value: -1 },
      { ...good, measure: 'share', value: 140, unit: '%' },
      { ...good },
    ];
    const r = validateObservations(rows);
    expect(r.ok).toBe(false);
    expect(r.observations).toHaveLength(1);
    const by = (i: number) => r.issues.filter((x) => x.index === i).map((x) => `${x.field}:${x.code}`);
    expect(by(1)).toEqual(['value:schema_type']);
    expect(by(2)).toEqual(['url:schema_required']);
    expect(by(3)).toEqual(['indicator:unknown_indicator']);
    expect(r.issues.find((x) => x.index === 3)!.message).toContain('port-container-throughput');
    expect(by(4)).toEqual(['since:reversed_years']);
    expect(by(5)).toEqual(['value:out_of_range']);
    expect(by(6)).toEqual(['value:out_of_range']);
    expect(by(7)).toEqual(['year:duplicate']);
    expect(new Set(r.issues.map((x) => x.index))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
  });

  it("refuses a unit that does not measure the indicator and a year after the plan's last target year", () => {
    const rows = [
      { ...good, unit: '万吨' },
      { ...good, unit: '家', measure: 'count', value: 3 },
      { ...good, measure: 'yoy_growth', value: 7.4, unit: '万TEU' },
      { ...good, year: 2026 },
      { ...good, year: 2031 },
    ];
    const r = validateObservations(rows);
    expect(r.observations).toEqual([]);
    expect(r.issues.map((x) => `${x.index} ${x.field}:${x.code}`)).toEqual([
      '0 unit:unit_mismatch',
      '1 unit:unit_mismatch',
      '2 unit:unit_mismatch',
      '3 year:after_plan_years',
      '4 year:after_plan_years',
    ]);
    expect(r.issues[0]!.message).toBe(
      "unit '万吨' does not measure 'port-container-throughput' as a level: use '万TEU' or another scale of it (the plan's unit of the indicator is '万TEU')",
    );
    expect(r.issues[2]!.message).toContain("use '%'");
    expect(r.issues[3]!.message).toBe(
      "year 2026 is after the plan's last target year 2025: a later figure belongs to the next plan (years before the base year are kept as history)",
    );
  });

  it('accepts another scale of the indicator’s unit (亿元 for 万亿元) and a growth rate in percent', () => {
    const finance = { ...good, indicator: 'finance-value-added', value: 0.12, unit: '万亿元' };
    const growth = { ...good, measure: 'yoy_growth', value: 7.4, unit: '%' };
    expect(validateObservations([finance, growth]).issues).toEqual([]);
  });

  it('names the allowed values of a field that has a list of them', () => {
    const r = validateObservations([{ ...good, vintage: 'estimate' }]);
    expect(r.issues.map((x) => x.message)).toEqual(['vintage must be one of: plan, preliminary, final, revised']);
  });

  it('throws a PlanError for input that is not a list of observations', () => {
    expect(() => validateObservations('x')).toThrow(PlanError);
    expect(() => validateObservations(null)).toThrow(/observations/);
  });
});

describe('parseObservationsCsv', () => {
  it('round-trips the bundled observations through observations.csv', () => {
    const csv = observationsCsv(observations);
    expect(csv.startsWith('\uFEFF' + OBSERVATION_COLUMNS.join(','))).toBe(true);
    const back = parseObservationsCsv(csv);
    expect(back.issues).toEqual([]);
    expect(back.observations.map(({ origin: _, ...o }) => o)).toEqual(observations.map(({ origin: _, ...o }) => o));
  });

  it('reports each invalid row with its line in the file: a string for a number, NaN, an unknown period', () => {
    const head = OBSERVATION_COLUMNS.join(',');
    const row = (value: string, period = 'FY') =>
      `port-container-throughput,2025,${period},level,,${value},exact,万TEU,,preliminary,Example,2026-02-01,https://example.org,official,`;
    const text = [head, row('3200'), row('many'), row('NaN'), row('3100', 'H3')].join('\n');
    const r = parseObservationsCsv(text);
    expect(r.observations).toHaveLength(1);
    expect(r.issues.map((i) => [i.line, i.field])).toEqual([
      [3, 'value'],
      [4, 'value'],
      [5, 'period'],
    ]);
  });

  it('throws csv_columns_missing naming the missing columns', () => {
    expect(() => parseObservationsCsv('indicator,year\nx,1')).toThrow(/lacks the column\(s\) period, measure/);
  });
});

describe('mergeObservations', () => {
  it("a site's figure replaces the bundled one for the same indicator, year, period and measure", () => {
    const own: Observation = { ...good, year: 2024, value: 3100 };
    const merged = mergeObservations(observations, [own]);
    const port2024 = merged.filter((o) => o.indicator === 'port-container-throughput' && o.year === 2024);
    expect(port2024).toEqual([{ ...own, origin: 'user' }]);
    expect(merged).toHaveLength(observations.length);
    expect(observationsOf('port-container-throughput', [good]).map((o) => o.year)).toEqual([2024, 2025]);
  });
});
