/**
 * Inline SVG icons (no external files, no innerHTML): one per status, and one
 * each for errors and notices. Icons are decorative (`aria-hidden`): a status
 * is always shown as icon + text, never by colour or shape alone. Icons use
 * `currentColor`, so they follow the status colour and forced colors.
 */
import { svg, html, type TemplateResult, type SVGTemplateResult } from 'lit';
import type { Status } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { problemText, type Problem } from './problems.js';

const shapes: Record<Status, SVGTemplateResult> = {
  // A filled circle with a tick.
  achieved: svg`<circle cx="10" cy="10" r="9" fill="currentColor"/><path d="M5.5 10.5l3 3 6-7" fill="none" stroke="Canvas" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // An arrow up and right in a ring.
  on_track: svg`<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M6.5 13.5l7-7M8 6.5h5.5V12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A right arrow in a ring: moving, but too slowly.
  needs_acceleration: svg`<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M5.5 10h9M11 6.5l3.5 3.5-3.5 3.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A warning triangle.
  insufficient_progress: svg`<path d="M10 1.8l8.6 15.4H1.4z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><path d="M10 7.5v4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><circle cx="10" cy="14.6" r="1.2" fill="currentColor"/>`,
  // An arrow down and right in a ring.
  moving_away: svg`<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M6.5 6.5l7 7M8 13.5h5.5V8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  // A filled circle with a cross.
  not_achieved: svg`<circle cx="10" cy="10" r="9" fill="currentColor"/><path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="Canvas" stroke-width="2.2" stroke-linecap="round"/>`,
  // A dashed ring with a question mark.
  not_assessable: svg`<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="3 2.2"/><path d="M7.6 7.8a2.5 2.5 0 1 1 3.4 2.3c-.7.3-1 .8-1 1.5v.6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><circle cx="10" cy="14.6" r="1.1" fill="currentColor"/>`,
};

const frame = (body: SVGTemplateResult, part: string): TemplateResult =>
  html`<svg class="icon" part=${part} viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">${body}</svg>`;

/** The icon of a status (decorative; pair it with the status label). */
export const statusIcon = (status: Status): TemplateResult =>
  frame(shapes[status] ?? shapes.not_assessable, 'status-icon');

/** The icon of the error state. */
export const errorIcon = (): TemplateResult => frame(shapes.not_achieved, 'error-icon');

/** The icon of a notice (a non-fatal problem with the input). */
export const noticeIcon = (): TemplateResult => frame(shapes.insufficient_progress, 'notice-icon');

/** A problem shown: a fatal one as the error (instead of the content), another as a notice (above it). */
export function problemBlock(catalog: Catalog | null, p: Problem): TemplateResult {
  const text = html`<p>${problemText(catalog, p)}</p>`;
  if (p.fatal) return html`<div class="error" part="error" role="alert">${errorIcon()}${text}</div>`;
  return html`<div class="notice" part="notice" role="status">${noticeIcon()}${text}</div>`;
}
