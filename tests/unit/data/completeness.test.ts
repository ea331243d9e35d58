/**
 * Completeness: every number the plan text states is captured in the data, or
 * listed below with the reason it is not a quantity of the plan.
 *
 * What is scanned: numbers in Arabic digits (8.3, 7613.59, 2580), and counts in
 * Chinese numerals followed by a classifier (九大, 三区, 七大, 十条, 千亿).
 * Rules that exclude a token without listing it:
 * - YEAR: a four-digit number from 1900 to 2100 followed by 年 or a range dash,
 *   or following a range dash (2015年, 2020-2022年);
 * - LIST: list numbering, a number at the start of a paragraph followed by "."
 *   (1.总量规模扩大);
 * - UNIT: a Chinese numeral right after an Arabic number is that number's unit
 *   multiplier (1.1万亿元);
 * - 一 is not in the scanned numeral class: in this text it is the article
 *   "a" (一批, 一个) or part of a slogan; the one 一 that counts (一核引领) is
 *   in the layout data.
 * A token is captured when it stands inside the quote of a figure or a
 * structure record (at any place the quote occurs) that states that number.
 */
import { describe, expect, it } from 'vitest';
import { figures, plan } from '../../../src/index.js';
import { chineseNumeral, occurrences, seed } from '../seed.js';

const EXCLUSIONS: readonly { text: string; reason: string }[] = [
  { text: '第十四个五年规划', reason: "title of the city's 14th Five-Year Plan outline, a document name" },
  { text: '创投风投十条', reason: 'name of a policy document ("ten measures on venture capital")' },
  {
    text: '500强',
    reason:
      'name of a ranking (China top 500 service enterprises, Fortune Global 500, top 500 private firms), not a count',
  },
  {
    text: '“百强”',
    reason: 'name of a ranking (software and IT services top 100); the count of firms in it (5) is captured',
  },
  {
    text: '“9+5”城市',
    reason:
      'name of a cooperation initiative (9 Yellow River capitals + 5 Jiaodong cities), not a quantity the plan measures',
  },
  { text: '5G', reason: 'name of a technology' },
  { text: '5A级', reason: 'a grade (5A logistics firm); the count of such firms (15) is captured' },
  { text: '八大关', reason: 'a place name (Badaguan)' },
  {
    text: '两个市场',
    reason: 'the two markets, domestic and international, named in the same phrase; not a measured quantity',
  },
  { text: '“五个一”', reason: 'name of a working mechanism whose five parts the same sentence quotes' },
  {
    text: '过百亿企业',
    reason: 'a size class of firms (revenue over 10 billion yuan) named as an aspiration, with no count or date',
  },
];

type Statement = { id: string; quote: string; numbers: number[] };
const statements: Statement[] = [
  ...figures.map((f) => ({ id: f.id, quote: f.source.quote, numbers: [f.value] })),
  ...plan.structureCounts.map((s) => ({ id: s.id, quote: s.source.quote, numbers: [s.count] })),
  ...plan.layout.map((p) => ({ id: p.id, quote: p.source.quote, numbers: p.count === null ? [] : [p.count] })),
  {
    id: 'layout-formula',
    quote: plan.layoutFormula.source.quote,
    numbers: plan.layout.flatMap((p) => (p.count === null ? [] : [p.count])),
  },
  ...plan.clusterKinds.map((k) => ({ id: k.id, quote: k.source.quote, numbers: [k.count] })),
];

type Token = { text: string; index: number; value: number; kind: 'arabic' | 'chinese' };

function scan(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g))
    tokens.push({ text: m[0], index: m.index, value: Number(m[0]), kind: 'arabic' });
  for (const m of text.matchAll(/([二两三四五六七八九十百千万]+)[大个家项条类区点型种名场年强亿倍]/g)) {
    tokens.push({ text: m[0], index: m.index, value: chineseNumeral(m[1]!), kind: 'chinese' });
  }
  return tokens.sort((a, b) => a.index - b.index);
}

const isYear = (t: Token) =>
  t.kind === 'arabic' &&
  /^\d{4}$/.test(t.text) &&
  t.value >= 1900 &&
  t.value <= 2100 &&
  (/^[年-]/.test(seed.slice(t.index + 4)) || seed[t.index - 1] === '-');
const isListNumber = (t: Token) =>
  t.kind === 'arabic' && seed[t.index + t.text.length] === '.' && (t.index === 0 || seed[t.index - 1] === '\n');
const isUnit = (t: Token) => t.kind === 'chinese' && /\d/.test(seed[t.index - 1] ?? '');

const within = (t: Token, text: string) =>
  occurrences(seed, text).some((s) => s <= t.index && t.index + t.text.length <= s + text.length);
const capturedBy = (t: Token) => statements.find((s) => s.numbers.includes(t.value) && within(t, s.quote));
const excludedBy = (t: Token) => EXCLUSIONS.find((e) => within(t, e.text));

const tokens = scan(seed).filter((t) => !isYear(t) && !isListNumber(t) && !isUnit(t));

describe('completeness of the plan data', () => {
  it('finds the numbers of the text (sanity check of the scanner)', () => {
    expect(tokens.length).toBeGreaterThan(80);
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['7613.59', '2580', '九大', '千亿', '三区']));
  });

  it('every number in the text is captured or excluded with a reason', () => {
    const missing = tokens
      .filter((t) => !capturedBy(t) && !excludedBy(t))
      .map((t) => `${t.text} in …${seed.slice(Math.max(0, t.index - 12), t.index + t.text.length + 8)}…`);
    expect(missing).toEqual([]);
  });

  it.each(EXCLUSIONS)('exclusion "$text" occurs in the seed, has a reason, and excludes a number', (e) => {
    expect(seed).toContain(e.text);
    expect(e.reason.length).toBeGreaterThan(10);
    expect(tokens.some((t) => !capturedBy(t) && within(t, e.text))).toBe(true);
  });

  it('the year rule leaves only years, and the list rule only paragraph numbering', () => {
    const years = scan(seed)
      .filter(isYear)
      .map((t) => t.value);
    expect(new Set(years)).toEqual(new Set([2015, 2020, 2022, 2025, 2035]));
    const lists = scan(seed)
      .filter(isListNumber)
      .map((t) => t.value);
    expect(Math.max(...lists)).toBeLessThanOrEqual(6);
  });
});
