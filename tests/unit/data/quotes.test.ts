import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { figures, indicators, plan, targets } from '../../../src/index.js';
import { seed, toChineseNumeral } from '../seed.js';

const sourced = [
  ...figures.map((f) => ({ id: `figure ${f.id}`, source: f.source })),
  ...plan.dimensions.map((d) => ({ id: `dimension ${d.id}`, source: d.source })),
  ...plan.industries.map((d) => ({ id: `industry ${d.id}`, source: d.source })),
  ...plan.industryGroups.map((d) => ({ id: `industry group ${d.id}`, source: d.source })),
  ...plan.layout.map((d) => ({ id: `layout ${d.id}`, source: d.source })),
  ...plan.clusterKinds.map((d) => ({ id: `cluster kind ${d.id}`, source: d.source })),
  ...plan.structureCounts.map((d) => ({ id: `structure ${d.id}`, source: d.source })),
  { id: 'layout formula', source: plan.layoutFormula.source },
  { id: 'basedOn', source: plan.meta.basedOn.source },
];

describe('source quotes', () => {
  it('the seed is the plan text the metadata names (sha256)', () => {
    expect(createHash('sha256').update(seed).digest('hex')).toBe(plan.meta.seed.sha256);
  });

  it.each(sourced)('$id quotes the seed verbatim, in at most 120 characters', ({ source }) => {
    expect(seed).toContain(source.quote);
    expect(source.quote.length).toBeLessThanOrEqual(120);
    expect(source.section).toMatch(/^(序言|[一二三四五六七八九](\([一二三四五六七八九]\)\d?)?)$/);
  });

  it.each(targets)(
    'target $id: yearStated says whether the sentence of its quote names a year, else a note says how the year was set',
    (t) => {
      const at = seed.indexOf(t.source.quote);
      const start = Math.max(seed.lastIndexOf('。', at), seed.lastIndexOf('\n', at)) + 1;
      const end = seed.indexOf('。', at + t.source.quote.length);
      expect(/20\d\d年/.test(seed.slice(start, end))).toBe(t.yearStated);
      if (!t.yearStated) expect(t.notes?.map((n) => n.topic)).toContain('year_not_stated');
    },
  );

  it.each(figures)('figure $id: the quote contains its value as the text writes it', (f) => {
    const written = [String(f.value), toChineseNumeral(f.value)].filter((x): x is string => x !== null);
    expect(written.some((w) => f.source.quote.includes(w))).toBe(true);
  });

  it('every figure has a zh name in Chinese and an en name in English', () => {
    for (const x of [...figures, ...indicators]) {
      expect(x.name.zh, x.id).toMatch(/[\u4e00-\u9fff]/);
      expect(x.name.en, x.id).toMatch(/^[\x20-\x7e\u2013\u2019]+$/);
    }
  });

  it('qualifiers agree with the words of the quote (以上, 超过, 左右, 不足)', () => {
    const word: Record<string, RegExp> = {
      at_least: /以上/,
      more_than: /超过|超|高于/,
      approx: /左右|约/,
      less_than: /不足|低于|不满/,
      at_most: /以内|以下|不超过/,
    };
    for (const f of figures) {
      if (f.qualifier !== 'exact') expect(f.source.quote, f.id).toMatch(word[f.qualifier]!);
    }
  });
});
