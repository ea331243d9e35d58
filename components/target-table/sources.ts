/**
 * The sources of one row of `<qd-target-table>`, in a `<details>` element
 * beside its status: the plan's section and quote of the target, and each
 * observation the status rests on with its publisher, date and a link
 * (http(s) only, bound as an attribute; text always bound as text), and the method
 * that judged the status (the preset and its method document).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Observation } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { publishedText } from '../views/cite.js';
import type { PlanRow } from '../views/scorecard-view.js';
import { safeHttpUrl } from '../render/url.js';
import { renderMethod } from '../render/status.js';

function observationItem(o: Observation, c: Catalog): TemplateResult {
  if (o.vintage === 'plan' && o.source && !o.source.document) {
    return html`<li>${c.planQuote({ section: o.source.section })}<q lang="zh-CN">${o.source.quote}</q></li>`;
  }
  const url = safeHttpUrl(o.url);
  return html`<li>
    <span>${c.yearOf({ year: o.year })}${c.colon}${publishedText(o, c)}</span>${o.origin === 'user' ? html` <span class="sub">(${c.userData})</span>` : nothing}
    ${url ? html` <a href=${url} target="_blank" rel="noopener noreferrer">${c.openSource}</a>` : nothing}
  </li>`;
}

/** The `<details>` with the sources of a row (`name` names it for assistive technology). */
export function renderSources(row: PlanRow, name: string, c: Catalog): TemplateResult {
  const s = row.entry.target.source;
  const evidence = row.entry.evidence;
  return html`<details class="sources" part="sources">
    <summary>${c.sources}<span class="visually-hidden">${c.colon}${name}</span></summary>
    <p>${c.planQuote({ section: s.section, document: row.view.sourceDocument })}<q lang="zh-CN">${s.quote}</q></p>
    <p class="sub">${c.evidence}</p>
    ${evidence.length ? html`<ul>${evidence.map((o) => observationItem(o, c))}</ul>` : html`<p>${c.evidenceNone}</p>`}
    ${renderMethod(row.entry.assessment.preset, c)}
  </details>`;
}
