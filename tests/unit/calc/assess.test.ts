import { describe, expect, it } from 'vitest';
import { assess } from '../../../src/calc/index.js';
import { caught, obs, target } from './helpers.js';

const level6 = target({ value: Number((100 * 1.06 ** 5).toFixed(4)) }); // a level target of 6% a year from 100

describe('assess(target, observations, options): level targets (growth ratio)', () => {
  it('returns needs_acceleration for base 100, 118 after 3 years and a 6% a year level target (ratio 0.945, unrounded)', () => {
    const a = assess(level6, [obs(2020, 100), obs(2023, 118)], { asOf: 2023 });
    expect(a.status).toBe('needs_acceleration');
    expect(a.method).toBe('growth');
    expect(a.ratios.growth!.toFixed(3)).toBe('0.945');
    expect(a.ratios.actualRate!.toFixed(5)).toBe('0.05672');
    expect(a.base).toMatchObject({ value: 100, year: 2020 });
    expect(a.latest).toMatchObject({ value: 118, year: 2023 });
    expect(a.evidence).toHaveLength(2);
    expect(a.preset).toBe('eurostat');
    expect(a.bands.map((b) => b.status)).toEqual([
      'on_track',
      'needs_acceleration',
      'insufficient_progress',
      'moving_away',
    ]);
    expect(a.reasons).toEqual([]);
  });
  it('returns on_track, insufficient_progress and moving_away by the eurostat bands', () => {
    const at = (v: number) => assess(level6, [obs(2020, 100), obs(2023, v)], { asOf: 2023 }).status;
    expect(at(120)).toBe('on_track');
    expect(at(105)).toBe('insufficient_progress');
    expect(at(95)).toBe('moving_away');
  });
  it('returns achieved with achievedEarly when a figure before the target year meets the target', () => {
    const a = assess(target(), [obs(2020, 848.9), obs(2022, 1000), obs(2023, 1150)], { asOf: 2023 });
    expect(a).toMatchObject({ status: 'achieved', achievedEarly: true, met: true, method: 'comparator' });
    expect(a.latest).toMatchObject({ value: 1150, year: 2023 });
  });
  it('defaults asOf to the target year, never to the clock', () => {
    expect(assess(target(), []).asOf).toBe(2025);
  });
  it('ignores observations after asOf', () => {
    const a = assess(target(), [obs(2020, 848.9), obs(2022, 950), obs(2024, 1200)], { asOf: 2022 });
    expect(a.status).not.toBe('achieved');
    expect(a.latest?.year).toBe(2022);
  });
  it('switches to the expected ratio with unsd2023 and to other bands with unsd2022 and escap', () => {
    const o = [obs(2020, 100), obs(2023, 118)];
    const u = assess(level6, o, { asOf: 2023, preset: 'unsd2023' });
    expect(u.method).toBe('expected');
    expect(u.status).toBe('needs_acceleration');
    expect(assess(level6, o, { asOf: 2023, preset: 'unsd2022' }).status).toBe('needs_acceleration');
    expect(assess(level6, o, { asOf: 2023, preset: 'escap' }).bands).toHaveLength(3);
    const custom = {
      name: 'strict',
      ratio: 'growth',
      bands: [
        { min: 0.99, band: 'ok', status: 'on_track' },
        { min: null, band: 'late', status: 'moving_away' },
      ],
    } as const;
    expect(assess(level6, o, { asOf: 2023, preset: custom })).toMatchObject({
      status: 'moving_away',
      preset: 'strict',
    });
  });
  it('throws invalid_argument for an unknown preset, a preset without bands or observations that are not an array', () => {
    expect(caught(() => assess(level6, [], { preset: 'oecd' as 'escap' })).code).toBe('invalid_argument');
    expect(caught(() => assess(level6, [], { preset: { name: 'x', ratio: 'growth', bands: [] } })).code).toBe(
      'invalid_argument',
    );
    expect(caught(() => assess(level6, {} as never)).code).toBe('invalid_argument');
  });
});

