/**
 * The pieces of `<qd-share-chart>`: part-of-whole bars (the whole is the full
 * track, 100%; the part is the fill, placed by a d3 linear scale), the summary
 * sentence, the table and sources views, and the CSV rows. Numbers are the
 * plan's and the observations' own shares, formatted by `format.ts`.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { scaleLinear } from 'd3-scale';
import type { Lang } from '../../src/core.js';
import { formatBounded, formatTarget, formatValue, statusLabel } from '../views/format.js';
import { t } from '../i18n/strings.js';
import { citeObservation } from '../views/cite.js';
import type { CsvCell } from '../render/download.js';
import { safeHttpUrl } from '../render/url.js';
import type { ShareBar, ShareSeries } from '../views/share-view.js';

const nameOf = (s: ShareSeries, lang: Lang): string => (lang === 'en' ? s.indicator.name.en : s.indicator.name.zh);

/** The whole's name ("服务业增加值"), or null where the plan names none. */
export const wholeName = (s: ShareSeries, lang: Lang): string | null =>
  s.whole ? (lang === 'en' ? s.whole.name.en : s.whole.name.zh) : null;

/** A bar's label: "2020年基期值", "2025年目标" / "Base, 2020", "Target for 2025". */
export function barLabel(b: ShareBar, lang: Lang): string {
  const year = b.year;
  return t(
    lang,
    b.kind === 'base'
      ? 'chBarBase'
      : b.kind === 'latest'
        ? 'chBarLatest'
        : b.kind === 'target'
          ? 'targetYear'
          : 'chBarObserved',
    { year },
  );
}

/** A bar's value in words: "53.7%", "约55%", "at least 6%". */
export function barValue(s: ShareSeries, b: ShareBar, lang: Lang): string {
  const unit = s.indicator.unit;
  if (b.kind === 'target' && s.target) return formatTarget(s.target, { locale: lang });
  return b.bound === 'exact'
    ? formatValue(b.value, unit, { locale: lang })
    : formatBounded(b.value, unit, b.bound as 'at_least' | 'more_than', lang);
}

