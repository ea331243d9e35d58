/**
 * The table and sources views of `<qd-trend-chart>`: the rows of the table view (from trend-chart-text.ts) and the
 * target's quote, the observations drawn (each once) with their sources, and the method line.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import { renderMethod } from '../render/status.js';
import { safeHttpUrl } from '../render/url.js';
import { citeObservation } from '../views/cite.js';
import type { TargetView } from '../views/target-view.js';
import type { TrendModel } from '../views/trend-series.js';
import { tableLines } from './trend-chart-text.js';

/** The table view: a row per point. */
export function tablePanel(v: TargetView, m: TrendModel, c: Catalog): TemplateResult {
  const rows = tableLines(v, m, c);
  return html`<div class="table-wrap"><table class="data-table" part="table"><caption class="visually-hidden">${c.name(v.target.name)}</caption><thead><tr><th
    scope="col">${c.colYear}</th><th scope="col">${c.colValue}</th><th scope="col">${c.colKind}</th><th scope="col">${c.colSource}</th></tr></thead><tbody>${rows.map(
      (r) =>
        html`<tr><th scope="row">${r.year}</th><td class="num">${r.value}</td><td>${r.kind}</td><td>${r.source}</td></tr>`,
    )}</tbody></table></div>`;
}

/** The sources view: the target's quote, each observation drawn (once), the method. */
export function sourcesPanel(v: TargetView, m: TrendModel, c: Catalog): TemplateResult {
  const s = v.target.source;
  const seen = new Set(
    m.points.flatMap((p) => (p.observation && p.observation.vintage !== 'plan' ? [p.observation] : [])),
  );
  return html`<ul class="source-list" part="sources"><li><p><strong>${c.sourcesTarget}</strong></p><p>${c.planQuote({ section: s.section, document: v.sourceDocument })}<q lang="zh-CN">${s.quote}</q></p></li>${[
    ...seen,
  ].map((o) => {
    const url = safeHttpUrl(o.url);
    return html`<li><p>${c.valueInYear({ value: citeObservation(o, c), year: o.year })}</p>${o.note ? html`<p>${o.note}</p>` : nothing}${
      url ? html`<p><a href=${url} target="_blank" rel="noopener noreferrer">${c.openSource}</a></p>` : nothing
    }</li>`;
  })}<li>${renderMethod(v.assessment.preset, c)}</li></ul>`;
}