describe('assess(target, observations, options): the end of the period', () => {
  it('returns achieved (not early) on a target-year figure that meets the target', () => {
    expect(assess(target(), [obs(2020, 848.9), obs(2025, 1100)])).toMatchObject({
      status: 'achieved',
      achievedEarly: false,
    });
  });
  it('returns achievedEarly when the target stayed met from an earlier year', () => {
    expect(assess(target(), [obs(2020, 848.9), obs(2024, 1120), obs(2025, 1180)])).toMatchObject({
      status: 'achieved',
      achievedEarly: true,
    });
  });
  it('returns not_achieved only on a figure for the target year itself, and still reports the ratios', () => {
    const a = assess(target(), [obs(2020, 848.9), obs(2025, 1050)]);
    expect(a.status).toBe('not_achieved');
    expect(a.ratios.growth).toBeGreaterThan(0);
    expect(a.latest?.year).toBe(2025);
  });
  it('returns not_assessable no_target_year_data when the latest figure is older than the target year', () => {
    const a = assess(target(), [obs(2020, 848.9), obs(2024, 1050)], { asOf: 2026 });
    expect(a).toMatchObject({ status: 'not_assessable', reasons: ['no_target_year_data'], method: 'none' });
    expect(a.ratios.growth).not.toBeNull();
  });
  it('ignores figures after the target year, with a warning', () => {
    const a = assess(target(), [obs(2020, 848.9), obs(2026, 1200)], { asOf: 2026 });
    expect(a.status).toBe('not_assessable');
    expect(a.reasons).toEqual(['no_target_year_data']);
    expect(a.warnings.map((w) => w.code)).toContain('after_target_year_ignored');
  });
  it('lets a bound for the target year prove the target met (突破 = more than)', () => {
    const more = obs(2025, 1100, { bound: 'more_than', vintage: 'preliminary' });
    expect(assess(target(), [obs(2020, 848.9), more]).status).toBe('achieved');
    const below = obs(2025, 1000, { bound: 'more_than', vintage: 'preliminary' });
    expect(assess(target(), [obs(2020, 848.9), below])).toMatchObject({
      status: 'not_assessable',
      reasons: ['no_target_year_data'],
    });
  });
});

