// Invalid arguments to isMet, toleranceOf, classify, assess, aggregate and
// assessmentScore: a CalcError invalid_argument that names what was passed and
// what is valid, never a TypeError.
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  assess,
  assessmentScore,
  classify,
  isMet,
  presets,
  toleranceOf,
  type Assessment,
} from '../../../src/calc/index.js';
import { caught, obs, target } from './helpers.js';

const invalid = (fn: () => unknown, ...parts: (string | RegExp)[]) => {
  const e = caught(fn);
  expect(e.code).toBe('invalid_argument');
  for (const p of parts) expect(e.message).toMatch(p);
};

describe('isMet and toleranceOf', () => {
  it('reject a missing target, a null options object and objects where strings belong', () => {
    invalid(() => isMet(undefined as never, 1), 'isMet: got target undefined', 'value, comparator, direction');
    invalid(() => isMet({ value: 1, comparator: 'reach', direction: 'up' }, 1, null as never), 'options null');
    invalid(() => isMet({ value: 1, comparator: Object.create(null), direction: 'up' }, 1), 'pass one of approx');
    invalid(() => isMet({ value: 1, comparator: 'reach', direction: Object.create(null) }, 1), "'up' or 'down'");
    invalid(() => toleranceOf(null as never), 'toleranceOf: got target null');
  });
  it('treat undefined options as {}, and report an overflowing tolerance as non_finite', () => {
    expect(isMet({ value: 1, comparator: 'reach', direction: 'up' }, 1, undefined)).toBe(true);
    expect(
      caught(() => toleranceOf({ value: 1e308, comparator: 'approx', direction: 'up' }, undefined, -1e308)).code,
    ).toBe('non_finite');
  });
});

describe('classify(ratio, preset)', () => {
  it('rejects a ratio that is not a number and a preset without valid bands', () => {
    invalid(() => classify('1' as never, presets.eurostat), "got string '1'");
    invalid(
      () => classify(1, undefined as never),
      'classify: got preset undefined',
      'eurostat, unsd2022, unsd2023, escap',
    );
    invalid(
      () => classify(1, { name: 'x', ratio: 'growth', bands: [{ min: NaN, band: 'a', status: 'on_track' }] }),
      'finite number or null',
    );
  });
});

describe('assess(target, observations, options)', () => {
  it('names the field of the target that is wrong', () => {
    invalid(() => assess(undefined as never, []), 'assess: got target undefined', 'getTarget');
    invalid(() => assess(target({ unit: 5 as never }), []), 'target.unit 5');
    invalid(() => assess(target({ form: 'rate' as never }), []), "target.form 'rate'", 'pass one of level');
    invalid(() => assess(target({ period: { from: 'x' as never, to: 2025 } }), []), "got string 'x'");
    invalid(() => assess(target(), [], null as never), 'options null');
  });
  it('rejects an observation of the indicator with a field of the wrong type', () => {
    invalid(
      () => assess(target(), [obs(2020, 1), obs(2021, 2, { unit: 5 as never })]),
      'observation.unit 5',
      'validateObservations',
    );
    expect(caught(() => assess(target(), [obs(2030, NaN)], { asOf: 2030 })).code).toBe('non_finite');
  });
});

describe('aggregate(assessments, policy) and assessmentScore(assessment)', () => {
  const a = { status: 'on_track', method: 'growth', ratios: { growth: 1 } } as unknown as Assessment;
  it('reject what is not an array of assessments, or a policy of unknown statuses', () => {
    invalid(() => aggregate(undefined as never), 'aggregate: got assessments undefined', 'array');
    invalid(() => aggregate([a], null as never), 'policy null');
    invalid(() => aggregate([a], { good: 'on_track' as never }), 'array of achieved');
    invalid(() => aggregate([a], { good: ['late' as never] }), "'late'", 'not_assessable');
    invalid(() => aggregate([{ status: 'late' } as never]), "status 'late'");
  });
  it('rejects an assessment without a status, method or ratios', () => {
    invalid(() => assessmentScore(undefined as never), 'assessmentScore: got assessment undefined');
    invalid(() => assessmentScore({ status: 'on_track', method: 'growth' } as never), 'ratios undefined');
    invalid(() => assessmentScore({ ...a, method: 'toString' } as never), "method 'toString'");
    expect(assessmentScore({ status: 'not_assessable' } as never)).toBe(null);
  });
});
