/**
 * The bad-input matrix: every case names the input, the problem code the widget
 * must report, whether it is fatal (an error instead of the content) or a notice
 * (content still shown), and what the console warning must say to fix it.
 * A case runs against every widget it applies to (`only`).
 */
import {
  RESERVED,
  blobUrl,
  observation,
  observationsCsv,
  planJson,
  type LooseJson,
  type WidgetSpec,
} from './harness.js';

export type CaseLang = 'zh-CN' | 'en';

export interface BadCase {
  readonly name: string;
  /** The language of the page around the widgets (the visible message must be in it). */
  readonly lang: CaseLang;
  /** Widgets the case applies to (default: all). */
  readonly only?: (w: WidgetSpec) => boolean;
  /** Attributes of the bad widget, over its healthy ones (null removes one). */
  readonly attrs?: (w: WidgetSpec) => Readonly<Record<string, string | null>>;
  /** A `src` URL (may build a blob: URL). */
  readonly src?: (w: WidgetSpec) => string | Promise<string>;
  /** The `observations` property. */
  readonly observations?: (w: WidgetSpec) => unknown;
  /** Markup of a light-DOM table child. */
  readonly table?: string;
  /** QdElement.fetchTimeout for this case (restored after). */
  readonly fetchTimeout?: number;
  /** The problem code (qd-error detail.code). */
  readonly code: string;
  /** Fatal: `part="error"` replaces the content; otherwise a `part="notice"` above it. */
  readonly fatal: boolean;
  /** The console warning says how to fix the input. */
  readonly fix: RegExp;
  /** The visible message includes this (besides the translated phrase of `code`), e.g. the bad value. */
  readonly shows?: string;
}

/** The translated phrase of each problem code (from the widgets' strings), per language. */
export const PHRASES: Record<string, Record<CaseLang, RegExp>> = {
  missing_indicator: {
    'zh-CN': /未指定指标或目标：请设置 indicator 属性/,
    en: /No indicator or target given: set the indicator attribute/,
  },
  unknown_id: { 'zh-CN': /未知指标“.*”。您是否指的是：/, en: /Unknown indicator “.*”\. Did you mean: / },
  no_target: { 'zh-CN': /规划未为指标“.*”设定目标/, en: /The plan sets no target for indicator/ },
  as_of_range: { 'zh-CN': /as-of 须为 2020 至 2025 之间的年份/, en: /as-of must be a year from 2020 to 2025/ },
  unsupported_lang: { 'zh-CN': /不支持的语言“.*”，已改用中文/, en: /Unsupported language/ },
  unsupported_theme: { 'zh-CN': /不支持的主题“.*”，已改用自动/, en: /Unsupported theme “.*”; using auto/ },
  src_http: { 'zh-CN': /无法加载数据文件（HTTP \d+）/, en: /Could not load the data file \(HTTP \d+\)/ },
  src_network: { 'zh-CN': /无法加载数据文件：/, en: /Could not load the data file: / },
  src_timeout: { 'zh-CN': /加载数据文件超时（[\d.]+ 秒）/, en: /The data file took longer than [\d.]+ s to load/ },
  src_parse: { 'zh-CN': /数据文件不是有效的 JSON 或 CSV/, en: /The data file is neither valid JSON nor CSV/ },
  src_invalid: {
    'zh-CN': /数据文件不符合已发布的观测值格式/,
    en: /The data file does not follow the published observations schema/,
  },
  src_rows_invalid: {
    'zh-CN': /数据文件中有 \d+ 行无效，已忽略/,
    en: /\d+ invalid row\(s\) in the data file were ignored/,
  },
  invalid_observations: {
    'zh-CN': /observations 属性须为观测值数组/,
    en: /The observations property must be an array of observations/,
  },
  observations_rows_invalid: {
    'zh-CN': /observations 属性中有 \d+ 处错误/,
    en: /\d+ issue\(s\) in the observations property/,
  },
  src_invalid_plan: {
    'zh-CN': /数据文件中的规划有 \d+ 处问题，第一处：.+/,
    en: /The plan in the data file has \d+ problem\(s\); the first: .+/,
  },
  table_rows_invalid: { 'zh-CN': /表格中有 \d+ 行无法读取/, en: /\d+ table row\(s\) could not be read/ },
  not_a_share: { 'zh-CN': /不是比重指标/, en: /is not a share, so it cannot be shown in a share chart/ },
  share_whole_mismatch: { 'zh-CN': /不是同一整体的比重/, en: /These indicators are not shares of one whole/ },
  unknown_dimension: { 'zh-CN': /未知目标维度“.*”/, en: /Unknown goal dimension “.*”/ },
  unknown_industry: { 'zh-CN': /未知产业“.*”/, en: /Unknown industry “.*”/ },
  scope_conflict: {
    'zh-CN': /请只设置 dimension 或 industry 其中之一/,
    en: /Set either dimension or industry, not both/,
  },
  calc_failed: { 'zh-CN': /无法计算此目标的进展/, en: /The progress of this target cannot be computed/ },
};

