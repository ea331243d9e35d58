import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/calc/index.js';
import { obs, target } from './helpers.js';

const P = { from: 2020, to: 2025 } as const;
const pct = { unit: '%', measure: 'share' } as const;

describe('assess: share and pp_change targets use the growth ratio (eurostat) or distance and pace (ndrc, in pp)', () => {
  const s = target({ form: 'share', unit: '%', value: 65, counts: 'rate', comparator: 'at_least' });
  it('returns distance 0.50, elapsed 0.60, pace 0.833 for 60 -> 65 with 62.5 after 3 years', () => {
    const a = assess(s, [obs(2020, 60, pct), obs(2023, 62.5, pct)], { asOf: 2023 });
    expect(a.ratios.distance).toBe(0.5);
    expect(a.ratios.elapsed).toBe(0.6);
    expect(a.ratios.pace!.toFixed(3)).toBe('0.833');
    // eurostat: the growth ratio of the share itself, CAGR 60 -> 62.5 over 3 years / CAGR 60 -> 65 over 5 years.
    expect(a).toMatchObject({ method: 'growth', status: 'needs_acceleration' });
    expect(a.ratios.growth).toBeCloseTo(((62.5 / 60) ** (1 / 3) - 1) / ((65 / 60) ** (1 / 5) - 1), 12);
    expect(a.ratios.growth!.toFixed(3)).toBe('0.849');
    const ndrc = assess(s, [obs(2020, 60, pct), obs(2023, 62.5, pct)], { asOf: 2023, preset: 'ndrc' });
    expect(ndrc).toMatchObject({ method: 'pace', status: 'needs_acceleration' });
    expect(assess(s, [obs(2020, 60, pct), obs(2023, 62.5, pct)], { asOf: 2023, preset: 'unsd2023' }).method).toBe(
      'expected',
    );
  });
  it('judges a pp_change target on the change of the share since the base year', () => {
    const pp = target({ form: 'pp_change', unit: '个百分点', value: 5, counts: 'rate', comparator: 'at_least' });
    const a = assess(pp, [obs(2020, 60, pct), obs(2023, 62.5, pct)], { asOf: 2023 });
    expect(a.ratios.pace!.toFixed(3)).toBe('0.833');
    expect(a.latest?.value).toBe(2.5);
    expect(assess(pp, [obs(2020, 60, pct), obs(2025, 65.2, pct)]).status).toBe('achieved');
    expect(assess(pp, [obs(2023, 62.5, pct)], { asOf: 2023 }).reasons).toEqual(['base_missing']);
  });
  it('judges a lower-is-better share against its comparator', () => {
    const down = target({
      form: 'share',
      unit: '%',
      value: 10,
      counts: 'rate',
      comparator: 'at_most',
      direction: 'down',
    });
    expect(assess(down, [obs(2020, 12.68, pct), obs(2025, 10.6, pct)]).status).toBe('not_achieved');
    // As published, 10.48 is not 以内 10; rounded to the target's decimals (none) it is 10 and meets it.
    expect(assess(down, [obs(2020, 12.68, pct), obs(2025, 10.48, pct)]).status).toBe('not_achieved');
    const rounded = assess(down, [obs(2020, 12.68, pct), obs(2025, 10.48, pct)], { compare: 'target_decimals' });
    expect(rounded).toMatchObject({ status: 'achieved', compare: 'target_decimals' });
    expect(assess(down, [obs(2020, 12.68, pct), obs(2025, 9.96, pct)]).status).toBe('achieved');
  });
});

