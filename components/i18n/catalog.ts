/**
 * `Catalog`: every UI text of the widgets in one language, one module a
 * language (`zh-CN.ts`, `en.ts`), each typed against this interface, so that a
 * missing text or a wrong parameter is a type error. A text without parameters
 * is a string; a text with parameters is a function of them, written as a
 * template literal (tsc checks every name, which `{placeholder}` strings would
 * not let it). Numbers inside a text are formatted by the library's `src/format`
 * (Intl) in the catalog's language; years, ids and URLs are not numbers to
 * format. Statuses, reasons, qualifiers and values with units are the library's
 * labels (`src/format`, also used by the command line) and are passed in
 * formatted. Every text is bound as text, never as HTML.
 *
 * A page loads one catalog (`loadCatalog` in load.ts); this module holds types only.
 */
import type { Text, Lang } from '../../src/core.js';

/** A name the plan gives in both languages. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** The visible texts of the problems a widget reports, by problem code (the console gets the English `message`). */
export interface ProblemTexts {
  readonly missing_indicator: string;
  readonly unknown_id: (p: { readonly id: string; readonly suggestions: string }) => string;
  readonly no_target: (p: { readonly id: string }) => string;
  readonly invalid_argument: (p: { readonly detail: string }) => string;
  readonly as_of_range: (p: { readonly value: string; readonly min: number; readonly max: number }) => string;
  readonly unsupported_lang: (p: { readonly value: string }) => string;
  readonly unsupported_theme: (p: { readonly value: string }) => string;
  readonly src_http: (p: { readonly status: number; readonly url: string }) => string;
  readonly src_network: (p: { readonly url: string }) => string;
  readonly src_timeout: (p: { readonly seconds: number; readonly url: string }) => string;
  readonly src_parse: (p: { readonly url: string }) => string;
  readonly src_invalid: (p: { readonly detail: string }) => string;
  readonly src_rows_invalid: (p: { readonly count: number }) => string;
  readonly invalid_observations: string;
  readonly observations_rows_invalid: (p: { readonly count: number }) => string;
  readonly src_invalid_plan: (p: { readonly count: number; readonly first: string }) => string;
  readonly target_indicator_mismatch: (p: { readonly id: string; readonly detail: string }) => string;
  readonly plan_src_not_plan: (p: { readonly url: string }) => string;
  readonly parser_load: string;
  readonly bundle_load: string;
  /** The texts of another language could not be loaded (shown in the language still in use). */
  readonly catalog_load: string;
  readonly table_rows_invalid: (p: { readonly count: number }) => string;
  readonly calc_failed: (p: { readonly detail: string }) => string;
  readonly unexpected: (p: { readonly detail: string }) => string;
  readonly not_a_share: (p: { readonly id: string }) => string;
  readonly share_whole_mismatch: (p: { readonly detail: string }) => string;
  readonly unknown_dimension: (p: { readonly id: string; readonly suggestions: string }) => string;
  readonly unknown_industry: (p: { readonly id: string; readonly suggestions: string }) => string;
  readonly scope_conflict: string;
}

/** A problem code with a visible text. */
export type ProblemCode = keyof ProblemTexts;

/** The UI texts of the widgets in one language. */
export interface Catalog {
  /** The language of the texts, and of the numbers formatted in them. */
  readonly lang: Lang;
  /** A name the plan gives in both languages, in this one. */
  readonly name: (n: Bilingual) => string;
  /** Between a label and what it labels: "：" / ": ". */
  readonly colon: string;
  /** The end of a sentence: "。" / ".". */
  readonly fullStop: string;
  /** The problems' visible texts. */
  readonly problems: ProblemTexts;

  // Every widget.
  readonly loading: string;
  readonly downloadCsv: string;
  readonly downloadSvg: string;

