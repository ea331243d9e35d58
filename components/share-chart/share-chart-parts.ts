/**
 * The pieces of `<qd-share-chart>`: part-of-whole bars (the whole is the full
 * track, 100%; the part is the fill, placed by a d3 linear scale), the summary
 * sentence, the table and sources views, and the CSV rows. Numbers are the
 * plan's and the observations' own shares, formatted by `format.ts`.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { scaleLinear } from 'd3-scale';
import { formatBounded, formatTarget, formatValue, statusLabel } from '../views/format.js';
import type { Catalog } from '../i18n/catalog.js';
import { citeObservation } from '../views/cite.js';
import type { CsvCell } from '../render/download.js';
import { safeHttpUrl } from '../render/url.js';
import { renderMethod } from '../render/status.js';
import type { ShareBar, ShareSeries } from '../views/share-view.js';

const nameOf = (s: ShareSeries, c: Catalog): string => c.name(s.indicator.name);

/** The whole's name ("服务业增加值"), or null where the plan names none. */
export const wholeName = (s: ShareSeries, c: Catalog): string | null => (s.whole ? c.name(s.whole.name) : null);

/** A bar's label: "2020年基期值", "2025年目标" / "Base, 2020", "Target for 2025". */
export function barLabel(b: ShareBar, c: Catalog): string {
  const text =
    b.kind === 'base' ? c.barBase : b.kind === 'latest' ? c.barLatest : b.kind === 'target' ? c.targetYear : c.yearOf;
  return text({ year: b.year });
}

/** A bar's value in words: "53.7%", "约55%", "at least 6%". */
export function barValue(s: ShareSeries, b: ShareBar, c: Catalog): string {
  const lang = c.lang;
  const unit = s.indicator.unit;
  if (b.kind === 'target' && s.target) return formatTarget(s.target, { locale: lang });
  return b.bound === 'exact'
    ? formatValue(b.value, unit, { locale: lang })
    : formatBounded(b.value, unit, b.bound as 'at_least' | 'more_than', lang);
}

/** The source of a bar in words. */
export function barSource(s: ShareSeries, b: ShareBar, c: Catalog): string {
  if (b.observation) return citeObservation(b.observation, c);
  return s.target ? c.planSection({ section: s.target.source.section, document: s.view?.sourceDocument }) : '';
}

const x = scaleLinear().domain([0, 100]).range([0, 100]).clamp(true);

/** One bar: the whole (track, 100%) and the part (fill). Decorative: its label and value are text beside it. */
function bar(b: ShareBar): TemplateResult {
  return html`<svg class="bar" viewBox="0 0 100 16" preserveAspectRatio="none" width="100%" height="16" aria-hidden="true" focusable="false"><rect
    class="whole" x="0" y="1" width="100" height="14"></rect><rect class="part part-${b.kind}" x="0" y="1" width=${x(b.value)} height="14"></rect>${
      b.kind === 'target'
        ? svg`<line class="target-edge" x1=${x(b.value)} x2=${x(b.value)} y1="0" y2="16"></line>`
        : nothing
    }</svg>`;
}

/** The bars of one series, as a list of label, bar and value. */
export function renderBars(s: ShareSeries, c: Catalog): TemplateResult {
  if (!s.bars.length) return html`<p class="note" part="note">${c.shareNoData}</p>`;
  return html`<ul class="bars" part="bars">${s.bars.map(
    (b) => html`<li class="bar-row bar-${b.kind}"><span class="bar-label">${barLabel(b, c)}</span>${bar(b)}<span
    class="bar-value">${barValue(s, b, c)}</span></li>`,
  )}</ul>${s.bars.every((b) => b.kind === 'target') ? html`<p class="note" part="note">${c.shareNoData}</p>` : nothing}`;
}

/** The scale under the bars: 0%, 50%, 100% of the whole. */
export function renderScale(s: ShareSeries, c: Catalog): TemplateResult {
  const f = (v: number) => formatValue(v, s.indicator.unit, { locale: c.lang });
  // Laid out like a bar row, so that 0-100% sits exactly under the bars' track.
  return html`<div class="scale-row" aria-hidden="true"><span></span><div class="scale"><span>${f(0)}</span><span>${f(50)}</span><span>${f(100)}</span></div><span></span></div>`;
}

/** The summary of one share: "…：2020年基期值为53.7%；2025年目标约55%；状态：无法评估。" */
export function shareSummary(s: ShareSeries, c: Catalog): string {
  const parts = s.bars
    .filter((b) => b.kind !== 'target')
    .map((b) => c.sharePart({ label: barLabel(b, c), value: barValue(s, b, c) }));
  const head = c.shareSummary({ name: nameOf(s, c), parts });
  if (!s.target || !s.view) return head + c.fullStop;
  const a = s.view.assessment;
  return (
    head +
    c.summaryTail({
      targetYear: s.target.targetYear,
      target: formatTarget(s.target, { locale: c.lang }),
      status: statusLabel(a.status, c.lang, a.achievedEarly),
    })
  );
}

