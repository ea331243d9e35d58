import { describe, expect, it } from 'vitest';
import { assess, ppChange, requiredCagr } from '../../../src/calc/index.js';
import { resultFigures, targetFigures } from '../../../data/index.js';
import type { FigureDef, TargetDef } from '../../../src/types.js';

const figures: readonly FigureDef[] = resultFigures;
const targets: readonly TargetDef[] = targetFigures;

/** The required yearly change of a target from its 2020 base: % a year for levels, pp a year for shares. */
const required = (t: TargetDef, base: FigureDef) =>
  t.form == 'share'
    ? ppChange(base.value, t.value) / (t.targetYear - base.year)
    : requiredCagr(base.value, t.value, t.targetYear - base.year) * 100;

describe('the plan targets, computed by the library', () => {
  const withBase = targets.filter((t) => t.baseFigure !== null);
  it('every target with a base figure has one of the same indicator in the base year', () => {
    expect(withBase.length).toBeGreaterThan(0);
    for (const t of withBase) {
      const base = figures.find((f) => f.id === t.baseFigure);
      expect(base?.indicator).toBe(t.indicator);
      expect(base?.year).toBe(2020);
    }
  });
  it('requires 5.319% a year for services trade 848.9 (2020) -> 1100 (2025)', () => {
    const t = targets.find((x) => x.id == 'services-trade-2025')!;
    expect(
      required(
        t,
        figures.find((f) => f.id === t.baseFigure)!,
      ).toFixed(3),
    ).toBe('5.319');
  });
  it('requires 0.26 pp a year for the producer services share 53.7% -> 55%', () => {
    const t = targets.find((x) => x.id == 'producer-services-share-2025')!;
    expect(
      required(
        t,
        figures.find((f) => f.id === t.baseFigure)!,
      ).toFixed(2),
    ).toBe('0.26');
  });
  it('computes a finite required yearly change for every target with a base', () => {
    for (const t of withBase)
      expect(
        Number.isFinite(
          required(
            t,
            figures.find((f) => f.id === t.baseFigure)!,
          ),
        ),
      ).toBe(true);
  });
  it('assesses every target without observations as not_assessable, never throwing', () => {
    for (const t of targets) {
      const a = assess(t, []);
      expect(a.status).toBe('not_assessable');
      expect(a.reasons[0]).toBe('no_target_year_data');
    }
  });
});