  // Values, years and sources (the card, the charts, the table).
  /** The latest observation (a heading, a table kind). */
  readonly latest: string;
  /** The base value (a heading, a table kind, a legend entry). */
  readonly baseValue: string;
  /** The target (a table kind, a legend entry). */
  readonly target: string;
  /** An observed value (a table kind, a legend entry). */
  readonly observed: string;
  readonly noObservation: string;
  readonly status: string;
  readonly yearOf: (p: { readonly year: number }) => string;
  readonly targetYear: (p: { readonly year: number }) => string;
  readonly valueInYear: (p: { readonly value: string; readonly year: number }) => string;
  /** A year with a part-year period: "2024年上半年" / "2024 H1". */
  readonly yearPeriod: (p: { readonly year: number; readonly period: string }) => string;
  readonly periodQ1: string;
  readonly periodH1: string;
  readonly periodQ1Q3: string;
  readonly periodTo: (p: { readonly date: string }) => string;
  readonly baseOnly: (p: { readonly baseYear: number }) => string;
  readonly asOfNote: (p: { readonly year: number }) => string;
  readonly source: string;
  readonly sources: string;
  /** A section of the plan, or of the document a figure is quoted from (`document`, its title). */
  readonly planSection: (p: { readonly section: string; readonly document?: Text | null }) => string;
  readonly planQuote: (p: { readonly section: string; readonly document?: Text | null }) => string;
  /** A publisher, with the publication date where there is one (already formatted). */
  readonly published: (p: { readonly publisher: string; readonly date?: string | undefined }) => string;
  readonly openSource: string;
  readonly latestSource: string;
  readonly readingNote: string;
  readonly userData: string;
  readonly tableData: string;

  // A provisional status and the method (every widget; components/render/status.ts).
  /** The method that judged the statuses: a heading before the preset's name. */
  readonly method: string;
  /** The method document the preset follows, its title given. */
  /** The label of the method document's title (a link to the document). */
  readonly methodDocument: string;

  // The growth still required (the card, the table).
  readonly required: string;
  readonly requiredFromLatest: (p: { readonly year: number }) => string;
  readonly requiredFromBase: (p: { readonly year: number }) => string;
  readonly requiredMet: string;
  readonly requiredNotApplicable: string;
  readonly requiredUnavailable: string;

  // The progress track (the card, the progress bar).
  readonly meterName: (p: { readonly name: string }) => string;
  /** The meter's words with a latest value; `base` is null where the plan states none. */
  readonly meterText: (p: { readonly latest: string; readonly base: string | null; readonly target: string }) => string;
  readonly meterTextBaseOnly: (p: { readonly base: string; readonly target: string }) => string;
  readonly meterNoData: (p: { readonly name: string; readonly target: string }) => string;
  readonly progressSuffix: (p: { readonly percent: string }) => string;
  /** A provisional status after the meter's words (`text`: `provisionalLabel`'s words). */
  readonly provisionalSuffix: (p: { readonly text: string }) => string;
  readonly markBase: string;
  readonly markCurrent: string;
  readonly markTarget: string;

  // Charts (qd-trend-chart, qd-share-chart).
  readonly tabs: string;
  readonly tabChart: string;
  readonly tabTable: string;
  readonly points: (p: { readonly name: string }) => string;
  readonly point: (p: { readonly year: number; readonly value: string; readonly source: string }) => string;
  readonly pointBase: (p: { readonly year: number; readonly value: string; readonly source: string }) => string;
  readonly pointPart: (p: {
    readonly year: number;
    readonly period: string;
    readonly value: string;
    readonly source: string;
  }) => string;
  readonly pointYoy: (p: { readonly year: number; readonly value: string; readonly source: string }) => string;
  readonly kindBound: string;
  readonly kindPart: string;
  readonly kindYoy: string;
  readonly legendBound: string;
  readonly legendPart: string;
  readonly legendYoy: string;
  readonly legendRequired: string;
  readonly legendReference: string;
  readonly legendProjection: string;
  readonly targetMark: (p: { readonly target: string }) => string;
  readonly summaryFromTo: (p: {
    readonly name: string;
    readonly base: string;
    readonly baseYear: number;
    readonly latest: string;
    readonly year: number;
  }) => string;
  readonly summaryBaseOnly: (p: { readonly name: string; readonly base: string; readonly baseYear: number }) => string;
  readonly summaryLatestOnly: (p: { readonly name: string; readonly latest: string; readonly year: number }) => string;
  readonly summaryNone: (p: { readonly name: string }) => string;
  readonly summaryTail: (p: {
    readonly targetYear: number;
    readonly target: string;
    readonly status: string;
  }) => string;
  readonly chartNoData: (p: { readonly baseYear: number }) => string;
  readonly chartNoBase: string;
  readonly rateNote: string;
  readonly colYear: string;
  readonly colValue: string;
  readonly colKind: string;
  readonly colSource: string;
  readonly colIndicator: string;
  readonly sourcesTarget: string;
  readonly shareOf: (p: { readonly whole: string }) => string;
  readonly shareWhole: (p: { readonly whole: string }) => string;
  readonly shareNoWhole: string;
  readonly compositionNote: string;
  readonly shareNoData: string;
  /** One share's summary (without its end): the parts, or that there is no observation yet. */
  readonly shareSummary: (p: { readonly name: string; readonly parts: readonly string[] }) => string;
  readonly sharePart: (p: { readonly label: string; readonly value: string }) => string;
  readonly barBase: (p: { readonly year: number }) => string;
  readonly barLatest: (p: { readonly year: number }) => string;
  readonly compositionSummary: (p: { readonly whole: string; readonly parts: readonly string[] }) => string;
  readonly compositionPart: (p: { readonly name: string; readonly value: string; readonly year: number }) => string;
  readonly compositionPartNoData: (p: { readonly name: string }) => string;

