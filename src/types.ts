/**
 * The types of the plan data. `data/` imports these (types only); `src/` and
 * `components/` build on them. Every literal union here is also a JSON Schema
 * enum in `src/schema/`: change both together (a test compares them).
 */

/** A text in the two languages the library ships: zh-CN (as the plan writes it) and en. */
export interface Text {
  readonly zh: string;
  readonly en: string;
}

/** The languages widgets and labels support. */
export type Lang = 'zh-CN' | 'en';

/** A unit as the plan text writes it. */
export type UnitText =
  '亿元' | '万亿元' | '%' | '个百分点' | '家' | '个' | '名' | '项' | '万TEU' | '场次' | '天' | '年';

/**
 * Machine unit kind. `cny_100m` is 亿元 (10^8 yuan), `cny_1t` is 万亿元 (10^12
 * yuan), `teu_10k` is 万TEU; counts are plain integers.
 */
export type UnitKind = 'cny_100m' | 'cny_1t' | 'percent' | 'percentage_point' | 'count' | 'teu_10k' | 'days' | 'years';

/**
 * What a figure states: a level (a flow or stock in money or volume), a share
 * of a named whole, a ratio to a comparator, an average annual or cumulative
 * growth rate, a percentage-point change (total or a yearly average), or a count.
 */
export type FigureKind =
  | 'level'
  | 'share'
  | 'ratio'
  | 'avg_annual_growth'
  | 'cumulative_growth'
  | 'pp_change'
  | 'avg_annual_pp_change'
  | 'count';

/** Real (comparable prices), nominal (current prices), or not a money quantity. */
export type PriceBasis = 'real' | 'nominal' | 'not_applicable';

/**
 * How exactly a stated value holds: exact, 左右/约 (approx), 以上 (at_least),
 * 超过/超 (more_than), 以内/以下 (at_most), 不足/低于 (less_than).
 */
export type Qualifier = 'exact' | 'approx' | 'at_least' | 'more_than' | 'at_most' | 'less_than';

/** When a target is met. `reach` is 达到 N with no qualifier (met when at or beyond N). */
export type Comparator = 'approx' | 'at_least' | 'more_than' | 'at_most' | 'less_than' | 'reach';

/**
 * The form of a target: a level, a share, an average annual or cumulative growth
 * rate, a percentage-point change, a stock count, a count of additions during the
 * plan period (新培育 / 新认定), or a count reached every year (每年).
 */
export type TargetForm =
  | 'level'
  | 'share'
  | 'avg_annual_growth'
  | 'cumulative_growth'
  | 'pp_change'
  | 'count'
  | 'new_count'
  | 'per_year_count';

/** Which way is better. `neutral` only for context indicators the plan sets no aim for. */
export type Direction = 'up' | 'down' | 'neutral';

/** Whether an indicator measures a flow over a year, a stock at a date, a share or a ratio. */
export type IndicatorKind = 'flow' | 'stock' | 'share' | 'ratio';

/** What part of the plan a figure comes from. */
export type FigureRole = 'result' | 'problem' | 'target' | 'context';

/** A span of years: `from` is the base year, `to` the end year (growth 2015-2020 is 5 years). */
export interface Period {
  readonly from: number;
  readonly to: number;
}

/** Where the plan states a figure: the section path and a verbatim quote (<= 120 chars). */
export interface Source {
  /** Section path in the plan, e.g. `一(一)1` or `四(一)1`. */
  readonly section: string;
  /** A clause or sentence copied verbatim from the seed text, containing the value as written. */
  readonly quote: string;
}

/** A decision taken on an ambiguity of the text, in both languages. */
export interface Note {
  readonly topic:
    | 'cumulative_or_annual'
    | 'each_year_or_final_year'
    | 'stock_or_additions'
    | 'undefined_whole'
    | 'scope_word'
    | 'year_not_stated'
    | 'revision'
    | 'price_basis'
    | 'definition'
    | 'grouping';
  readonly zh: string;
  readonly en: string;
}

/** The whole a share is a share of (or the comparator of a ratio); `indicator` where it is one. */
export interface Whole {
  readonly indicator: string | null;
  readonly name: Text;
}

/** A measured quantity. Figures, targets and observations refer to one by `id`. */
export interface IndicatorDef<Id extends string = string> {
  readonly id: Id;
  readonly name: Text;
  readonly unit: UnitText;
  readonly unitKind: UnitKind;
  readonly kind: IndicatorKind;
  readonly direction: Direction;
  /** For a share or ratio: the whole (or comparator). `null` where the plan does not name it. */
  readonly whole?: Whole | null;
  readonly notes?: readonly Note[];
}

/** A quantified statement of the plan: a result, a problem, a target or a context figure. */
export interface FigureDef<I extends string = string> {
  readonly id: string;
  readonly indicator: I;
  readonly role: FigureRole;
  readonly name: Text;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly unit: UnitText;
  readonly unitKind: UnitKind;
  /** The year the value refers to; for a rate, its end year. */
  readonly year: number;
  /** False where the sentence gives no year and `year` is decided from context (see notes). */
  readonly yearStated: boolean;
  /** For growth rates and changes: the span they cover. */
  readonly period?: Period;
  readonly kind: FigureKind;
  readonly priceBasis: PriceBasis;
  /** For a share or ratio: what it is a share of (`null` where the plan does not say). */
  readonly whole?: Whole | null;
  readonly source: Source;
  readonly notes?: readonly Note[];
}

