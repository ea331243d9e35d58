/**
 * The progress track shared by `qd-progress-bar` and `qd-target-card`: a bar
 * from the base (or 0) to the target with base, latest and target marks (told
 * apart by shape as well as colour), exposed as `role="meter"` with its values
 * in words, and a legend in HTML so text scales with the page's font size.
 * Drawn from a `TargetDisplay` (positions as fractions, words formatted):
 * marks sit at percentages of the SVG's width, so the track needs no measured
 * width and draws once, at any width.
 */
import { css, html, svg, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { LegendDisplay, TrackDisplay } from '../views/target-display.js';

/** Height of the track's SVG in CSS pixels (reserved before data arrives). */
export const TRACK_HEIGHT = 32;
/** Room left and right of the track for the marks, in CSS pixels. */
const PAD = 10;

/** A fraction of the track's width as an SVG length: 0.25 -> "25%". */
const pct = (f: number): string => `${Math.round(f * 1e5) / 1e3}%`;

/** The track: a meter (or, with no value at all, an image) with an SVG as wide as its box. */
export function renderTrack(t: TrackDisplay): TemplateResult {
  const mid = TRACK_HEIGHT / 2 + 3;
  const fillFrom = Math.min(t.startX, t.currentX ?? t.startX);
  const fillTo = Math.max(t.startX, t.currentX ?? t.startX);
  const drawing = html`<svg class="track" part="track" width="100%" height=${TRACK_HEIGHT} aria-hidden="true" focusable="false">
    <rect class="track-bg" x="0" y=${mid - 5} width="100%" height="10" rx="5"></rect>
    ${t.currentX !== null ? svg`<rect class="track-fill" x=${pct(fillFrom)} y=${mid - 5} width=${pct(fillTo - fillFrom)} height="10" rx="5"></rect>` : nothing}
    ${t.baseX !== null ? svg`<line class="mark mark-base" x1=${pct(t.baseX)} x2=${pct(t.baseX)} y1=${mid - 9} y2=${mid + 9}></line>` : nothing}
    <svg class="at" x=${pct(t.targetX)} overflow="visible"><path class="mark mark-target" d="M0 ${mid - 9}V${mid + 9}M-6 1h12l-6 7z"></path></svg>
    ${t.currentX !== null ? svg`<circle class="mark mark-current" cx=${pct(t.currentX)} cy=${mid} r="6"></circle>` : nothing}
  </svg>`;
  return t.role === 'img'
    ? html`<div class="meter" part="meter" role="img" aria-label=${t.label}>${drawing}</div>`
    : html`<div class="meter" part="meter" role="meter" aria-label=${t.label} aria-valuemin=${t.min} aria-valuemax=${t.max} aria-valuenow=${t.now ?? nothing} aria-valuetext=${t.valueText ?? nothing}>${drawing}</div>`;
}

const swatch = (mark: LegendDisplay['mark']): TemplateResult =>
  html`<svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">${
    mark === 'current'
      ? svg`<circle class="mark mark-current" cx="7" cy="7" r="5"></circle>`
      : mark === 'target'
        ? svg`<path class="mark mark-target" d="M1 2h12l-6 8z"></path>`
        : svg`<path class="mark mark-base" d="M7 1V13"></path>`
  }</svg>`;

/** The legend under the track (decorative duplicate of the meter's words: hidden from assistive technology). */
export function renderTrackLegend(legend: readonly LegendDisplay[]): TemplateResult {
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${legend.map((l) => html`<li>${swatch(l.mark)}${l.label} ${l.value}</li>`)}
  </ul>`;
}

/** Styles of the track and its legend (include after `baseStyles`). */
export const trackStyles: CSSResult = css`
  .meter {
    display: block;
    block-size: ${TRACK_HEIGHT}px;
    padding-inline: ${PAD}px;
  }
  .track {
    display: block;
    overflow: visible;
  }
  .track-bg {
    fill: var(--qd-color-surface);
    stroke: var(--qd-color-track);
    stroke-width: 1.5;
  }
  .track-fill {
    fill: var(--qd-color-current);
  }
  .mark {
    stroke-width: 3;
    fill: none;
  }
  .mark-base {
    stroke: var(--qd-color-base);
  }
  .mark-target {
    stroke: var(--qd-color-target);
    fill: var(--qd-color-target);
  }
  .mark-current {
    fill: var(--qd-color-current);
    stroke: var(--qd-color-bg);
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qd-space-1) var(--qd-space-3);
    margin: var(--qd-space-1) 0 0;
    padding: 0;
    list-style: none;
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--qd-space-1);
  }
  .legend .swatch {
    flex: none;
  }
  @media (forced-colors: active) {
    .track-bg {
      fill: Canvas;
      stroke: CanvasText;
    }
    .track-fill,
    .mark-current {
      fill: Highlight;
    }
    .mark-base,
    .mark-target {
      stroke: CanvasText;
    }
    .mark-target {
      fill: CanvasText;
    }
  }
`;