  // qd-target-table.
  readonly colName: string;
  readonly colTarget: string;
  readonly colLatest: string;
  readonly tableCaptionAll: (p: { readonly year: number }) => string;
  readonly tableCaptionScope: (p: { readonly scope: string; readonly year: number }) => string;
  readonly tableEmpty: string;
  /** What an empty cell says to assistive technology. */
  readonly none: string;
  readonly requiredShortRate: (p: { readonly rate: string; readonly year: number }) => string;
  readonly requiredShortMet: string;
  readonly requiredShortNotApplicable: string;
  readonly latestInPeriod: (p: { readonly value: string; readonly year: number; readonly period: string }) => string;
  readonly evidence: string;
  readonly evidenceNone: string;
  /** The start of the CSV file's name. */
  readonly scrollHint: string;

  // qd-plan-dashboard.
  readonly dashTitle: string;
  readonly dashAsOf: (p: { readonly year: number }) => string;
  readonly countEarly: (p: { readonly n: number }) => string;
  readonly countBehind: string;
  readonly countNoData: string;
  /** How many of the not-assessable targets have a provisional status: its own sentence on the tile. */
  readonly countProvisional: (p: { readonly n: number }) => string;
  readonly countUnit: (p: { readonly n: number }) => string;
  /** The scorecard's sentence: "As of 2025, of the 19 targets, …." from its non-empty clauses. */
  readonly summarySentence: (p: {
    readonly year: number;
    readonly total: number;
    readonly clauses: readonly string[];
  }) => string;
  readonly summaryAchieved: (p: { readonly n: number }) => string;
  /** How many of the achieved targets were achieved early (`early` > 0). */
  readonly summaryEarly: (p: { readonly early: number; readonly achieved: number }) => string;
  readonly summaryOnTrack: (p: { readonly n: number }) => string;
  readonly summaryBehind: (p: { readonly n: number }) => string;
  readonly summaryNotAchieved: (p: { readonly n: number }) => string;
  readonly summaryNoData: (p: { readonly n: number }) => string;
  readonly summaryOther: (p: { readonly n: number }) => string;
  /** A sentence after the summary: how many not-assessable targets have a provisional status, not counted. */
  readonly summaryProvisional: (p: { readonly n: number }) => string;
  readonly filters: string;
  readonly filterDimension: string;
  readonly filterIndustry: string;
  readonly filterStatus: string;
  readonly filterAll: string;
  readonly filterClear: string;
  /** The heading of the goal dimensions, with how many the plan has. */
  readonly groupDimensions: (p: { readonly count: number }) => string;
  /** The heading of the industries, with how many the plan has. */
  readonly groupIndustries: (p: { readonly count: number }) => string;
  /** The group of targets that belong to no dimension and no industry. */
  readonly groupOther: string;
  readonly groupProducer: string;
  readonly groupConsumer: string;
  readonly groupEmpty: string;
  readonly shownCount: (p: { readonly n: number }) => string;
  readonly noMatch: string;
}

/** The keys of the catalog's texts without parameters (for tables of keys, e.g. a legend's entries). */
export type PlainKey = {
  [K in keyof Catalog]: Catalog[K] extends string ? (K extends 'lang' ? never : K) : never;
}[keyof Catalog];