const LONG = 'x'.repeat(10_000);
const json = (data: unknown) => blobUrl(JSON.stringify(data), 'application/json');
const csv = (text: string) => blobUrl(text, 'text/csv');
const obs = (w: WidgetSpec, over: Record<string, unknown> = {}) => observation(w.indicator, over);
const byIndicator = (w: WidgetSpec) => w.ids === 'indicator';
const byScope = (w: WidgetSpec) => w.ids === 'scope';
const readsTable = (w: WidgetSpec) => w.readsTable;
const FIX_SRC_ROWS = /invalid row\(s\) in .* were ignored: .*See observations\.schema\.json/;

async function plan(mutate: (p: LooseJson) => void): Promise<string> {
  const p = await planJson();
  mutate(p);
  return json(p);
}

const target = (p: LooseJson, id = 'services-trade-2025') => p['figures'].find((f: { id: string }) => f.id === id);

/** The cases (zh-CN and en alternate; every widget gets the ones that apply to it). */
const list: Omit<BadCase, 'lang'>[] = [
  // ---- ids
  {
    name: 'unknown indicator id',
    only: byIndicator,
    attrs: () => ({ indicator: 'services-trad' }),
    code: 'unknown_id',
    fatal: true,
    fix: /Did you mean 'services-trade'/,
    shows: 'services-trad',
  },
  {
    name: 'empty indicator attribute',
    only: byIndicator,
    attrs: () => ({ indicator: '' }),
    code: 'missing_indicator',
    fatal: true,
    fix: /needs an indicator attribute .*e\.g\./,
  },
  {
    name: 'no indicator attribute',
    only: byIndicator,
    attrs: () => ({ indicator: null }),
    code: 'missing_indicator',
    fatal: true,
    fix: /needs an indicator attribute .*e\.g\./,
  },
  {
    name: 'indicator id of 10,000 characters',
    only: byIndicator,
    attrs: () => ({ indicator: LONG }),
    code: 'unknown_id',
    fatal: true,
    fix: /Did you mean/,
  },
  {
    name: 'indicator id with markup',
    only: byIndicator,
    attrs: () => ({ indicator: '<b>services-trade</b>' }),
    code: 'unknown_id',
    fatal: true,
    fix: /Did you mean/,
    shows: '<b>services-trade</b>',
  },
  {
    name: 'indicator without a target',
    only: (w) => byIndicator(w) && w.tag !== 'qd-share-chart',
    attrs: () => ({ indicator: 'gdp' }),
    code: 'no_target',
    fatal: true,
    fix: /Indicators with a target: /,
  },
  {
    name: 'a level indicator in the share chart',
    only: (w) => w.tag === 'qd-share-chart',
    attrs: () => ({ indicator: 'services-trade' }),
    code: 'not_a_share',
    fatal: true,
    fix: /Use a share indicator/,
  },
  {
    name: 'shares of different wholes in composition',
    only: (w) => w.tag === 'qd-share-chart',
    attrs: () => ({ indicators: 'producer-services-share,services-share-of-gdp' }),
    code: 'share_whole_mismatch',
    fatal: true,
    fix: /must be shares of one named whole/,
  },
  {
    name: 'unknown id in composition',
    only: (w) => w.tag === 'qd-share-chart',
    attrs: () => ({ indicators: 'producer-services-share,nope' }),
    code: 'unknown_id',
    fatal: true,
    fix: /Did you mean/,
  },
  {
    name: 'unknown dimension id',
    only: byScope,
    attrs: () => ({ dimension: 'qualiti' }),
    code: 'unknown_dimension',
    fatal: true,
    fix: /Set dimension="\.\.\." to one of/,
  },
  {
    name: 'unknown industry id',
    only: byScope,
    attrs: () => ({ dimension: null, industry: 'logistic' }),
    code: 'unknown_industry',
    fatal: true,
    fix: /Set industry="\.\.\." to one of/,
  },
  {
    name: 'dimension and industry both set',
    only: byScope,
    attrs: () => ({ industry: 'logistics' }),
    code: 'scope_conflict',
    fatal: true,
    fix: /Set either dimension=.* or industry=.*, not both/,
  },
  {
    name: 'industry id of 10,000 characters',
    only: byScope,
    attrs: () => ({ dimension: null, industry: LONG }),
    code: 'unknown_industry',
    fatal: true,
    fix: /Did you mean/,
  },
  // ---- attributes
  {
    name: 'lang="xx"',
    attrs: () => ({ lang: 'xx' }),
    code: 'unsupported_lang',
    fatal: false,
    fix: /Set lang="zh-CN" or lang="en"/,
    shows: 'xx',
  },
  {
    name: 'lang of 10,000 characters',
    attrs: () => ({ lang: LONG }),
    code: 'unsupported_lang',
    fatal: false,
    fix: /Set lang="zh-CN" or lang="en"/,
  },
  {
    name: 'theme="neon"',
    attrs: () => ({ theme: 'neon' }),
    code: 'unsupported_theme',
    fatal: false,
    fix: /Use theme="auto", "light" or "dark"/,
    shows: 'neon',
  },
  {
    name: 'as-of before the plan (2019)',
    attrs: () => ({ 'as-of': '2019' }),
    code: 'as_of_range',
    fatal: true,
    fix: /Use a whole year from 2020 to 2025/,
    shows: '2019',
  },
  {
    name: 'as-of after the plan (2030)',
    attrs: () => ({ 'as-of': '2030' }),
    code: 'as_of_range',
    fatal: true,
    fix: /Use a whole year from 2020 to 2025/,
    shows: '2030',
  },
  {
    name: 'as-of="abc"',
    attrs: () => ({ 'as-of': 'abc' }),
    code: 'as_of_range',
    fatal: true,
    fix: /Use a whole year from 2020 to 2025/,
    shows: 'abc',
  },
  {
    name: 'as-of="2024.5"',
    attrs: () => ({ 'as-of': '2024.5' }),
    code: 'as_of_range',
    fatal: true,
    fix: /Use a whole year/,
  },
  {
    name: 'as-of="-2024"',
    attrs: () => ({ 'as-of': '-2024' }),
    code: 'as_of_range',
    fatal: true,
    fix: /Use a whole year/,
  },
  {
    name: 'as-of="1e308"',
    attrs: () => ({ 'as-of': '1e308' }),
    code: 'as_of_range',
    fatal: true,
    fix: /Use a whole year/,
  },
  // ---- src: HTTP and network
  {
    name: 'src that 404s',
    src: () => '/tests/browser/fixtures/hardening/does-not-exist.json',
    code: 'src_http',
    fatal: true,
    fix: /answered HTTP 404\. Check that the file exists/,
    shows: '404',
  },
  {
    name: 'src that answers 500',
    src: () => RESERVED.http500,
    code: 'src_http',
    fatal: true,
    fix: /answered HTTP 500/,
    shows: '500',
  },
  {
    name: 'src that answers 403',
    src: () => RESERVED.http403,
    code: 'src_http',
    fatal: true,
    fix: /answered HTTP 403/,
    shows: '403',
  },
  {
    name: 'src that never answers (timeout)',
    src: () => RESERVED.hang,
    fetchTimeout: 150,
    code: 'src_timeout',
    fatal: true,
    fix: /did not answer within 0\.15 s\. Check that the file is served/,
  },
  {
    name: 'src on a refused port',
    src: () => 'http://127.0.0.1:1/obs.json',
    code: 'src_network',
    fatal: true,
    fix: /could not be fetched .*Check the URL/,
  },
  {
    name: 'src that is not a URL',
    src: () => 'http://[::1/obs.json',
    code: 'src_network',
    fatal: true,
    fix: /could not be fetched .*Check the URL/,
  },
  {
    name: 'src with a javascript: URL',
    src: () => 'javascript:window.__pwned=1',
    code: 'src_network',
    fatal: true,
    fix: /could not be fetched .*Check the URL/,
  },
  // ---- src: content that is not data
  {
    name: 'src returning an HTML page',
    src: () => '/tests/browser/fixtures/hardening/page.html',
    code: 'src_parse',
    fatal: true,
    fix: /is an HTML page, not JSON or CSV/,
  },
  {
    name: 'src returning HTML as a data: URL',
    src: () => 'data:text/html,<!doctype html><html><body><h1>Not found</h1></body></html>',
    code: 'src_parse',
    fatal: true,
    fix: /is an HTML page, not JSON or CSV/,
  },
  {
    name: 'src returning malformed JSON',
    src: () => blobUrl('{ "observations": [ { "indicator": ', 'application/json'),
    code: 'src_parse',
    fatal: true,
    fix: /is not valid JSON .*Serve observations as JSON or CSV/,
  },
  {
    name: 'src returning malformed JSON from a .json file',
    src: () => '/tests/browser/fixtures/hardening/truncated.json',
    code: 'src_parse',
    fatal: true,
    fix: /is not valid JSON/,
  },
  {
    name: 'src returning JSON with NaN',
    src: (w) =>
      blobUrl(
        JSON.stringify([obs(w)])
          .replace('1050', 'NaN')
          .replace('52.5', 'NaN'),
        'application/json',
      ),
    code: 'src_parse',
    fatal: true,
    fix: /is not valid JSON/,
  },
  {
    name: 'src returning an empty JSON body',
    src: () => blobUrl('', 'application/json'),
    code: 'src_parse',
    fatal: true,
    fix: /is not valid JSON/,
  },
  {
    name: 'src returning CSV with an unterminated quote',
    src: (w) => csv(observationsCsv([obs(w)]).replace('Test publisher', '"Test publisher')),
    code: 'src_invalid',
    fatal: true,
    fix: /quote/,
  },
  {
    name: 'src returning CSV with a short row',
    src: (w) => csv(`${observationsCsv([obs(w)])}services-trade,2023\n`),
    code: 'src_invalid',
    fatal: true,
    fix: /CSV line 3: 2 fields where the header has 15\. Quote fields that contain commas/,
  },
  {
    name: 'src returning CSV without the published columns',
    src: () => csv('year;value\n2024;1050\n'),
    code: 'src_invalid',
    fatal: true,
    fix: /lacks the column\(s\) .* The header must name/,
  },
  {
    name: 'src returning binary garbage',
    src: () => blobUrl('\u0000\u0001\u0002\uFFFD\u0007PK\u0003\u0004', 'application/octet-stream'),
    code: 'src_invalid',
    fatal: true,
    fix: /lacks the column\(s\)/,
  },
  // ---- src: wrong schema
  {
    name: 'src JSON {} (no observations)',
    src: () => json({}),
    code: 'src_invalid',
    fatal: true,
    fix: /Expected an array of observations .*See observations\.schema\.json/,
  },
  {
    name: 'src JSON null',
    src: () => json(null),
    code: 'src_invalid',
    fatal: true,
    fix: /Expected an array of observations/,
  },
  {
    name: 'src JSON string',
    src: () => json('observations'),
    code: 'src_invalid',
    fatal: true,
    fix: /Expected an array of observations/,
  },
  {
    name: 'src JSON { observations: {} }',
    src: () => json({ observations: {} }),
    code: 'src_invalid',
    fatal: true,
    fix: /Expected an array of observations/,
  },
  {
    name: 'src rows missing fields',
    src: (w) => json([{ indicator: w.indicator, year: 2024, value: 1 }]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: FIX_SRC_ROWS,
  },
  {
    name: 'src rows with strings for numbers',
    src: (w) => json([obs(w, { year: '2024', value: '1050' })]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /must be (integer|number)/,
  },
  {
    name: 'src CSV with NaN and Infinity values',
    src: (w) => csv(observationsCsv([obs(w, { value: 'NaN' }), obs(w, { year: 2023, value: 'Infinity' })])),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /line 2 .*must be number/,
  },
  {
    name: 'src with a negative level or share',
    src: (w) => json([obs(w, { value: -1050 })]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /cannot be negative|0 to 100/,
  },
  {
    name: 'src with a growth rate of -100% or less',
    src: (w) => json([obs(w, { measure: 'yoy_growth', value: -100, unit: '%' })]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /must be above -100/,
  },
  {
    name: 'src with a level of 1e308 (progress overflows)',
    only: (w) => w.tag !== 'qd-share-chart',
    src: (w) => blobUrl(JSON.stringify([obs(w)]).replace('"value":1050', '"value":1e308'), 'application/json'),
    code: 'calc_failed',
    fatal: true,
    fix: /pass finite numbers whose result fits in a double.*Check the data given to the widget/,
  },
  {
    name: 'src with reversed years (since after year)',
    src: (w) => json([obs(w, { measure: 'avg_annual_growth', since: 2024, year: 2022, value: 5, unit: '%' })]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /since \(2024\) must be before year \(2022\)/,
  },
  {
    name: 'src with duplicate years',
    src: (w) => json([obs(w), obs(w, { value: 999 })]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /duplicates row 1/,
  },
  {
    name: 'src with a year outside 1949-2100',
    src: (w) => json([obs(w, { year: 3024 })]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /must be <= 2100/,
  },
  {
    name: 'src with an unknown indicator',
    src: () => json([observation('services-trades')]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /did you mean services-trade/,
  },
  {
    name: 'src with a huge number (1e308 as a share, 1e309 anywhere)',
    src: (w) =>
      blobUrl(
        JSON.stringify([obs(w, { measure: 'share', unit: '%', value: 1 }), obs(w, { year: 2023 })])
          .replace('"value":1,', '"value":1e308,')
          .replace('"value":1050', '"value":1e309')
          .replace('"value":52.5', '"value":1e309'),
        'application/json',
      ),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /0 to 100|finite/,
  },
  {
    name: 'src with a 10,000-character publisher',
    src: (w) => json([obs(w, { publisher: LONG })]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /publisher must NOT have more than 200 characters/,
  },
  {
    name: 'src with a 10,000-character unit and note',
    src: (w) => json([obs(w, { unit: LONG, note: LONG })]),
    code: 'src_rows_invalid',
    fatal: false,
    fix: /must NOT have more than/,
  },
  // ---- src: a whole plan that is not usable
  {
    name: 'src plan without its parts',
    src: () => json({ meta: { id: 'x' }, figures: [] }),
    code: 'src_invalid_plan',
    fatal: true,
    fix: /looks like a plan but is not usable: The plan has \d+ problem\(s\): .*lacks the required field.*check <file>` lists every one/,
  },
  {
    name: 'src plan with a string for a target value',
    src: () => plan((p) => (target(p).value = '1100')),
    code: 'src_invalid_plan',
    fatal: true,
    fix: /must be number/,
  },
  {
    name: 'src plan with a negative year and reversed period',
    src: () => plan((p) => Object.assign(target(p), { targetYear: -2025, period: { from: 2025, to: 2020 } })),
    code: 'src_invalid_plan',
    fatal: true,
    fix: /must be >= 1949/,
  },
  {
    name: 'src plan with duplicate figure ids',
    src: () => plan((p) => p['figures'].push({ ...target(p) })),
    code: 'src_invalid_plan',
    fatal: true,
    fix: /figure id 'services-trade-2025' is used twice/,
  },
  {
    name: 'src plan with a 10,000-character name',
    src: () => plan((p) => (p['indicators'][0].name.zh = LONG)),
    code: 'src_invalid_plan',
    fatal: true,
    fix: /must NOT have more than 300 characters/,
  },
  // ---- the observations property and the light-DOM table
  {
    name: 'observations property that is not an array',
    observations: () => ({ nope: 1 }),
    code: 'invalid_observations',
    fatal: true,
    fix: /Expected an array of observations/,
  },
  {
    name: 'observations property with invalid rows',
    observations: (w) => [obs(w, { value: 'x' }), null, 42],
    code: 'observations_rows_invalid',
    fatal: false,
    fix: /issue\(s\) in the observations property were ignored/,
  },
  {
    name: 'light-DOM table with unreadable rows',
    only: readsTable,
    table:
      '<table><tr><th>年份</th><th>值</th></tr><tr><td>2023</td><td>n/a</td></tr><tr><td>20x4</td><td>1,020.5</td></tr><tr><td>2024</td><td>' +
      '9'.repeat(400) +
      '</td></tr></table>',
    code: 'table_rows_invalid',
    fatal: false,
    fix: /each data row needs a year .* and a number/,
  },
];

export const CASES: readonly BadCase[] = list.map((c, i) => ({ ...c, lang: i % 2 === 0 ? 'zh-CN' : 'en' }));

/** Valid data with extreme values: rendered (or explained as not assessable) without an error, a warning, NaN or Infinity. */
export interface ExtremeCase {
  readonly name: string;
  readonly lang: CaseLang;
  readonly only?: (w: WidgetSpec) => boolean;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly src: (w: WidgetSpec) => string;
}

export const EXTREME: readonly ExtremeCase[] = [
  {
    name: 'a zero base (growth needs a positive start)',
    lang: 'zh-CN',
    attrs: { 'as-of': '2024' },
    src: (w) => json([obs(w, { year: 2020, value: 0 }), obs(w, { year: 2023 })]),
  },
  { name: 'a zero latest value', lang: 'en', attrs: { 'as-of': '2024' }, src: (w) => json([obs(w, { value: 0 })]) },
  {
    name: 'a level of 1e21',
    lang: 'zh-CN',
    only: (w) => w.tag !== 'qd-share-chart',
    src: (w) => blobUrl(JSON.stringify([obs(w)]).replace('"value":1050', '"value":1e21'), 'application/json'),
  },
  {
    name: 'a share of 100 and one of 0',
    lang: 'en',
    only: (w) => w.tag === 'qd-share-chart',
    src: (w) => json([obs(w, { value: 100 }), obs(w, { year: 2021, value: 0 })]),
  },
  {
    name: 'a tiny value (5e-324)',
    lang: 'en',
    src: (w) =>
      blobUrl(
        JSON.stringify([obs(w)])
          .replace('"value":1050', '"value":5e-324')
          .replace('"value":52.5', '"value":5e-324'),
        'application/json',
      ),
  },
  {
    name: 'rows in reverse year order',
    lang: 'zh-CN',
    src: (w) =>
      json(
        [2024, 2023, 2022, 2021].map((year) =>
          obs(w, { year, value: w.indicator.includes('share') ? year - 1980 : year - 1000 }),
        ),
      ),
  },
];