/** The source of a bar in words. */
export function barSource(s: ShareSeries, b: ShareBar, lang: Lang): string {
  if (b.observation) return citeObservation(b.observation, lang);
  return s.target ? t(lang, 'planSection', { section: s.target.source.section }) : '';
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
export function renderBars(s: ShareSeries, lang: Lang): TemplateResult {
  if (!s.bars.length) return html`<p class="note" part="note">${t(lang, 'chShareNoData')}</p>`;
  return html`<ul class="bars" part="bars">${s.bars.map(
    (b) => html`<li class="bar-row bar-${b.kind}"><span class="bar-label">${barLabel(b, lang)}</span>${bar(b)}<span
    class="bar-value">${barValue(s, b, lang)}</span></li>`,
  )}</ul>${s.bars.every((b) => b.kind === 'target') ? html`<p class="note" part="note">${t(lang, 'chShareNoData')}</p>` : nothing}`;
}

/** The scale under the bars: 0%, 50%, 100% of the whole. */
export function renderScale(s: ShareSeries, lang: Lang): TemplateResult {
  const f = (v: number) => formatValue(v, s.indicator.unit, { locale: lang });
  // Laid out like a bar row, so that 0-100% sits exactly under the bars' track.
  return html`<div class="scale-row" aria-hidden="true"><span></span><div class="scale"><span>${f(0)}</span><span>${f(50)}</span><span>${f(100)}</span></div><span></span></div>`;
}

/** The summary of one share: "…：2020年基期值为53.7%；2025年目标约55%；状态：无法评估。" */
export function shareSummary(s: ShareSeries, lang: Lang): string {
  const shown = s.bars.filter((b) => b.kind !== 'target');
  const parts = shown.length
    ? shown
        .map((b) => t(lang, 'chSharePart', { label: barLabel(b, lang), value: barValue(s, b, lang) }))
        .join(lang === 'en' ? ', ' : '，')
    : t(lang, 'chShareNoData').replace(/[。.]$/, '');
  const head = t(lang, 'chShareSummary', { name: nameOf(s, lang), parts });
  if (!s.target || !s.view) return `${head}${lang === 'en' ? '.' : '。'}`;
  const a = s.view.assessment;
  return (
    head +
    t(lang, 'chSummaryTail', {
      targetYear: s.target.targetYear,
      target: formatTarget(s.target, { locale: lang }),
      status: statusLabel(a.status, lang, a.achievedEarly),
    })
  );
}

/** The summary of a composition: "服务业增加值中：…。" */
export function compositionSummary(list: readonly ShareSeries[], lang: Lang): string {
  const parts = list.map((s) => {
    const b = [...s.bars].reverse().find((x) => x.kind !== 'target');
    return b
      ? t(lang, 'chCompositionPart', { name: nameOf(s, lang), value: barValue(s, b, lang), year: b.year })
      : t(lang, 'chCompositionPartNoData', { name: nameOf(s, lang) });
  });
  return t(lang, 'chCompositionSummary', {
    whole: (list[0] && wholeName(list[0], lang)) ?? '',
    parts: parts.join(lang === 'en' ? '; ' : '；'),
  });
}

/** The table view: one row per bar (with the indicator's name in a composition). */
export function renderShareTable(list: readonly ShareSeries[], lang: Lang, caption: string): TemplateResult {
  const many = list.length > 1;
  return html`<div class="table-wrap"><table class="data-table" part="table"><caption class="visually-hidden">${caption}</caption><thead><tr>${
    many ? html`<th scope="col">${t(lang, 'chColIndicator')}</th>` : nothing
  }<th scope="col">${t(lang, 'chColYear')}</th><th scope="col">${t(lang, 'chColKind')}</th><th
    scope="col">${t(lang, 'chColValue')}</th><th scope="col">${t(lang, 'chColSource')}</th></tr></thead><tbody>${list.flatMap(
      (s) =>
        s.bars.map(
          (
            b,
          ) => html`<tr>${many ? html`<td>${nameOf(s, lang)}</td>` : nothing}<th scope="row">${t(lang, 'yearOf', { year: b.year })}</th><td>${t(
            lang,
            b.kind === 'base'
              ? 'chKindBase'
              : b.kind === 'target'
                ? 'chKindTarget'
                : b.kind === 'latest'
                  ? 'chKindLatest'
                  : 'chKindObserved',
          )}</td><td
      class="num">${barValue(s, b, lang)}</td><td>${barSource(s, b, lang)}</td></tr>`,
        ),
    )}</tbody></table></div>`;
}

/** The sources view: each target's plan quote and each observation's publisher, date and link. */
export function renderShareSources(list: readonly ShareSeries[], lang: Lang): TemplateResult {
  const items = list.flatMap((s) => [
    ...(s.target
      ? [
          html`<li><p><strong>${nameOf(s, lang)}</strong> · ${t(lang, 'chSourcesTarget')}</p><p>${t(lang, 'planQuote', { section: s.target.source.section })}<q lang="zh-CN">${s.target.source.quote}</q></p></li>`,
        ]
      : []),
    ...s.bars.flatMap((b) => {
      const o = b.observation;
      if (!o) return [];
      const url = safeHttpUrl(o.url);
      const quote = o.vintage === 'plan' && o.source ? html`<q lang="zh-CN">${o.source.quote}</q>` : nothing;
      return [
        html`<li><p>${nameOf(s, lang)} · ${t(lang, 'valueInYear', { value: citeObservation(o, lang), year: o.year })}</p>${quote === nothing ? nothing : html`<p>${quote}</p>`}${
          url
            ? html`<p><a href=${url} target="_blank" rel="noopener noreferrer">${t(lang, 'openSource')}</a></p>`
            : nothing
        }</li>`,
      ];
    }),
  ]);
  return html`<ul class="source-list" part="sources">${items}</ul>`;
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
