/**
 * The widgets' texts in English. Loaded on demand by `loadCatalog('en')` (load.ts).
 */
import type { Text } from '../../src/base-entry.js';
import type { Catalog } from './catalog.js';
import { count } from './count.js';

/** A count in words' company: grouped by Intl (a non-number, from a malformed error, is shown as it is). */
const n = (v: number): string => count('en', v);

// Built on first use: loading the catalog constructs no Intl object (a page's first costs the most).
let plurals: Intl.PluralRules | undefined;
/** `one` or `other` as English grammar wants for `count`. */
const plural = (count: number, one: string, other: string): string =>
  (plurals ??= new Intl.PluralRules('en')).select(count) === 'one' ? one : other;

let lists: Intl.ListFormat | undefined;
const list = {
  format: (items: Iterable<string>): string =>
    (lists ??= new Intl.ListFormat('en', { type: 'conjunction' })).format(items),
};

const planSection = ({ section, document }: { readonly section: string; readonly document?: Text | null }) =>
  document ? `${document.en}, ${section}` : `Plan, section ${section}`;

export const catalog: Catalog = {
  lang: 'en',
  name: (x) => x.en,
  colon: ': ',
  fullStop: '.',
  problems: {
    missing_indicator:
      'No indicator or target given: set the indicator attribute (e.g. indicator="services-trade") or the target attribute.',
    unknown_id: ({ id, suggestions }) => `Unknown indicator “${id}”. Did you mean: ${suggestions}?`,
    no_target: ({ id }) => `The plan sets no target for indicator “${id}”.`,
    invalid_argument: ({ detail }) => `Invalid input: ${detail}`,
    as_of_range: ({ value, min, max }) => `as-of must be a year from ${min} to ${max}; got “${value}”.`,
    unsupported_lang: ({ value }) => `Unsupported language “${value}”; showing Chinese. Supported: zh-CN, en.`,
    unsupported_theme: ({ value }) => `Unsupported theme “${value}”; using auto. Supported: auto, light, dark.`,
    src_http: ({ status, url }) => `Could not load the data file (HTTP ${status}): ${url}`,
    src_network: ({ url }) => `Could not load the data file: ${url}`,
    src_timeout: ({ seconds, url }) => `The data file took longer than ${n(seconds)} s to load: ${url}`,
    src_parse: ({ url }) => `The data file is neither valid JSON nor CSV: ${url}`,
    src_invalid: ({ detail }) => `The data file does not follow the published observations schema: ${detail}`,
    src_rows_invalid: ({ count }) => `${n(count)} invalid row(s) in the data file were ignored.`,
    invalid_observations: 'The observations property must be an array of observations.',
    observations_rows_invalid: ({ count }) =>
      `${n(count)} issue(s) in the observations property; those observations were ignored.`,
    src_invalid_plan: ({ count, first }) => `The plan in the data file has ${n(count)} problem(s); the first: ${first}`,
    target_indicator_mismatch: ({ id, detail }) =>
      `Target ${id} belongs to the indicator ${detail}, not to the indicator attribute: remove indicator or give a target of it.`,
    plan_src_not_plan: ({ url }) => `The file given to <qd-plan> holds observations, not a plan: ${url}`,
    parser_load: "Could not load the data parser (parse.js): serve the library's files together.",
    bundle_load: "Could not load the bundled data: serve the library's files together.",
    catalog_load:
      "Could not load the texts of the language asked for; still showing English. Serve the library's files together.",
    table_rows_invalid: ({ count }) =>
      `${n(count)} table row(s) could not be read (two columns are expected: year, value) and were ignored.`,
    calc_failed: ({ detail }) => `The progress of this target cannot be computed: ${detail}`,
    unexpected: ({ detail }) => `Unexpected error: ${detail}`,
    not_a_share: ({ id }) =>
      `Indicator “${id}” is not a share, so it cannot be shown in a share chart; use qd-trend-chart instead.`,
    share_whole_mismatch: ({ detail }) => `These indicators are not shares of one whole: ${detail}`,
    unknown_dimension: ({ id, suggestions }) => `Unknown goal dimension “${id}”. Did you mean: ${suggestions}?`,
    unknown_industry: ({ id, suggestions }) => `Unknown industry “${id}”. Did you mean: ${suggestions}?`,
    scope_conflict: 'Set either dimension or industry, not both.',
  },

  loading: 'Loading data…',
  downloadCsv: 'Download CSV',
  downloadSvg: 'Download SVG',

  latest: 'Latest',
  baseValue: 'Base',
  target: 'Target',
  observed: 'Observed',
  noObservation: 'No observation yet',
  status: 'Status',
  yearOf: ({ year }) => `${year}`,
  targetYear: ({ year }) => `Target for ${year}`,
  valueInYear: ({ value, year }) => `${value} (${year})`,
  yearPeriod: ({ year, period }) => `${year} ${period}`,
  periodQ1: 'Q1',
  periodH1: 'H1',
  periodQ1Q3: 'Q1–Q3',
  periodTo: ({ date }) => `to ${date}`,
  baseOnly: ({ baseYear }) => `No observation since ${baseYear} yet; this is the base value.`,
  asOfNote: ({ year }) => `as of ${year}`,
  source: 'Source',
  sources: 'Sources',
  planSection,
  planQuote: (p) => `${planSection(p)}: `,
  published: ({ publisher, date }) => (date ? `${publisher}, published ${date}` : publisher),
  openSource: 'View source',
  latestSource: 'Latest value from',
  readingNote: 'How the plan is read:',
  userData: 'this site’s data',
  tableData: 'table on this page',
  method: 'Method',
  methodDocument: 'Method document',

  required: 'Annual growth still required',
  requiredFromLatest: ({ year }) => `a year from ${year}`,
  requiredFromBase: ({ year }) => `a year from the ${year} base`,
  requiredMet: 'Target met; no further growth required',
  requiredNotApplicable: 'Not applicable (this target is not measured by annual growth)',
  requiredUnavailable: 'Cannot be computed',

  meterName: ({ name }) => `${name}: progress`,
  meterText: ({ latest, base, target }) =>
    base ? `latest ${latest}, base ${base}, target ${target}` : `latest ${latest}, target ${target}`,
  meterTextBaseOnly: ({ base, target }) => `no observation yet; base ${base}, target ${target}`,
  meterNoData: ({ name, target }) => `${name}: no observation yet, target ${target}`,
  progressSuffix: ({ percent }) => `; ${percent} of the distance from base to target covered`,
  provisionalSuffix: ({ text }) => `; ${text}`,
  markBase: 'Base:',
  markCurrent: 'Latest:',
  markTarget: 'Target:',

  tabs: 'Views',
  tabChart: 'Chart',
  tabTable: 'Table',
  points: ({ name }) => `${name}: data points; arrow keys to move, Enter to select`,
  point: ({ year, value, source }) => `${year}: ${value} (${source})`,
  pointBase: ({ year, value, source }) => `${year} (base): ${value} (${source})`,
  pointPart: ({ year, period, value, source }) => `${year} ${period}: ${value} (${source})`,
  pointYoy: ({ year, value, source }) => `${year} year-on-year growth: ${value} (${source})`,
  kindBound: 'Lower bound',
  kindPart: 'Part-year',
  kindYoy: 'Year-on-year growth',
  legendBound: 'Lower bound (at least / more than)',
  legendPart: 'Part-year figure',
  legendYoy: 'Year-on-year growth',
  legendRequired: 'Path required to reach the target',
  legendReference: 'Target (reference line)',
  legendProjection: 'Projection at the observed rate',
  targetMark: ({ target }) => `Target: ${target}`,
  summaryFromTo: ({ name, base, baseYear, latest, year }) =>
    `${name} went from ${base} in ${baseYear} to ${latest} in ${year}`,
  summaryBaseOnly: ({ name, base, baseYear }) => `${name} was ${base} in ${baseYear}, with no data since`,
  summaryLatestOnly: ({ name, latest, year }) => `${name} was ${latest} in ${year}`,
  summaryNone: ({ name }) => `No observation yet for ${name}`,
  summaryTail: ({ targetYear, target, status }) => `; target for ${targetYear}: ${target}; status: ${status}.`,
  chartNoData: ({ baseYear }) => `No data after ${baseYear} yet.`,
  chartNoBase: 'The plan gives no base value, so no required path is drawn.',
  rateNote:
    'This target is a growth rate: the chart shows observed growth rates (%), with the target as a reference line.',
  colYear: 'Year',
  colValue: 'Value',
  colKind: 'Kind',
  colSource: 'Source',
  colIndicator: 'Indicator',
  sourcesTarget: 'Source of the target',
  shareOf: ({ whole }) => `Share of ${whole}`,
  shareWhole: ({ whole }) => `Whole: ${whole} = 100%`,
  shareNoWhole: 'The plan does not name the whole of this share',
  compositionNote: 'The parts may overlap and do not add up.',
  shareNoData: 'No observation yet.',
  shareSummary: ({ name, parts }) => `${name}: ${parts.length ? parts.join(', ') : 'No observation yet'}`,
  sharePart: ({ label, value }) => `${value} (${label})`,
  barBase: ({ year }) => `Base, ${year}`,
  barLatest: ({ year }) => `Latest, ${year}`,
  compositionSummary: ({ whole, parts }) => `Of ${whole}: ${parts.join('; ')}.`,
  compositionPart: ({ name, value, year }) => `${name} ${value} (${year})`,
  compositionPartNoData: ({ name }) => `${name}: no data yet`,

  colName: 'Target',
  colTarget: 'Target value',
  colLatest: 'Latest observation',
  tableCaptionAll: ({ year }) => `All targets of the plan (as of ${year})`,
  tableCaptionScope: ({ scope, year }) => `Targets: ${scope} (as of ${year})`,
  tableEmpty: 'No targets match.',
  none: 'none',
  requiredShortRate: ({ rate, year }) => `${rate} (from ${year})`,
  requiredShortMet: 'Target met',
  requiredShortNotApplicable: 'Not applicable',
  latestInPeriod: ({ value, year, period }) => `${value} (${year}, ${period})`,
  evidence: 'Evidence',
  evidenceNone: 'No observation has been used for the assessment yet.',
  scrollHint: 'Scroll the table sideways to see the other columns.',

  dashTitle: 'Progress on the plan’s targets',
  dashAsOf: ({ year }) => `as of ${year}`,
  countEarly: (p) => `${n(p.n)} of them early`,
  countBehind: 'Behind schedule',
  countNoData: 'No data; not a failure',
  countProvisional: (p) => `${n(p.n)} of them ${plural(p.n, 'has', 'have')} a provisional status.`,
  countUnit: (p) => n(p.n),
  summarySentence: ({ year, total, clauses }) => `As of ${year}, of the ${n(total)} targets, ${list.format(clauses)}.`,
  summaryAchieved: (p) => `${n(p.n)} ${plural(p.n, 'has', 'have')} been achieved`,
  summaryEarly: ({ early, achieved }) =>
    early < achieved
      ? ` (${n(early)} of them early)`
      : early === 1
        ? ' (early)'
        : early === 2
          ? ' (both early)'
          : ' (all early)',
  summaryOnTrack: (p) => `${n(p.n)} ${plural(p.n, 'is', 'are')} on track`,
  summaryBehind: (p) => `${n(p.n)} ${plural(p.n, 'is', 'are')} behind schedule`,
  summaryNotAchieved: (p) => `${n(p.n)} ${plural(p.n, 'has', 'have')} not been achieved`,
  summaryNoData: (p) => `${n(p.n)} cannot be assessed for lack of data`,
  summaryOther: (p) => `${n(p.n)} cannot be assessed for other reasons`,
  summaryProvisional: (p) =>
    `Of the targets not assessed, ${n(p.n)} ${plural(p.n, 'has', 'have')} a provisional status from earlier data, not counted above.`,
  filters: 'Filter',
  filterDimension: 'Goal dimension',
  filterIndustry: 'Industry',
  filterStatus: 'Status',
  filterAll: 'All',
  filterClear: 'Clear filters',
  groupDimensions: ({ count }) => `Goals by dimension (${n(count)} dimension${count === 1 ? '' : 's'})`,
  groupIndustries: ({ count }) => `Targets by industry (${n(count)} industr${count === 1 ? 'y' : 'ies'})`,
  groupOther: 'Other targets',
  groupProducer: 'Producer services',
  groupConsumer: 'Consumer services',
  groupEmpty: 'No quantified target here.',
  shownCount: (p) => `Showing ${n(p.n)} ${plural(p.n, 'target', 'targets')}`,
  noMatch: 'No target matches the filters.',
};
