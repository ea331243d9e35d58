import { describe, it } from 'vitest';
import fc from 'fast-check';
import * as calc from '../../../src/calc/index.js';
import { round } from '../../../src/format/index.js';
import type { Comparator } from '../../../src/types.js';
import { obs, target } from './helpers.js';

const { CalcError, assess, cagr, isMet, projectValue, requiredCagr, statusOrder } = calc;
const positive = fc.double({ min: 1e-3, max: 1e6, noNaN: true });
const years = fc.double({ min: 0.5, max: 50, noNaN: true });
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-8 * Math.abs(b);

describe('properties', () => {
  it('projecting the start with cagr(start, end, years) returns the end value', () => {
    // End / start within 1e-2..1e2, where 1 + rate keeps its precision.
    const ratio = fc.double({ min: 0.01, max: 100, noNaN: true });
    fc.assert(fc.property(positive, ratio, years, (s, k, n) => close(projectValue(s, cagr(s, s * k, n), n), s * k)));
  });

  it('growing the base at requiredCagr(base, target, years) reaches the target', () => {
    const ratio = fc.double({ min: 0.01, max: 100, noNaN: true });
    fc.assert(
      fc.property(positive, ratio, fc.integer({ min: 1, max: 30 }), (b, k, n) =>
        close(b * (1 + requiredCagr(b, b * k, n)) ** n, b * k),
      ),
    );
  });

  it('round(value, decimals) never moves a value by more than half a unit of its last place', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 6 }),
        (x, d) => Math.abs(round(x, d) - x) <= 0.5 * 10 ** -d * (1 + 1e-9) + 1e-9 * Math.abs(x),
      ),
    );
  });

  // Worse rank = larger index; not_assessable cannot occur with positive data and a base.
  const rank = (s: string) => statusOrder.indexOf(s as never);
  for (const [form, direction, unit, measure] of [
    ['level', 'up', '亿元', 'level'],
    ['level', 'down', '亿元', 'level'],
    ['share', 'up', '%', 'share'],
    ['count', 'down', '家', 'count'],
  ] as const)
    it(`status never improves when the latest value moves away from the target (${form}, ${direction})`, () => {
      const d = direction == 'up' ? 1 : -1;
      fc.assert(
        fc.property(
          fc.integer({ min: 50, max: 150 }),
          fc.integer({ min: 1, max: 100 }),
          fc.integer({ min: 0, max: 200 }),
          fc.integer({ min: 0, max: 60 }),
          fc.constantFrom(2021, 2023, 2025),
          fc.constantFrom<calc.PresetName>('eurostat', 'unsd2022', 'unsd2023', 'escap'),
          (b, gap, x, away, t, preset) => {
            const t0 = target({ form, direction, unit, value: b + d * gap, counts: 'flow', comparator: 'reach' });
            const o = (v: number) => [obs(2020, b, { unit, measure }), obs(t, v, { unit, measure })];
            const near = assess(t0, o(x + 1), { preset, asOf: t });
            const far = assess(t0, o(Math.max(1, x + 1 - d * away)), { preset, asOf: t });
            return rank(far.status) >= rank(near.status);
          },
        ),
      );
    });

  // The Civil Code reading of each qualifier word (art. 1259): 以上/以下/以内 include the number, 超过/不足/不满 exclude it.
  const words: Record<string, [Comparator, 'up' | 'down', (y: number, t: number) => boolean]> = {
    以上: ['at_least', 'up', (y, t) => y >= t],
    不低于: ['at_least', 'up', (y, t) => y >= t],
    超过: ['more_than', 'up', (y, t) => y > t],
    高于: ['more_than', 'up', (y, t) => y > t],
    以内: ['at_most', 'down', (y, t) => y <= t],
    以下: ['at_most', 'down', (y, t) => y <= t],
    不超过: ['at_most', 'down', (y, t) => y <= t],
    不足: ['less_than', 'down', (y, t) => y < t],
    不满: ['less_than', 'down', (y, t) => y < t],
    达到: ['reach', 'up', (y, t) => y >= t],
  };
  it('comparators agree with their Chinese qualifiers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(words)),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (w, y, t) => {
          const [comparator, direction, holds] = words[w]!;
          return isMet({ comparator, direction, value: t }, y) === holds(y, t);
        },
      ),
    );
  });

  const finite = (v: unknown): boolean =>
    typeof v == 'number'
      ? Number.isFinite(v)
      : v === null || typeof v != 'object' || Object.values(v as object).every(finite);
  const safe = (fn: () => unknown) => {
    try {
      return finite(fn());
    } catch (e) {
      return e instanceof CalcError;
    }
  };
  const x = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, 1, -1, 1e308, -1e308, 5e-324));
  const any = fc.oneof(x, fc.anything());
  it('every primitive returns a finite result or throws CalcError, for any finite input', () => {
    fc.assert(
      fc.property(x, x, x, x, (a, b, c, d) =>
        [
          () => calc.cagr(a, b, c),
          () => calc.requiredCagr(a, b, c),
          () => calc.remainingRequiredCagr(a, b, c, d),
          () => calc.projectValue(a, b, c),
          () => calc.chainedAverageGrowth([a, b, c]),
          () => calc.relativeChange(a, b),
          () => calc.ppChange(a, b),
          () => calc.share(a, b),
          () => calc.impliedWhole(a, b),
          () => calc.impliedWholeRange(a, b),
          () => calc.contributionToGrowth(a, b),
          () => calc.targetGap(a, b, 'up', c),
          () => calc.timeElapsed(a, b, c),
          () =>
            calc.progressRatios({
              base: a,
              baseYear: 2020,
              latest: b,
              latestYear: 2023,
              target: c,
              targetYear: 2025,
              direction: 'down',
            }),
          () => calc.isMet({ comparator: 'approx', value: a, direction: 'up' }, b, { base: c }),
          () => calc.progressScore(a),
          () => round(a, 2),
        ].every(safe),
      ),
      { numRuns: 500 },
    );
  });
  it('every primitive throws CalcError, not TypeError, for arguments of any type', () => {
    fc.assert(
      fc.property(any, any, any, (a, b, c) =>
        [
          () => calc.cagr(a as number, b as number, c as number),
          () => calc.share(a as number, b as number),
          () => calc.chainedAverageGrowth(a as number[]),
          () => calc.targetGap(a as number, b as number, c as 'up'),
          () => calc.isMet({ comparator: 'reach', value: a as number, direction: 'up' }, b as number),
          () => round(a as number, b as number),
        ].every(safe),
      ),
    );
  });
  it('assess returns finite ratios or throws CalcError for any finite observations', () => {
    fc.assert(
      fc.property(
        x,
        x,
        x,
        fc.constantFrom(
          'level',
          'share',
          'avg_annual_growth',
          'cumulative_growth',
          'pp_change',
          'count',
          'new_count',
          'per_year_count',
        ),
        (b, v, t, form) =>
          safe(() => {
            const a = assess(
              target({ form: form as 'level', value: t, unit: '%' }),
              [obs(2020, b, { unit: '%' }), obs(2023, v, { unit: '%' })],
              { asOf: 2023 },
            );
            return a.ratios;
          }),
      ),
      { numRuns: 300 },
    );
  });
});