/** The summary of a composition: "服务业增加值中：…。" */
export function compositionSummary(list: readonly ShareSeries[], c: Catalog): string {
  const parts = list.map((s) => {
    const b = [...s.bars].reverse().find((x) => x.kind !== 'target');
    return b
      ? c.compositionPart({ name: nameOf(s, c), value: barValue(s, b, c), year: b.year })
      : c.compositionPartNoData({ name: nameOf(s, c) });
  });
  return c.compositionSummary({ whole: (list[0] && wholeName(list[0], c)) ?? '', parts });
}

const KIND: Record<ShareBar['kind'], 'baseValue' | 'target' | 'latest' | 'observed'> = {
  base: 'baseValue',
  target: 'target',
  latest: 'latest',
  observed: 'observed',
};

/** The table view: one row per bar (with the indicator's name in a composition). */
export function renderShareTable(list: readonly ShareSeries[], c: Catalog, caption: string): TemplateResult {
  const many = list.length > 1;
  return html`<div class="table-wrap"><table class="data-table" part="table"><caption class="visually-hidden">${caption}</caption><thead><tr>${
    many ? html`<th scope="col">${c.colIndicator}</th>` : nothing
  }<th scope="col">${c.colYear}</th><th scope="col">${c.colKind}</th><th
    scope="col">${c.colValue}</th><th scope="col">${c.colSource}</th></tr></thead><tbody>${list.flatMap((s) =>
      s.bars.map(
        (b) =>
          html`<tr>${many ? html`<td>${nameOf(s, c)}</td>` : nothing}<th scope="row">${c.yearOf({ year: b.year })}</th><td>${c[KIND[b.kind]]}</td><td
      class="num">${barValue(s, b, c)}</td><td>${barSource(s, b, c)}</td></tr>`,
      ),
    )}</tbody></table></div>`;
}

/** The sources view: each target's plan quote and each observation's publisher, date and link. */
export function renderShareSources(list: readonly ShareSeries[], c: Catalog): TemplateResult {
  const items = list.flatMap((s) => [
    ...(s.target
      ? [
          html`<li><p><strong>${nameOf(s, c)}</strong> · ${c.sourcesTarget}</p><p>${c.planQuote({ section: s.target.source.section, document: s.view?.sourceDocument })}<q lang="zh-CN">${s.target.source.quote}</q></p></li>`,
        ]
      : []),
    ...s.bars.flatMap((b) => {
      const o = b.observation;
      if (!o) return [];
      const url = safeHttpUrl(o.url);
      const quote = o.vintage === 'plan' && o.source ? html`<q lang="zh-CN">${o.source.quote}</q>` : nothing;
      return [
        html`<li><p>${nameOf(s, c)} · ${c.valueInYear({ value: citeObservation(o, c), year: o.year })}</p>${quote === nothing ? nothing : html`<p>${quote}</p>`}${
          url ? html`<p><a href=${url} target="_blank" rel="noopener noreferrer">${c.openSource}</a></p>` : nothing
        }</li>`,
      ];
    }),
  ]);
  // The method that judged the statuses, where a share has a target (the preset of its assessment).
  const preset = list.find((s) => s.view)?.view?.assessment.preset;
  return html`<ul class="source-list" part="sources">${items}${preset ? html`<li>${renderMethod(preset, c)}</li>` : nothing}</ul>`;
}

/** The CSV header of the data download. */
export const SHARE_CSV_HEADER = [
  'indicator',
  'whole',
  'year',
  'kind',
  'value',
  'bound',
  'unit',
  'publisher',
  'published',
  'url',
  'plan_section',
] as const;

/** The CSV rows: raw shares, one per bar. */
export function shareCsvRows(list: readonly ShareSeries[]): CsvCell[][] {
  return list.flatMap((s) =>
    s.bars.map((b): CsvCell[] => {
      const o = b.observation;
      const section = o?.source?.section ?? (b.kind === 'target' ? s.target?.source.section : '') ?? '';
      return [
        s.indicator.id,
        s.whole?.indicator ?? s.whole?.name.en ?? '',
        b.year,
        b.kind,
        b.value,
        b.bound,
        s.indicator.unit,
        o?.publisher ?? '',
        o?.published ?? '',
        o?.url ?? '',
        section,
      ];
    }),
  );
}
