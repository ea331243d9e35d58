/**
 * The markup and styles of a provisional status and of the method line, from plain data (strings already
 * formatted), so that a widget painting a precomputed view (target-display.ts) shows them without loading the
 * formatting code. status.ts makes the data from an assessment and a catalog. See status.ts for the rules.
 */
import { css, html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { MethodDisplay, ProvisionalDisplay } from '../views/status-display.js';
import { safeHttpUrl } from './url.js';

// An hourglass: waiting for the target-year figure. Decorative: the text says "provisional".
const hourglass = html`<svg class="icon" part="provisional-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false"><path d="M5 2.5h10M5 17.5h10M6.5 2.5c0 4 7 5 7 7.5s-7 3.5-7 7.5M13.5 2.5c0 4-7 5-7 7.5s7 3.5 7 7.5" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round"/><path d="M8 16.2h4l-2-2.4z" fill="currentColor"/></svg>`;

/** A provisional status (`part="provisional"`, dashed outline, hourglass icon, its words), or nothing for null. */
export function renderProvisionalDisplay(p: ProvisionalDisplay | null): TemplateResult | typeof nothing {
  if (!p) return nothing;
  return html`<span class="provisional provisional-${p.status}" part="provisional">${hourglass}<span class="provisional-text">${p.text}</span></span>`;
}

/**
 * The method line (`part="method"`): the preset by name and code, and the method document it follows, its title
 * a link to the document (https only, opened in a new tab without opener or referrer).
 */
export function renderMethodDisplay(m: MethodDisplay): TemplateResult {
  const d = m.document;
  // The safe-link check of every link from data, narrowed to https (a method document is never plain http).
  const url = d ? safeHttpUrl(d.url) : null;
  return html`<div class="method" part="method"><p><span class="source-label">${m.label}</span>${m.colon}${m.preset}</p>${
    d
      ? html`<p class="method-document">${d.label}${m.colon}${
          url?.startsWith('https:')
            ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${d.title}</a>`
            : d.title
        }</p>`
      : nothing
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
