/**
 * Labels in zh-CN (the wording of China's mid-term reviews) and en: statuses,
 * qualifiers, reasons and warnings, and a target as the plan words it.
 */
import type { Comparator, Lang, Qualifier, TargetForm } from '../types.js';
import type { Provisional, ReasonCode, Status, WarningCode } from '../calc/model.js';
import type { TrajectoryStatus } from '../calc/presets.js';
import type { RejectionReason } from '../types.js';
import { formatValue, type FormatOptions } from './number.js';
import { fail, obj, oneOf } from '../calc/check.js';

type Pair = readonly [zh: string, en: string];
const pick = (p: Pair, locale: Lang | undefined): string => (locale === 'en' ? p[1] : p[0]);

/** The entry of `code` in `table`; an unknown code is a CalcError of `fn` naming the valid ones. */
const entry = <K extends string, V>(fn: string, name: string, table: Readonly<Record<K, V>>, code: unknown): V =>
  table[oneOf(fn, name, code, Object.keys(table) as K[])];

const STATUS: Record<Status, Pair> = {
  achieved: ['已实现', 'Achieved'],
  on_track: ['基本符合或快于预期', 'On track'],
  needs_acceleration: ['滞后预期', 'Needs acceleration'],
  insufficient_progress: ['滞后预期', 'Insufficient progress'],
  moving_away: ['滞后预期', 'Moving away'],
  not_achieved: ['未实现', 'Not achieved'],
  not_assessable: ['无法评估', 'Not assessable'],
};
const EARLY: Pair = ['提前实现', 'Achieved early'];

/** The label of a status: 提前实现 for achieved early, 已实现, 基本符合或快于预期, 滞后预期 (three statuses), 未实现, 无法评估. */
export const statusLabel = (status: Status, locale: Lang = 'zh-CN', achievedEarly = false): string => {
  const label = entry('statusLabel', 'status', STATUS, status);
  return pick(status === 'achieved' && achievedEarly ? EARLY : label, locale);
};

const TRAJECTORY_EN: Record<TrajectoryStatus, string> = {
  on_track: 'on track',
  needs_acceleration: 'needs acceleration',
  insufficient_progress: 'insufficient progress',
  moving_away: 'moving away',
};

/**
 * A provisional status, visibly not a verdict: 暂判：基本符合或快于预期（据2024年数据，2025年数据尚未发布）;
 * provisional: on track as of 2024 (the 2025 figure is not published yet). Without `targetYear`, the part in brackets
 * is shorter: （据2024年数据）, as of 2024.
 */
export const provisionalLabel = (provisional: Provisional, locale: Lang = 'zh-CN', targetYear?: number): string => {
  const p = obj('provisionalLabel', 'provisional', provisional, 'pass an assessment’s provisional { status, year }');
  const s = entry('provisionalLabel', 'status', TRAJECTORY_EN, p.status);
  if (!Number.isInteger(p.year))
    fail('invalid_argument', 'provisionalLabel', { year: p.year }, 'pass a provisional whose year is a whole year');
  const late = targetYear !== undefined && targetYear > p.year;
  if (locale === 'en')
    return `provisional: ${s} as of ${p.year}${late ? ` (the ${targetYear} figure is not published yet)` : ''}`;
  return `暂判：${pick(STATUS[p.status], locale)}（据${p.year}年数据${late ? `，${targetYear}年数据尚未发布` : ''}）`;
};

/**
 * The status of an assessment with its provisional reading, visibly different from a verdict:
 * "Not assessable · provisional: on track as of 2024"; "无法评估 · 暂判：基本符合或快于预期（据2024年数据）".
 */
export const statusWithProvisional = (
  a: { readonly status: Status; readonly achievedEarly?: boolean; readonly provisional?: Provisional | null },
  locale: Lang = 'zh-CN',
): string => {
  const x = obj('statusWithProvisional', 'assessment', a, 'pass an Assessment or a scorecard entry');
  const label = statusLabel(x.status, locale, x.achievedEarly ?? false);
  return x.provisional ? `${label} · ${provisionalLabel(x.provisional, locale)}` : label;
};

// [zh word, zh word comes after the number, en words]
const QUALIFIER: Record<Comparator | Qualifier, readonly [string, boolean, string]> = {
  approx: ['约', false, 'about'],
  at_least: ['以上', true, 'at least'],
  more_than: ['超过', false, 'more than'],
  less_than: ['不足', false, 'less than'],
  at_most: ['以内', true, 'at most'],
  reach: ['达到', false, 'reach'],
  exact: ['', false, ''],
};

/** The word of a comparator or qualifier: 约/以上/超过/不足/以内/达到; about/at least/more than/less than/at most/reach. */
export const qualifierLabel = (c: Comparator | Qualifier, locale: Lang = 'zh-CN'): string => {
  const q = entry('qualifierLabel', 'comparator', QUALIFIER, c);
  return locale === 'en' ? q[2] : q[0];
};