/** A quantified 2025 goal of the plan. */
export interface TargetDef<I extends string = string> extends FigureDef<I> {
  readonly role: 'target';
  readonly form: TargetForm;
  readonly comparator: Comparator;
  readonly direction: 'up' | 'down';
  readonly targetYear: number;
  /** The figure of the same measure the target starts from (e.g. its 2020 value), where the text has one. */
  readonly baseFigure: string | null;
  /** What the count or level measures: a stock at the target year, additions over the period, or a yearly figure. */
  readonly counts: 'stock' | 'additions' | 'per_year' | 'flow' | 'rate';
  /** The goal dimension of 二(三), where the target belongs to one. */
  readonly dimension: string | null;
  /** The industry of 四, where the target belongs to one. */
  readonly industry: string | null;
}

/** One of the five goal dimensions of 二(三). */
export interface DimensionDef {
  readonly id: string;
  readonly name: Text;
  /** The dimension's headline as the plan writes it. */
  readonly source: Source;
}

/** One of the nine industries of 四, a producer or a consumer service. */
export interface IndustryDef {
  readonly id: string;
  readonly name: Text;
  readonly group: 'producer' | 'consumer';
  readonly source: Source;
}

/** A place named in the spatial layout, with the district (区/市) it lies in. */
export interface Place {
  readonly name: Text;
  /** The county-level district it lies in; `stated: false` where the plan does not say so. */
  readonly district: Text;
  readonly stated: boolean;
}

/** One part of the spatial layout formula of 五(一) (一核引领、三区拓展、两点协同、多点支撑). */
export interface LayoutPartDef {
  readonly id: string;
  readonly name: Text;
  /** The number in the formula (一核 = 1, 三区 = 3, 两点 = 2); `null` for 多点 (several). */
  readonly count: number | null;
  readonly places: readonly Place[];
  readonly source: Source;
}

/** One kind of service cluster in 五(二), with the sectors it covers. */
export interface ClusterKindDef {
  readonly id: string;
  readonly name: Text;
  readonly count: number;
  readonly sectors: readonly Text[];
  readonly source: Source;
}

/** A numeric fact of the plan's structure (e.g. 九大产业), with its quote. */
export interface StructureCount {
  readonly id: string;
  readonly name: Text;
  readonly count: number;
  readonly source: Source;
}

/** The plan's metadata and structure. */
export interface PlanMeta {
  readonly id: string;
  readonly title: Text;
  /** False: the text has no title line; the title is descriptive. */
  readonly titleStated: boolean;
  readonly issuer: Text;
  readonly issuerNote: Text;
  readonly period: Period;
  readonly baseYear: number;
  readonly targetYear: number;
  readonly basedOn: { readonly name: Text; readonly source: Source };
  readonly seed: { readonly file: string; readonly sha256: string };
  readonly dataVersion: string;
  readonly updated: string;
}

/**
 * The part of a year an observation covers: the full year, the first quarter,
 * the first half, the first three quarters, or from 1 January up to a date.
 */
export type ObservationPeriod = 'FY' | 'Q1' | 'H1' | 'Q1-Q3' | `to:${string}`;

/** An observed value is exact, or a lower bound (at least / more than, e.g. 突破1万亿元). */
export type Bound = 'exact' | 'at_least' | 'more_than';

/**
 * What an observation measures on its indicator: a level, a share, a count
 * (for an additions indicator, the additions that year), year-on-year growth,
 * average annual growth since `since`, or cumulative growth since `since`.
 */
export type ObservationMeasure = 'level' | 'share' | 'count' | 'yoy_growth' | 'avg_annual_growth' | 'cumulative_growth';

/**
 * Which release of a figure: the plan's own figure, a preliminary release
 * (初步核算), a final release (a final statistic, or an official list or
 * document), or a later revision (a restated earlier year). From oldest to
 * newest: plan, preliminary, final, revised.
 */
export type Vintage = 'plan' | 'preliminary' | 'final' | 'revised';

/** official: a government site or bulletin; mainstream: a major news outlet reporting one; secondary: a mirror or summary. */
export type Reliability = 'official' | 'mainstream' | 'secondary';

/** An observed outcome, with its source. Bundled ones live in `data/observations`; sites may bring their own. */
export interface Observation {
  readonly indicator: string;
  readonly year: number;
  readonly period: ObservationPeriod;
  readonly measure: ObservationMeasure;
  /** Base year of an `avg_annual_growth` or `cumulative_growth` measure. */
  readonly since?: number;
  readonly value: number;
  readonly bound: Bound;
  /** Unit as the source writes it (亿元, %, 万TEU, 家 ...). */
  readonly unit: string;
  readonly priceBasis?: PriceBasis;
  readonly vintage: Vintage;
  readonly publisher: string;
  /** Publication date, `YYYY-MM-DD` or `YYYY-MM`; `null` only for the plan's own figures (vintage `plan`). */
  readonly published: string | null;
  /** The page that publishes the figure; `null` only for the plan's own figures, which carry `source`. */
  readonly url: string | null;
  /** For the plan's own figures: the section and verbatim quote of the plan. */
  readonly source?: Source;
  readonly reliability: Reliability;
  readonly note?: string;
  /** `bundled` for the library's own, `user` for observations a site passes in. */
  readonly origin?: 'bundled' | 'user';
}

/** One indicator's share of the bundled data (`data/by-indicator/<id>.ts`): its record, its figures (and their base figures), the goal dimension or industry of its target, and its bundled observations. */
export interface IndicatorBundle {
  readonly dimensions: readonly DimensionDef[];
  readonly industries: readonly IndustryDef[];
  readonly indicators: readonly IndicatorDef[];
  readonly figures: readonly (FigureDef | TargetDef)[];
  readonly observations: readonly Observation[];
}
