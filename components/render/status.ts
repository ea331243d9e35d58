/**
 * How every widget shows a provisional status and the method behind its statuses.
 *
 * A provisional status (`assessment.provisional`: at the target year without a target-year figure, the status the
 * latest full-year figure gives) is never shown as a verdict: it sits beside the verdict (无法评估 / Not
 * assessable) in a dashed outline, in regular weight, with an hourglass icon, and reads in the library's words
 * (`provisionalLabel`, also the command line's): "暂判：滞后预期（据2024年数据，2025年数据尚未发布）",
 * "provisional: needs acceleration as of 2024 (the 2025 figure is not published yet)".
 *
 * The method line names the preset that judged the statuses ("Eurostat growth ratio (eurostat)") and the method
 * document it follows (`presetLabel`, `presetDocument`), for the widgets' sources views.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Provisional } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { presetDocument, presetLabel, provisionalLabel } from '../views/format.js';

/** What a provisional status needs: an assessment or a scorecard entry's reading and the target year. */
export interface ProvisionalOf {
  readonly provisional: Provisional | null;
  readonly targetYear: number;
}

/** The words of a provisional status (the library's, so the CLI, the CSV and the widgets say the same), or ''. */
export const provisionalText = (a: ProvisionalOf, c: Catalog): string =>
  a.provisional ? provisionalLabel(a.provisional, c.lang, a.targetYear) : '';

// An hourglass: waiting for the target-year figure. Decorative: the text says "provisional".
const hourglass = html`<svg class="icon" part="provisional-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path d="M5 2.5h10M5 17.5h10M6.5 2.5c0 4 7 5 7 7.5s-7 3.5-7 7.5M13.5 2.5c0 4-7 5-7 7.5s7 3.5 7 7.5" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/><path d="M8 16.2h4l-2-2.4z" fill="currentColor"/></svg>`;

/**
 * The provisional status of `a` (`part="provisional"`, dashed outline, hourglass icon, its words), or nothing
 * where it has none. Put it beside the verdict, never in its place.
 */
export function renderProvisional(a: ProvisionalOf, c: Catalog): TemplateResult | typeof nothing {
  const text = provisionalText(a, c);
  if (!text) return nothing;
  return html`<span class="provisional provisional-${a.provisional!.status}" part="provisional">${hourglass}<span class="provisional-text">${text}</span></span>`;
}

/** The method line of a sources view: the preset by name and code, and the method document it follows. */
export function renderMethod(preset: string, c: Catalog): TemplateResult {
  const document = presetDocument(preset, c.lang);
  return html`<div class="method" part="method"><p><span class="source-label">${c.method}</span>${c.colon}${presetLabel(preset, c.lang)}</p>${
    document ? html`<p class="method-document">${c.methodDocument({ title: document })}</p>` : nothing
  }</div>`;
}

/** Styles of a provisional status and the method line (include after `baseStyles`). */
export const statusStyles: CSSResult = css`
  .provisional {
    display: inline-flex;
    align-items: center;
    gap: var(--qd-space-1);
    padding: 0.0625em 0.5em;
    border: 1.5px dashed currentColor;
    border-radius: var(--qd-radius);
    font-weight: 400;
    font-size: var(--qd-font-size-small);
    color: var(--qd-color-text);
    max-inline-size: 100%;
    margin-block: 0.125em;
    justify-self: start;
  }
  .provisional-line {
    margin: var(--qd-space-1) 0 0;
  }
  .provisional .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
    color: var(--qd-color-muted);
  }
  .provisional-text {
    display: inline-block;
  }
  .provisional-text::first-letter {
    text-transform: uppercase;
  }
  .method p {
    margin: 0;
  }
  .head .method {
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  @media (forced-colors: active) {
    .provisional,
    .provisional .icon {
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