/**
 * A target as the plan words it: 超过1,600亿元, 10个以上, 约55%, and 增长15% for a growth target the plan
 * states without a qualifier; more than CNY 160 billion, at least 10, about 55%, growth of 15%.
 */
export const formatTarget = (
  target: {
    readonly value: number;
    readonly unit: string;
    readonly comparator: Comparator;
    readonly form?: TargetForm;
  },
  options: FormatOptions = {},
): string => {
  const { comparator, value, unit, form } = obj(
    'formatTarget',
    'target',
    target,
    'pass a target { value, unit, comparator }',
  );
  const growth = comparator === 'reach' && (form === 'cumulative_growth' || form === 'avg_annual_growth');
  const [zh, after, en] = growth
    ? (['增长', false, 'growth of'] as const)
    : entry('formatTarget', 'comparator', QUALIFIER, comparator);
  const v = formatValue(value, unit, options);
  return options.locale === 'en' ? `${en} ${v}` : after ? v + zh : zh + v;
};

const REASON: Record<ReasonCode, Pair> = {
  insufficient_data: ['数据不足', 'Not enough data'],
  no_observation: ['暂无观测数据', 'No observation'],
  partial_year_only: ['仅有部分年度数据', 'Only part-year figures'],
  definition_differs: ['统计口径不一致', 'Different definition or unit'],
  no_target_year_data: ['暂无可判定的目标年份数据', 'No target-year figure that decides'],
  zero_base: ['基数为零', 'Base is zero'],
  zero_target: ['目标值为零，无法计算所需增速', 'Target is zero: no required growth rate'],
  zero_value: ['数据序列含零值', 'A zero in the series'],
  sign_change: ['数值跨越零值', 'Values change sign'],
  negative_value: ['数值为负', 'Negative values'],
  target_equals_base: ['目标值等于基数', 'Target equals the base'],
  base_missing: ['缺少基期数据', 'Base-year figure missing'],
  growth_rate_series: ['仅有增速数据', 'Only growth rates available'],
  qualitative_target: ['定性目标', 'Qualitative target'],
  uncomputable_data: ['数据无法计算', 'Figures cannot be computed'],
};

/** The label of a reason code. */
export const reasonLabel = (code: ReasonCode, locale: Lang = 'zh-CN'): string =>
  pick(entry('reasonLabel', 'code', REASON, code), locale);

const WARNING: Record<WarningCode, Pair> = {
  vintage_chosen: ['同一数据有多个版本，已按规则选用其一', 'One of several vintages was chosen'],
  part_year_bound: ['部分年度数据作为全年下限', 'Part-year figure used as a lower bound of the year'],
  part_year_ignored: ['部分年度的比重或增速不作判断', 'Part-year share or rate not used'],
  price_basis_differs: ['可比价与现价数据混用', 'Real and nominal figures mixed'],
  unit_converted: ['已换算单位', 'Unit converted'],
  definition_differs: ['单位或口径不同的数据未采用', 'Figure in another unit or definition not used'],
  base_override: ['基数由调用方指定', 'Base value set by the caller'],
  after_target_year_ignored: ['目标年份之后的数据不计入', 'Figures after the target year not used'],
  ratio_unavailable: ['无法计算进度比率', 'Progress ratio unavailable'],
  base_year_moved: [
    '基期无数据，以其后首个有数据年份为基期',
    'Base year had no figure: the first later year is the base',
  ],
  direction_flipped: ['数值均为负，增速比率方向已反转', 'All values negative: the growth ratio’s direction is flipped'],
  base_year_unstated: [
    '规划未写明该目标的起始年份，按目标年份前五年计',
    'The plan states no start year for this target: five years before the target year is used',
  ],
};

/** The label of a warning code. */
export const warningLabel = (code: WarningCode, locale: Lang = 'zh-CN'): string =>
  pick(entry('warningLabel', 'code', WARNING, code), locale);

const REJECTION: Record<RejectionReason, Pair> = {
  unreliable_page: ['来源网页不可靠', 'unreliable page'],
  no_source: ['无来源', 'no source'],
  definition_differs: ['统计口径不一致', 'definition differs'],
  part_year_only: ['仅有部分年度', 'part-year only'],
  estimate: ['预计数', 'estimate'],
  duplicate: ['重复', 'duplicate'],
  plan_figure: ['规划原有数据', "the plan's own figure"],
  before_base_year: ['早于基期', 'before the base year'],
};

/** Why a candidate observation was left out: 来源网页不可靠 / unreliable page, 统计口径不一致 / definition differs ... */
export const rejectionLabel = (reason: RejectionReason, locale: Lang = 'zh-CN'): string =>
  pick(entry('rejectionLabel', 'reason', REJECTION, reason), locale);
