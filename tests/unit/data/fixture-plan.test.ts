/**
 * The frozen fixture plan of the widget tests (tests/fixtures/frozen-plan.json, made up; see
 * tests/fixtures/README.md) is a valid plan document, its quotes are in its own "plan text", and
 * it does not change by accident: the widget tests assert what it renders, so a change must come
 * with their update (and this hash).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFromJson } from '../../../src/io/index.js';
import { scorecardOf, type PlanDocument } from '../../../src/core.js';

const FROZEN_SHA256 = '179d132c470826782e656f653fbd9e4e3ba4654094c8d066b1c0bca267e52340';

const read = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');
const text = read('frozen-plan.json').replace(/\r\n/g, '\n');
const doc = JSON.parse(text) as PlanDocument;
const seed = read('frozen-plan.txt').replace(/\r\n/g, '\n');

describe('the frozen fixture plan (tests/fixtures/frozen-plan.json)', () => {
  it('has not changed: the widget tests and snapshots render it (update them, then this hash)', () => {
    const sha = createHash('sha256').update(text).digest('hex');
    expect(sha, `frozen-plan.json changed (sha256 ${sha}); see tests/fixtures/README.md`).toBe(FROZEN_SHA256);
  });

  it('is a valid plan document the library reads, made up and named so', () => {
    const plan = planFromJson(doc);
    expect(plan.meta.id).toBe('fixture-city-services-2021-2025');
    expect(plan.meta.issuerNote?.en).toMatch(/made-up/);
    expect(plan.targets.length).toBeGreaterThanOrEqual(10);
    expect(doc.observations!.every((o) => o.url === null || o.url.startsWith('https://example.org/'))).toBe(true);
  });

  it('every quote is verbatim in its plan text, whose hash the metadata holds', () => {
    expect(createHash('sha256').update(seed).digest('hex')).toBe(doc.meta.seed?.sha256);
    const quotes = [
      doc.meta.basedOn!.source,
      ...doc.dimensions.map((d) => d.source),
      ...doc.industries.map((d) => d.source),
      ...doc.figures.map((f) => f.source),
    ].map((s) => s.quote);
    expect(quotes.filter((q) => !seed.includes(q))).toEqual([]);
  });

  it('holds the cases the widget tests need (its README lists them)', () => {
    const plan = planFromJson(doc);
    const forms = new Set(plan.targets.map((t) => t.form));
    for (const form of [
      'level',
      'share',
      'count',
      'new_count',
      'per_year_count',
      'avg_annual_growth',
      'cumulative_growth',
    ])
      expect(forms, form).toContain(form);
    expect(plan.targets.some((t) => t.notes?.length)).toBe(true);
    const obs = doc.observations!;
    expect(obs.some((o) => o.bound !== 'exact')).toBe(true);
    expect(obs.some((o) => o.period !== 'FY')).toBe(true);
    expect(obs.some((o) => o.measure === 'yoy_growth')).toBe(true);
    const wholes = plan.indicators.filter((i) => i.kind === 'share').map((i) => i.whole?.indicator);
    expect(wholes.filter((w) => w === 'services-value-added').length).toBeGreaterThanOrEqual(2);
    expect(plan.indicators.some((i) => !plan.targets.some((t) => t.indicator === i.id))).toBe(true);
    expect(plan.industries.some((d) => !plan.targets.some((t) => t.industry === d.id))).toBe(true);
    const card = scorecardOf({ plan });
    expect(card.totals).toMatchObject({ achieved: 2, not_assessable: 13 });
    // Provisional readings (latest data before the target year), one of them behind schedule: never counted as verdicts.
    expect(card.provisionalTotals).toEqual({
      on_track: 3,
      needs_acceleration: 1,
      insufficient_progress: 0,
      moving_away: 0,
    });
    expect(card.entries.find((e) => e.target.id === 'tourism-income-2025')?.provisional).toMatchObject({
      status: 'needs_acceleration',
      year: 2024,
    });
  });
});
