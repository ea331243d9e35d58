/**
 * The sources of one row of `<qd-target-table>`, in a `<details>` element
 * beside its status: the plan's section and quote of the target, and each
 * observation the status rests on with its publisher, date and a link
 * (http(s) only, bound as an attribute; text always bound as text).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang, Observation } from '../../src/core.js';
import { formatDate } from '../views/format.js';
import type { PlanRow } from '../views/scorecard-view.js';
import { t } from '../i18n/strings.js';
import { safeHttpUrl } from '../render/url.js';
import { tp } from '../i18n/strings-plan.js';

function observationItem(o: Observation, lang: Lang): TemplateResult {
  if (o.vintage === 'plan' && o.source) {
    return html`<li>${t(lang, 'planQuote', { section: o.source.section })}<q lang="zh-CN">${o.source.quote}</q></li>`;
  }
  const text = o.published
    ? t(lang, 'publishedOn', { publisher: o.publisher, date: formatDate(o.published, lang) })
    : t(lang, 'publishedUndated', { publisher: o.publisher });
  const url = safeHttpUrl(o.url);
  return html`<li>
    <span>${t(lang, 'yearOf', { year: o.year })}${lang === 'en' ? ': ' : '：'}${text}</span>${o.origin === 'user' ? html` <span class="sub">(${t(lang, 'userData')})</span>` : nothing}
    ${url ? html` <a href=${url} target="_blank" rel="noopener noreferrer">${t(lang, 'openSource')}</a>` : nothing}
  </li>`;
}

/** The `<details>` with the sources of a row (`name` names it for assistive technology). */
export function renderSources(row: PlanRow, name: string, lang: Lang): TemplateResult {
  const s = row.entry.target.source;
  const evidence = row.entry.evidence;
  return html`<details class="sources" part="sources">
    <summary>${tp(lang, 'sources')}<span class="visually-hidden">${lang === 'en' ? ': ' : '：'}${name}</span></summary>
    <p>${t(lang, 'planQuote', { section: s.section })}<q lang="zh-CN">${s.quote}</q></p>
    <p class="sub">${tp(lang, 'evidence')}</p>
    ${evidence.length ? html`<ul>${evidence.map((o) => observationItem(o, lang))}</ul>` : html`<p>${tp(lang, 'evidenceNone')}</p>`}
  </details>`;
}
