import { expect } from '@open-wc/testing';
import type { Catalog } from '../../../components/i18n/catalog.js';
import { catalog as en } from '../../../components/i18n/en.js';
import { loadCatalog, loadedCatalog } from '../../../components/i18n/load.js';
import { catalog as zh } from '../../../components/i18n/zh-CN.js';
import { problem, problemText } from '../../../components/base/problems.js';
import type { Lang } from '../../../src/core.js';

/** Parameters for any text: the names the catalog uses, with values of their type. */
const PARAMS: Record<string, unknown> = new Proxy(
  {
    year: 2024,
    baseYear: 2020,
    targetYear: 2025,
    min: 2020,
    max: 2025,
    status: 404,
    seconds: 10,
    count: 3,
    n: 3,
    total: 19,
    early: 1,
    achieved: 2,
    parts: ['P1', 'P2'],
    clauses: ['C1', 'C2'],
    base: 'BASE',
    document: { zh: '某文件', en: 'A document' },
  },
  { get: (t, k: string) => (k in t ? t[k as keyof typeof t] : `<${k}>`) },
);

/** Every text of a catalog as [path, text] (functions called with PARAMS). */
function texts(c: Catalog): [string, string][] {
  const out: [string, string][] = [];
  const walk = (o: object, path: string) => {
    for (const [k, v] of Object.entries(o)) {
      if (k === 'lang' || k === 'name') continue;
      if (typeof v === 'string') out.push([`${path}${k}`, v]);
      else if (typeof v === 'function') out.push([`${path}${k}`, (v as (p: unknown) => string)(PARAMS)]);
      else walk(v as object, `${path}${k}.`);
    }
  };
  walk(c, '');
  return out;
}

const shape = (o: object): unknown =>
  Object.fromEntries(
    Object.entries(o)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, typeof v === 'object' ? shape(v as object) : typeof v]),
  );

describe('the catalogs: one a language, one interface', () => {
  it('zh-CN and en have the same texts, each a string or a function in both', () => {
    expect(shape(en)).to.deep.equal(shape(zh));
    expect(zh.lang).to.equal('zh-CN');
    expect(en.lang).to.equal('en');
  });

  it('every text is non-empty and fills every parameter (no placeholder, no undefined)', () => {
    for (const c of [zh, en]) {
      for (const [path, text] of texts(c)) {
        expect(text, `${c.lang} ${path}`).to.be.a('string');
        expect(text.trim(), `${c.lang} ${path}`).to.not.equal('');
        expect(text, `${c.lang} ${path}`).to.not.match(/undefined|null|NaN|\{\w+\}|\[object/);
      }
    }
    expect(zh.yearOf({ year: 2024 })).to.equal('2024年');
    expect(en.yearOf({ year: 2024 })).to.equal('2024');
  });

  it('a missing text or a wrong parameter is a type error', () => {
    // Checked by tsc (npm test, stage typecheck): each line below must fail to compile.
    const typed = (c: Catalog): unknown => [
      // @ts-expect-error: no such text
      c.noSuchText,
      // @ts-expect-error: a parameter missing
      c.targetYear({}),
      // @ts-expect-error: a parameter of the wrong type
      c.targetYear({ year: '2025' }),
      // @ts-expect-error: a parameter of another name
      c.valueInYear({ value: '1', yr: 2024 }),
      // @ts-expect-error: a text without parameters is not called
      c.loading(),
    ];
    // @ts-expect-error: a catalog without one of its texts is not a Catalog
    const partial: Catalog = { ...en, loading: undefined };
    expect(typed).to.be.a('function');
    expect(partial.lang).to.equal('en');
  });

  it('formats numbers with Intl in the catalog’s language, and English plurals and lists by Intl', () => {
    expect(zh.countUnit({ n: 12345 })).to.equal('12,345项');
    expect(en.countUnit({ n: 12345 })).to.equal('12,345');
    expect(en.summaryAchieved({ n: 1 })).to.equal('1 has been achieved');
    expect(en.summaryAchieved({ n: 1200 })).to.equal('1,200 have been achieved');
    expect(en.shownCount({ n: 1 })).to.equal('Showing 1 target');
    expect(en.shownCount({ n: 2 })).to.equal('Showing 2 targets');
    expect(en.summarySentence({ year: 2025, total: 19, clauses: ['2 have been achieved', '17 cannot'] })).to.equal(
      'As of 2025, of the 19 targets, 2 have been achieved and 17 cannot.',
    );
    expect(zh.summarySentence({ year: 2025, total: 19, clauses: ['2项已实现', '17项因缺少数据无法评估'] })).to.equal(
      '截至2025年，19项目标中2项已实现，17项因缺少数据无法评估。',
    );
    expect(en.summaryEarly({ early: 2, achieved: 2 })).to.equal(' (both early)');
    expect(zh.summaryEarly({ early: 2, achieved: 2 })).to.equal('（均为提前实现）');
    expect(en.summaryEarly({ early: 1, achieved: 3 })).to.equal(' (1 of them early)');
    expect(en.problems.src_rows_invalid({ count: 1500 })).to.equal(
      '1,500 invalid row(s) in the data file were ignored.',
    );
    // A malformed count from an error's detail is shown as it is, not thrown on.
    expect(zh.problems.src_rows_invalid({ count: 'many' as unknown as number })).to.include('many');
  });

  it('loadCatalog imports a language once; loadedCatalog has it after; an unknown language rejects', async () => {
    const a = await loadCatalog('en');
    expect(a).to.equal(en);
    expect(await loadCatalog('en')).to.equal(a);
    expect(loadedCatalog('en')).to.equal(en);
    let error: unknown = null;
    await loadCatalog('fr' as Lang).catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
  });

  it('problemText: a code’s own text with its facts (clipped), else the unexpected text, else the English message', () => {
    const p = problem('unknown_id', 'Unknown indicator.', { id: 'x'.repeat(500), suggestions: 'services-trade' });
    const text = problemText(zh, p);
    expect(text).to.match(/^未知指标“x+…”。您是否指的是：services-trade？$/);
    expect(text.length).to.be.below(140);
    expect(problemText(en, problem('scope_conflict', 'both'))).to.equal(en.problems.scope_conflict);
    expect(problemText(en, problem('no_such_code', 'Something broke.'))).to.equal('Unexpected error: Something broke.');
    expect(problemText(zh, problem('toString', 'Not a code.'))).to.equal('发生意外错误：Not a code.');
    expect(problemText(null, problem('unknown_id', 'Unknown indicator “x”.'))).to.equal('Unknown indicator “x”.');
  });
});