describe('assess(target, observations, options): part-year figures, vintages and units', () => {
  const h1 = (value: number, over = {}) => obs(2025, value, { period: 'H1', vintage: 'preliminary', ...over });
  it('uses a part-year figure of a non-negative flow as a lower bound that can prove the target met', () => {
    const a = assess(target(), [obs(2020, 848.9), h1(1120)]);
    expect(a.status).toBe('achieved');
    expect(a.latest?.bound).toBe('at_least');
    expect(a.warnings.map((w) => w.code)).toContain('part_year_bound');
  });
  it('never lets a part-year figure prove the target missed', () => {
    expect(assess(target(), [obs(2020, 848.9), h1(600)])).toMatchObject({
      status: 'not_assessable',
      reasons: ['no_target_year_data'],
    });
  });
  it('keeps the highest part-year bound of a year and prefers the full year', () => {
    const a = assess(target(), [obs(2020, 848.9), h1(600), h1(900, { period: 'Q1-Q3' }), obs(2024, 1000)], {
      asOf: 2025,
    });
    expect(a.status).toBe('not_assessable');
    expect(assess(target(), [obs(2020, 848.9), h1(1200), obs(2025, 1050)]).status).toBe('not_achieved');
  });
  it('lets a part-year share or stock decide nothing: partial_year_only', () => {
    const s = target({ form: 'share', unit: '%', value: 65, counts: 'rate', comparator: 'at_least' });
    const pct = { unit: '%', measure: 'share' } as const;
    const a = assess(s, [obs(2020, 60, pct), obs(2023, 70, { ...pct, period: 'H1' })], { asOf: 2023 });
    expect(a).toMatchObject({ status: 'not_assessable', reasons: ['partial_year_only'] });
    const stock = target({ form: 'count', unit: '家', value: 50, counts: 'stock', comparator: 'at_least' });
    const c = { unit: '家', measure: 'count' } as const;
    expect(assess(stock, [obs(2023, 60, { ...c, period: 'to:2023-06-30' })], { asOf: 2023 }).reasons).toContain(
      'partial_year_only',
    );
    expect(
      assess(stock, [obs(2023, 60, { ...c, period: 'to:2023-06-30' })], { asOf: 2023, indicatorKind: 'flow' }).status,
    ).toBe('achieved');
  });
  it('uses the latest vintage by default and the plan figure with vintage: plan, and reports the choice', () => {
    const s = target({ form: 'share', unit: '%', value: 65, counts: 'rate', comparator: 'approx' });
    const plan = obs(2020, 61.4, { unit: '%', measure: 'share', vintage: 'plan', published: '2021-09' });
    const rev = obs(2020, 61.3, { unit: '%', measure: 'share', vintage: 'revised', published: '2021-04' });
    const latest = obs(2023, 63, { unit: '%', measure: 'share' });
    const a = assess(s, [plan, rev, latest], { asOf: 2023 });
    expect(a.base?.value).toBe(61.3);
    const w = a.warnings.find((x) => x.code == 'vintage_chosen');
    expect(w?.observation).toBe(rev);
    expect(w?.others).toEqual([plan]);
    expect(assess(s, [plan, rev, latest], { asOf: 2023, vintage: 'plan' }).base?.value).toBe(61.4);
  });
  it('bug 4: ranks a final vintage above a preliminary one of the same year (plan < preliminary < final < revised)', () => {
    const pre = obs(2023, 3900, { vintage: 'preliminary', published: '2024-01' });
    const fin = obs(2023, 3944.1, { vintage: 'final', published: '2023-12' });
    const a = assess(target({ value: 5000 }), [obs(2020, 3000), pre, fin], { asOf: 2023 });
    expect(a.latest?.value).toBe(3944.1);
    const rev = obs(2023, 3950, { vintage: 'revised', published: '2023-11' });
    expect(assess(target({ value: 5000 }), [obs(2020, 3000), fin, rev], { asOf: 2023 }).latest?.value).toBe(3950);
  });
  it('breaks vintage ties by exactness, then publication date, then reliability', () => {
    const a = obs(2023, 1000, { vintage: 'preliminary', bound: 'more_than', published: '2024-02' });
    const b = obs(2023, 1010, { vintage: 'preliminary', published: '2024-01' });
    const c = obs(2023, 1020, { vintage: 'preliminary', published: '2024-03' });
    const d = obs(2023, 1030, { vintage: 'preliminary', published: '2024-03', reliability: 'secondary' });
    const e = obs(2023, 1040, { vintage: 'preliminary', published: '2024-03', reliability: 'secondary' });
    expect(assess(target(), [obs(2020, 848.9), a, b], { asOf: 2023 }).latest?.value).toBe(1010);
    expect(assess(target(), [obs(2020, 848.9), b, c], { asOf: 2023 }).latest?.value).toBe(1020);
    expect(assess(target(), [obs(2020, 848.9), d, c], { asOf: 2023 }).latest?.value).toBe(1020);
    expect(assess(target(), [obs(2020, 848.9), d, e], { asOf: 2023 }).latest?.value).toBe(1030);
  });
  it('converts 万亿元 to 亿元 and reports definition_differs for an incompatible unit', () => {
    const a = assess(target(), [obs(2020, 848.9), obs(2025, 0.12, { unit: '万亿元' })]);
    expect(a.status).toBe('achieved');
    expect(a.latest?.value).toBe(1200);
    expect(a.warnings.map((w) => w.code)).toContain('unit_converted');
    const b = assess(target(), [obs(2025, 5, { unit: '万TEU' })]);
    expect(b).toMatchObject({
      status: 'not_assessable',
      reasons: ['no_target_year_data', 'definition_differs', 'base_missing'],
    });
    const n = target({ form: 'new_count', unit: '个', value: 10, counts: 'additions', comparator: 'at_least' });
    const firms = assess(n, [obs(2021, 8, { unit: '家', measure: 'count' })], { asOf: 2021 });
    expect(firms.reasons[0]).toBe('definition_differs');
    const pct = assess(
      target({ form: 'share', unit: '%', value: 65 }),
      [obs(2021, 8, { unit: '个', measure: 'share' })],
      { asOf: 2021 },
    );
    expect(pct.reasons[0]).toBe('definition_differs');
  });
  it('warns when a real growth rate is used for a nominal target', () => {
    const g = target({
      form: 'avg_annual_growth',
      unit: '%',
      value: 10,
      counts: 'rate',
      comparator: 'at_least',
      period: { from: 2020, to: 2025 },
    });
    const real = { measure: 'yoy_growth', unit: '%', priceBasis: 'real' } as const;
    const a = assess(g, [obs(2021, 12, real), obs(2022, 9, real)], { asOf: 2022 });
    expect(a.warnings.map((w) => w.code)).toContain('price_basis_differs');
  });
});

