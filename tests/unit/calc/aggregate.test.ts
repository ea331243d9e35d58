import { describe, expect, it } from 'vitest';
import {
  aggregate,
  assessmentScore,
  classify,
  presets,
  progressScore,
  type Assessment,
} from '../../../src/calc/index.js';

describe('progressScore(ratio)', () => {
  it('passes through the Open SDG checkpoints: -0.6 -> -5, 0 -> -2.5, 0.6 -> 0, 0.95 -> 2.5, 1.3 -> 5', () => {
    expect([-0.6, 0, 0.6, 0.95, 1.3].map(progressScore)).toEqual([-5, -2.5, 0, 2.5, 5]);
  });
  it('interpolates linearly and clamps to -5..5', () => {
    expect(progressScore(0.3)).toBeCloseTo(-1.25, 12);
    expect(progressScore(-10)).toBe(-5);
    expect(progressScore(10)).toBe(5);
  });
});

describe('classify(ratio, preset)', () => {
  it('maps eurostat bands 0.95 / 0.60 / 0 onto the status codes without rounding', () => {
    const s = (r: number) => classify(r, presets.eurostat).status;
    expect([0.95, 0.9499, 0.6, 0.5999, 0, -0.0001].map(s)).toEqual([
      'on_track',
      'needs_acceleration',
      'needs_acceleration',
      'insufficient_progress',
      'insufficient_progress',
      'moving_away',
    ]);
  });
  it('maps unsd2022 0.95 / 0.50 / -0.10, unsd2023 0.95 / 0.10 / -0.10 and escap 0.95 / 0', () => {
    expect(classify(0.5, presets.unsd2022).status).toBe('needs_acceleration');
    expect(classify(-0.1, presets.unsd2022).status).toBe('insufficient_progress');
    expect(classify(-0.11, presets.unsd2022).status).toBe('moving_away');
    expect(classify(0.1, presets.unsd2023).status).toBe('needs_acceleration');
    expect(classify(0.05, presets.unsd2023).status).toBe('insufficient_progress');
    expect(classify(0.05, presets.escap).status).toBe('needs_acceleration');
    expect(classify(-0.05, presets.escap).status).toBe('moving_away');
  });
  it('falls into the last band of a custom preset without an open band', () => {
    expect(
      classify(-1, {
        name: 'x',
        ratio: 'growth',
        bands: [
          { min: 0, band: 'a', status: 'on_track' },
          { min: 0.5, band: 'b', status: 'moving_away' },
        ],
      }).band,
    ).toBe('b');
  });
});

const a = (status: Assessment['status'], ratio: number | null = null, method: Assessment['method'] = 'growth') =>
  ({ status, method, ratios: { growth: ratio, pace: ratio, expected: ratio } }) as unknown as Assessment;

describe('aggregate(assessments, policy)', () => {
  it('counts statuses, the good ones, the worst and the mean Open SDG score', () => {
    const r = aggregate([
      a('achieved'),
      a('on_track', 1.3),
      a('needs_acceleration', 0.6),
      a('not_assessable'),
      a('moving_away', -0.6),
    ]);
    expect(r.total).toBe(5);
    expect(r.assessed).toBe(4);
    expect(r.good).toBe(2);
    expect(r.counts).toMatchObject({
      achieved: 1,
      on_track: 1,
      needs_acceleration: 1,
      not_assessable: 1,
      moving_away: 1,
      not_achieved: 0,
    });
    expect(r.worst).toBe('moving_away');
    expect(r.mean_score).toBe((5 + 5 + 0 - 5) / 4);
  });
  it('takes the good statuses from the policy and scores not_achieved -5', () => {
    const r = aggregate([a('needs_acceleration', 0.95), a('not_achieved')], { good: ['needs_acceleration'] });
    expect(r.good).toBe(1);
    expect(r.worst).toBe('not_achieved');
    expect(r.mean_score).toBe((2.5 - 5) / 2);
  });
  it('returns worst and mean_score null when nothing is assessed', () => {
    expect(aggregate([a('not_assessable')])).toMatchObject({ worst: null, mean_score: null, assessed: 0 });
    expect(aggregate([])).toMatchObject({ total: 0, worst: null, mean_score: null });
  });
  it('scores on_track by the comparator alone 2.5', () => {
    expect(assessmentScore(a('on_track', null, 'comparator'))).toBe(2.5);
    expect(assessmentScore(a('needs_acceleration', null, 'comparator'))).toBe(null);
  });
});
