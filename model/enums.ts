/**
 * The closed vocabularies of the plan data, as plain constant lists. The JSON
 * Schemas (`schema/`) and the types (`types.ts`) are built from these, and
 * code that needs a list at run time (CSV columns, checks) imports it from
 * here: this module imports nothing, so it never pulls the schema library in.
 */

/** The languages widgets and labels support. */
export const LANGS = ['zh-CN', 'en'] as const;

/** Units as the plan text writes them. */
export const UNIT_TEXTS = [
  '亿元',
  '万亿元',
  '%',
  '个百分点',
  '家',
  '个',
  '名',
  '项',
  '万TEU',
  '场次',
  '天',
  '年',
] as const;

/** Machine unit kinds: `cny_100m` is 亿元 (10^8 yuan), `cny_1t` is 万亿元 (10^12 yuan), `teu_10k` is 万TEU. */
export const UNIT_KINDS = [
  'cny_100m',
  'cny_1t',
  'percent',
  'percentage_point',
  'count',
  'teu_10k',
  'days',
  'years',
] as const;

/** What a figure states: a level, a share, a ratio, a growth rate, a percentage-point change or a count. */
export const FIGURE_KINDS = [
  'level',
  'share',
  'ratio',
  'avg_annual_growth',
  'cumulative_growth',
  'yoy_growth',
  'pp_change',
  'avg_annual_pp_change',
  'count',
] as const;

/** Real (comparable prices), nominal (current prices), or not a money quantity. */
export const PRICE_BASES = ['real', 'nominal', 'not_applicable'] as const;

/** How exactly a stated value holds: exact, 左右/约, 以上, 超过/超, 以内/以下, 不足/低于. */
export const QUALIFIERS = ['exact', 'approx', 'at_least', 'more_than', 'at_most', 'less_than'] as const;

/** When a target is met; `reach` is 达到 N with no qualifier. */
export const COMPARATORS = ['approx', 'at_least', 'more_than', 'at_most', 'less_than', 'reach'] as const;

/** The forms of a target. */
export const TARGET_FORMS = [
  'level',
  'share',
  'ratio',
  'avg_annual_growth',
  'cumulative_growth',
  'pp_change',
  'count',
  'new_count',
  'per_year_count',
] as const;

/** What a target's count or level measures. */
export const TARGET_COUNTS = ['stock', 'additions', 'per_year', 'flow', 'rate'] as const;

/** Which way is better; `neutral` only for context indicators. */
export const DIRECTIONS = ['up', 'down', 'neutral'] as const;

/** Whether an indicator measures a flow, a stock, a share or a ratio. */
export const INDICATOR_KINDS = ['flow', 'stock', 'share', 'ratio'] as const;

/** What part of the plan a figure comes from. */
export const FIGURE_ROLES = ['result', 'problem', 'target', 'context'] as const;

/** The topics of a note recording a decision on an ambiguity of the text. */
export const NOTE_TOPICS = [
  'cumulative_or_annual',
  'each_year_or_final_year',
  'stock_or_additions',
  'undefined_whole',
  'scope_word',
  'year_not_stated',
  'revision',
  'price_basis',
  'definition',
  'grouping',
] as const;

/** The industry groups of the 0.1.0 schema (producer and consumer services), still valid where a plan defines no `industryGroups`. */
export const INDUSTRY_GROUPS = ['producer', 'consumer'] as const;

/** Whether a target is binding (约束性) or expected (预期性), as Chinese plans classify them. */
export const BINDINGS = ['binding', 'expected'] as const;

/** Whether a plan is adopted or a draft (草案). */
export const PLAN_STATUSES = ['adopted', 'draft'] as const;

/** What a source document is: the plan, a follow-up document, a statistical bulletin, a government work report, another report, a news report, other. */
export const SOURCE_KINDS = ['plan', 'follow-up', 'bulletin', 'work-report', 'report', 'news', 'other'] as const;

/** Currencies of money units. */
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD'] as const;

/** What an observation measures on its indicator. */
export const OBSERVATION_MEASURES = [
  'level',
  'share',
  'count',
  'yoy_growth',
  'avg_annual_growth',
  'cumulative_growth',
] as const;

/** An observed value is exact or a lower bound (以上 at least, 突破/超过 more than). */
export const BOUNDS = ['exact', 'at_least', 'more_than'] as const;

/** Releases of a figure, oldest to newest: the plan's own, preliminary, final, revised. */
export const VINTAGES = ['plan', 'preliminary', 'final', 'revised'] as const;

/** official: a government site or bulletin; mainstream: a major outlet reporting one; secondary: a mirror or summary. */
export const RELIABILITIES = ['official', 'mainstream', 'secondary'] as const;

/** Where an observation comes from: the plan's own data, or a site's. */
export const ORIGINS = ['bundled', 'user'] as const;

/** The part of a year an observation covers, as a regular expression over the `period` field. */
export const OBSERVATION_PERIOD_PATTERN = '^(FY|Q1|H1|Q1-Q3|to:\\d{4}-\\d{2}-\\d{2})$';

/** A kebab-case id, as every id of the plan data is written. */
export const ID_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

/** Why a reviewed candidate figure is not shipped. */
export const REJECTION_REASONS = [
  'unreliable_page',
  'no_source',
  'definition_differs',
  'part_year_only',
  'estimate',
  'duplicate',
  'plan_figure',
  'before_base_year',
] as const;