describe('assess(target, observations, options): degenerate cases give their reason code', () => {
  it('no_observation when the indicator has no figures', () => {
    expect(assess(target(), [obs(2023, 1, { indicator: 'other' })], { asOf: 2023 })).toMatchObject({
      status: 'not_assessable',
      reasons: ['no_observation', 'base_missing'],
    });
  });
  it('base_missing when a level target has no base-year figure, unless the comparator alone decides', () => {
    expect(assess(target(), [obs(2023, 900)], { asOf: 2023 }).reasons).toEqual(['base_missing']);
    expect(assess(target(), [obs(2023, 1200)], { asOf: 2023 })).toMatchObject({
      status: 'achieved',
      achievedEarly: true,
    });
    const w = assess(target(), [obs(2023, 1200)], { asOf: 2023 }).warnings;
    expect(w).toContainEqual({ code: 'ratio_unavailable', reason: 'base_missing' });
  });
  it('accepts a base override and reports it', () => {
    const a = assess(level6, [obs(2023, 118)], { asOf: 2023, base: 100 });
    expect(a.status).toBe('needs_acceleration');
    expect(a.warnings.map((w) => w.code)).toContain('base_override');
  });
  it('zero_base for the growth ratio from a base of 0, while distance and pace are reported', () => {
    const a = assess(target({ value: 10 }), [obs(2020, 0), obs(2023, 5)], { asOf: 2023 });
    expect(a).toMatchObject({ status: 'not_assessable', reasons: ['zero_base'] });
    expect(a.ratios.distance).toBe(0.5);
  });
  it('bug 1: a zero target (lower is better) is not achieved by 0.4 from a base of 10', () => {
    const zero = target({ value: 0, direction: 'down', comparator: 'reach' });
    const a = assess(zero, [obs(2020, 10), obs(2023, 0.4)], { asOf: 2023 });
    expect(a.status).not.toBe('achieved');
    expect(a.met).toBe(false);
  });
  it('bug 2: a fall of a third a year toward a zero target is not insufficient_progress: zero_target', () => {
    const zero = target({ value: 0, direction: 'down', comparator: 'reach' });
    const a = assess(zero, [obs(2020, 10), obs(2023, 10 * (2 / 3) ** 3)], { asOf: 2023 });
    expect(a).toMatchObject({ status: 'not_assessable', reasons: ['zero_target'] });
    expect(a.ratios.growth).toBeNull();
  });
  it('sign_change when base and latest lie on both sides of 0', () => {
    expect(assess(target({ value: 10 }), [obs(2020, -5), obs(2023, 5)], { asOf: 2023 }).reasons).toEqual([
      'sign_change',
    ]);
  });
  it('target_equals_base when the target is the base value', () => {
    expect(assess(target({ value: 100 }), [obs(2020, 100), obs(2023, 90)], { asOf: 2023 }).reasons).toEqual([
      'target_equals_base',
    ]);
  });
  it('growth_rate_series when a level target has only growth rates', () => {
    expect(assess(target(), [obs(2021, 8, { measure: 'yoy_growth', unit: '%' })], { asOf: 2022 }).reasons).toContain(
      'growth_rate_series',
    );
  });
  it('insufficient_data when only the base year is observed', () => {
    expect(assess(target(), [obs(2020, 848.9)], { asOf: 2023 }).reasons).toEqual(['insufficient_data']);
  });
  it('qualitative_target for a target without a number', () => {
    expect(assess(target({ value: undefined as unknown as number }), [obs(2020, 1)])).toMatchObject({
      status: 'not_assessable',
      reasons: ['qualitative_target'],
    });
  });
  it('throws non_finite for a NaN target value or observation', () => {
    expect(caught(() => assess(target({ value: NaN }), [])).code).toBe('non_finite');
    expect(caught(() => assess(target(), [obs(2022, NaN)])).code).toBe('non_finite');
  });
});
