import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CANDIDATES_REVIEWED, rejectedObservations } from '../../../data/review.js';
import { getIndicator } from '../../../src/index.js';
import { observations, observationsOf, planObservations } from '../../../src/index.js';
import { validateObservations } from '../../../src/index.js';
import { ROUND2 } from '../../../data/observations/round2.js';

const candidates: { indicator: string; year: number; value: number; url?: string }[] = JSON.parse(
  readFileSync(new URL('../../../data/observations/candidates.json', import.meta.url), 'utf8'),
).observations;

describe('shipped observations', () => {
  it.each(observations.map((o) => [`${o.indicator} ${o.year} ${o.period}`, o] as const))(
    '%s has a URL, a publisher and a publication date',
    (_, o) => {
      expect(o.url).toMatch(/^https?:\/\/\S+$/);
      expect(o.publisher.trim().length).toBeGreaterThan(3);
      expect(o.published).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      expect(['official', 'mainstream']).toContain(o.reliability);
      expect(getIndicator(o.indicator).id).toBe(o.indicator);
    },
  );

  it('validate against observations.schema.json, with ajv and with the precompiled validator', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../../model/generated/observations.schema.json', import.meta.url), 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true }).compile(schema);
    const { origin: _, ...first } = observations[0]!;
    expect(ajv({ observations: observations.map(({ origin: _o, ...rest }) => rest) }), JSON.stringify(ajv.errors)).toBe(
      true,
    );
    expect(validateObservations([first])).toMatchObject({ ok: true, issues: [] });
    expect(validateObservations(observations).issues).toEqual([]);
  });

  it('account for every reviewed candidate of the first round: shipped or rejected with a reason', () => {
    expect(candidates).toHaveLength(ROUND2);
    expect(CANDIDATES_REVIEWED).toBeGreaterThan(ROUND2);
    // Every shipped observation comes from a candidate of one round or the other (round2.test.ts).
    const shippedFrom = observations
      .map((o) => candidates.findIndex((c) => c.url === o.url && c.year === o.year && c.value === o.value))
      .filter((i) => i !== -1);
    const firstRound = rejectedObservations.filter((r) => r.candidate < ROUND2);
    const rejected = firstRound.map((r) => r.candidate);
    expect(new Set([...shippedFrom, ...rejected]).size).toBe(ROUND2);
    for (const r of firstRound) {
      expect(candidates[r.candidate]).toMatchObject({ indicator: r.indicator, year: r.year, value: r.value });
      expect(r.why.length).toBeGreaterThan(15);
    }
  });

  it('reject every candidate without a URL, and every one graded secondary or unknown', () => {
    const all = JSON.parse(
      readFileSync(new URL('../../../data/observations/candidates.json', import.meta.url), 'utf8'),
    ).observations;
    const firstRound = rejectedObservations.filter((r) => r.candidate < ROUND2);
    firstRound.forEach((r) => expect(all[r.candidate].indicator).toBe(r.indicator));
    const weak = all
      .map((c: { reliability: string; url?: string }, i: number) => ({ ...c, i }))
      .filter((c: { reliability: string; url?: string }) => c.reliability !== 'primary_or_mainstream' || !c.url);
    const rejected = new Set(firstRound.map((r) => r.candidate));
    for (const c of weak) expect(rejected.has(c.i), `candidate ${c.i}`).toBe(true);
    expect(firstRound.find((r) => r.url === null)?.reason).toBe('no_source');
  });

  it('never ship an estimate (预计, expected)', () => {
    for (const o of observations) expect(o.note ?? '').not.toMatch(/预计|expected|estimate/i);
    // 2025 GDP >17000, its 5.9% average and services value added >10000 rest on the figures the
    // 2025-12-02 press conference and the 2026 work report give as 预计.
    expect(rejectedObservations.filter((r) => r.reason === 'estimate').map((r) => r.candidate)).toEqual(
      expect.arrayContaining([9, 11, 16]),
    );
    expect(
      observations.filter(
        (o) =>
          o.year === 2025 &&
          o.period === 'FY' &&
          o.origin === 'bundled' &&
          ['gdp', 'services-value-added'].includes(o.indicator),
      ),
    ).toEqual([]);
  });

  it('ship no part-year share (it decides nothing), and count in the unit of their indicator', () => {
    expect(
      observations
        .filter((o) => o.measure === 'share' && o.period !== 'FY')
        .map((o) => `${o.indicator} ${o.year} ${o.period}`),
    ).toEqual([]);
    expect(rejectedObservations.find((r) => r.candidate === 24)?.reason).toBe('part_year_only');
    for (const o of observations.filter((x) => x.measure === 'count'))
      expect(o.unit, `${o.indicator} ${o.year}`).toBe(getIndicator(o.indicator).unit);
  });

  it('keep revisions side by side: the 2020 services share is 61.4% in the plan and 61.3% in the 2021 bulletin', () => {
    const y2020 = observationsOf('services-share-of-gdp').filter((o) => o.year === 2020);
    expect(y2020.map((o) => [o.value, o.vintage])).toEqual(
      expect.arrayContaining([
        [61.4, 'plan'],
        [61.3, 'revised'],
      ]),
    );
    const plan = y2020.find((o) => o.vintage === 'plan')!;
    expect(plan.url).toBeNull();
    expect(plan.source?.quote).toContain('61.4%');
  });

  it("derive the plan's own observations from figures whose year the text states, with their quotes", () => {
    expect(planObservations.map((o) => `${o.indicator}:${o.year}:${o.value}`)).toEqual(
      expect.arrayContaining([
        'services-trade:2020:848.9',
        'producer-services-share-of-services:2020:53.7',
        'services-value-added:2020:7613.59',
      ]),
    );
    for (const o of planObservations) expect(o.source?.quote).toContain(String(o.value));
    expect(planObservations.some((o) => o.indicator === 'private-fund-assets')).toBe(false);
  });
});