describe('assess: avg_annual_growth targets compare observed average growth with the target rate', () => {
  const g = target({
    form: 'avg_annual_growth',
    unit: '%',
    value: 6,
    counts: 'rate',
    comparator: 'at_least',
    period: P,
  });
  const yoy = (year: number, value: number) => obs(year, value, { measure: 'yoy_growth', unit: '%' });
  it('chains observed yearly growth (never the CAGR of a rate): ratio 0.945 for 118 after 3 years', () => {
    const r = 1.18 ** (1 / 3) * 100 - 100;
    const a = assess(g, [yoy(2021, r), yoy(2022, r), yoy(2023, r)], { asOf: 2023 });
    expect(a.ratios.growth!.toFixed(3)).toBe('0.945');
    expect(a.status).toBe('needs_acceleration');
    expect(a.latest?.observations).toHaveLength(3);
  });
  it('computes the CAGR from levels at the base year and the latest year, in percent (not the levels’ unit)', () => {
    const a = assess(g, [obs(2020, 100), obs(2023, 118)], { asOf: 2023 });
    expect(a.ratios.growth!.toFixed(3)).toBe('0.945');
    expect(a.latest?.value.toFixed(3)).toBe('5.672');
    expect(a.latest?.unit).toBe('%');
  });
  it('prefers an avg_annual_growth observation since the base year', () => {
    const a = assess(
      g,
      [obs(2020, 100), obs(2023, 118), obs(2023, 6.5, { measure: 'avg_annual_growth', since: 2020, unit: '%' })],
      { asOf: 2023 },
    );
    expect(a.status).toBe('on_track');
    const other = assess(g, [obs(2023, 6.5, { measure: 'avg_annual_growth', since: 2019, unit: '%' })], { asOf: 2023 });
    expect(other.status).toBe('not_assessable');
  });
  it('is achieved only on a figure for the whole period, never early', () => {
    const full = obs(2025, 6.2, { measure: 'avg_annual_growth', since: 2020, unit: '%' });
    expect(assess(g, [full])).toMatchObject({ status: 'achieved', achievedEarly: false });
    expect(assess(g, [obs(2025, 5.4, { measure: 'avg_annual_growth', since: 2020, unit: '%' })]).status).toBe(
      'not_achieved',
    );
    const early = assess(g, [obs(2023, 9, { measure: 'avg_annual_growth', since: 2020, unit: '%' })], { asOf: 2023 });
    expect(early).toMatchObject({ status: 'on_track', achievedEarly: false });
  });
  it('stops the chain at a missing year (insufficient_data when nothing chains)', () => {
    const a = assess(g, [yoy(2021, 6), yoy(2023, 6)], { asOf: 2023 });
    expect(a.latest?.year).toBe(2021);
    expect(assess(g, [yoy(2022, 6)], { asOf: 2023 }).reasons).toContain('insufficient_data');
  });
  it('reports base_missing for levels without a base and zero_base for a base of 0', () => {
    expect(assess(g, [obs(2023, 118)], { asOf: 2023 }).reasons).toContain('base_missing');
    expect(assess(g, [obs(2020, 0), obs(2023, 118)], { asOf: 2023 }).reasons).toContain('zero_base');
  });
  it('returns target_equals_base for a target of 0% a year', () => {
    expect(assess(target({ ...g, value: 0 }), [yoy(2021, 1)], { asOf: 2021 }).reasons).toEqual(['target_equals_base']);
  });
});

describe('assess: cumulative_growth targets use the relative change of levels from the base year', () => {
  const c = target({
    form: 'cumulative_growth',
    unit: '%',
    value: -13.5,
    counts: 'rate',
    comparator: 'reach',
    direction: 'down',
    period: P,
  });
  it('returns needs_acceleration for -13.5% over 5 years at 0.93 after 3 (required -2.859%, actual -2.390%, ratio 0.836)', () => {
    const a = assess(c, [obs(2020, 1), obs(2023, 0.93)], { asOf: 2023 });
    expect((a.ratios.requiredRate! * 100).toFixed(3)).toBe('-2.859');
    expect((a.ratios.actualRate! * 100).toFixed(3)).toBe('-2.390');
    expect(a.ratios.growth!.toFixed(3)).toBe('0.836');
    expect(a.status).toBe('needs_acceleration');
  });
  it('accepts a cumulative_growth observation since the base year and a chain of yearly growth', () => {
    const up = target({ ...c, value: 15, direction: 'up' });
    expect(
      assess(up, [obs(2023, 16, { measure: 'cumulative_growth', since: 2020, unit: '%' })], { asOf: 2023 }),
    ).toMatchObject({ status: 'achieved', achievedEarly: true });
    const yoy = (y: number) => obs(y, 5, { measure: 'yoy_growth', unit: '%' });
    expect(assess(up, [yoy(2021), yoy(2022), yoy(2023)], { asOf: 2023 }).latest?.value.toFixed(2)).toBe('15.76');
  });
  it('reports sign_change and negative_value from levels', () => {
    expect(assess(c, [obs(2020, 1), obs(2023, -1)], { asOf: 2023 }).reasons).toContain('sign_change');
    expect(assess(c, [obs(2020, -1), obs(2023, -1)], { asOf: 2023 }).reasons).toContain('negative_value');
  });
});

describe('assess: count, new_count and per_year_count targets', () => {
  const cnt = { unit: '家', measure: 'count' } as const;
  it('judges a stock count by distance and pace', () => {
    const c = target({ form: 'count', unit: '家', value: 50, counts: 'stock', comparator: 'at_least' });
    const a = assess(c, [obs(2020, 30, cnt), obs(2023, 40, cnt)], { asOf: 2023 });
    expect(a).toMatchObject({ method: 'pace', status: 'needs_acceleration' });
    expect(a.ratios.pace!.toFixed(3)).toBe('0.833');
  });
  it('sums yearly additions for a new_count target: achieved early once the known sum meets it', () => {
    const n = target({
      form: 'new_count',
      unit: '家',
      value: 30,
      counts: 'additions',
      comparator: 'approx',
      period: P,
    });
    const add = (y: number, v: number) => obs(y, v, cnt);
    const a = assess(n, [add(2021, 8), add(2022, 10), add(2023, 12), add(2024, 3)]);
    expect(a).toMatchObject({ status: 'achieved', achievedEarly: true });
    expect(a.latest).toMatchObject({ value: 33, year: 2024, bound: 'exact' });
    expect(a.latest?.observations).toHaveLength(4);
    const gap = assess(n, [add(2021, 8), add(2023, 12)], { asOf: 2023 });
    expect(gap).toMatchObject({ status: 'not_assessable', reasons: ['insufficient_data'] });
    expect(assess(n, [add(2021, 25), add(2023, 12)], { asOf: 2023 }).status).toBe('achieved');
    const full = assess(n, [add(2021, 4), add(2022, 4), add(2023, 4), add(2024, 4), add(2025, 4)]);
    expect(full).toMatchObject({ status: 'not_achieved' });
    expect(full.latest?.value).toBe(20);
    expect(assess(n, [add(2021, 4), add(2022, 4), add(2023, 4)], { asOf: 2023 })).toMatchObject({
      status: 'needs_acceleration',
      method: 'pace',
    });
  });
  it('rejects negative additions', () => {
    const n = target({
      form: 'new_count',
      unit: '家',
      value: 30,
      counts: 'additions',
      comparator: 'approx',
      period: P,
    });
    expect(() => assess(n, [obs(2021, -1, cnt)])).toThrow(/additions must be >= 0/);
  });
  it('judges a per_year_count target on the count of the year assessed', () => {
    const p = target({ form: 'per_year_count', unit: '场次', value: 400, counts: 'per_year', comparator: 'more_than' });
    const ev = { unit: '场次', measure: 'count' } as const;
    expect(assess(p, [obs(2020, 300, ev), obs(2023, 420, ev)], { asOf: 2023 })).toMatchObject({
      status: 'on_track',
      achievedEarly: false,
      method: 'comparator',
    });
    expect(assess(p, [obs(2020, 300, ev), obs(2023, 350, ev)], { asOf: 2023 }).method).toBe('pace');
    expect(assess(p, [obs(2024, 420, ev), obs(2025, 380, ev)]).status).toBe('not_achieved');
    expect(assess(p, [obs(2024, 420, ev), obs(2025, 401, ev)])).toMatchObject({
      status: 'achieved',
      achievedEarly: false,
    });
    expect(assess(p, [obs(2024, 420, ev)]).reasons).toEqual(['no_target_year_data', 'base_missing']);
  });
});
