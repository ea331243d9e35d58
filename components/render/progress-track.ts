/**
 * The progress track shared by `qd-progress-bar` and `qd-target-card`: a bar
 * from the base (or 0) to the target with base, latest and target marks (told
 * apart by shape as well as colour), exposed as `role="meter"` with its values
 * in words, and a legend in HTML so text scales with the page's font size.
 * Positions come from a d3 linear scale; the numbers from `TargetView`.
 */
import { css, html, svg, nothing, type CSSResult, type TemplateResult } from 'lit';
import { scaleLinear } from 'd3-scale';
import type { Catalog } from '../i18n/catalog.js';
import { formatBounded, formatShare, formatTarget, formatValue } from '../views/format.js';
import type { TargetView } from '../views/target-view.js';

/** Height of the track's SVG in CSS pixels (reserved before data arrives). */
export const TRACK_HEIGHT = 32;
const PAD = 10;

/** Positions of the marks as fractions of the track (0 = left end, 1 = right end). */
export interface TrackGeometry {
  /** The value the bar starts from: the base, or 0 where the plan gives none. */
  readonly start: number;
  readonly startX: number;
  readonly baseX: number | null;
  readonly currentX: number | null;
  readonly targetX: number;
  /** The value shown as current: the latest figure, else the base. */
  readonly current: number | null;
}

/** True for average-annual and cumulative growth targets, whose bar is in percent growth. */
const isGrowth = (view: TargetView): boolean =>
  view.target.form === 'avg_annual_growth' || view.target.form === 'cumulative_growth';

/** Where the marks sit: base (or 0) towards target runs left to right, widened to hold the latest value. */
export function trackGeometry(view: TargetView): TrackGeometry {
  // A growth target runs from 0% growth to the target rate; its base is a level in another unit, not on this bar.
  const base = isGrowth(view) ? null : view.base;
  const start = base?.value ?? 0;
  const target = view.target.value;
  const current = view.latest?.value ?? base?.value ?? null;
  // Progress coordinate: 0 at the start, 1 at the target (a lower-is-better target runs the same way).
  const p = scaleLinear()
    .domain(start === target ? [start - 1, target] : [start, target])
    .range([0, 1]);
  const lo = Math.min(0, current === null ? 0 : p(current));
  const hi = Math.max(1, current === null ? 1 : p(current));
  const x = (v: number) => scaleLinear().domain([lo, hi]).range([0, 1])(p(v));
  return {
    start,
    startX: x(start),
    baseX: base ? x(base.value) : null,
    currentX: current === null ? null : x(current),
    targetX: x(target),
    current,
  };
}

/** The words of the meter (`aria-valuetext`), from the same formatted values as the legend. */
export function trackText(view: TargetView, c: Catalog): string {
  const lang = c.lang;
  const unit = view.target.unit;
  const inYear = (value: string, year: number) => c.valueInYear({ value, year });
  const target = inYear(formatTarget(view.target, { locale: lang }), view.target.targetYear);
  const base =
    view.base && view.baseStated
      ? inYear(formatValue(view.base.value, view.base.unit, { locale: lang }), view.base.year)
      : null;
  let text: string;
  if (view.latest) {
    const latest = inYear(formatBounded(view.latest.value, unit, view.latest.bound, lang), view.latest.year);
    text = c.meterText({ latest, base, target });
  } else if (base) {
    text = c.meterTextBaseOnly({ base, target });
  } else {
    return c.meterNoData({ name: c.name(view.target.name), target });
  }
  if (view.progress !== null) text += c.progressSuffix({ percent: formatShare(view.progress, lang) });
  return text;
}

/** The track: a meter (or, with no value at all, an image) with an SVG drawn `width` pixels wide. */
export function renderTrack(view: TargetView, c: Catalog, width: number): TemplateResult {
  const g = trackGeometry(view);
  const w = Math.max(width, 2 * PAD + 10);
  const X = (f: number) => PAD + f * (w - 2 * PAD);
  const mid = TRACK_HEIGHT / 2 + 3;
  const name = c.meterName({ name: c.name(view.target.name) });
  const text = trackText(view, c);
  const lo = Math.min(g.start, view.target.value, g.current ?? g.start);
  const hi = Math.max(g.start, view.target.value, g.current ?? g.start);
  const fillFrom = Math.min(X(g.startX), X(g.currentX ?? g.startX));
  const fillTo = Math.max(X(g.startX), X(g.currentX ?? g.startX));
  const drawing = html`<svg class="track" part="track" viewBox="0 0 ${w} ${TRACK_HEIGHT}" width="100%" height=${TRACK_HEIGHT} preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track-bg" x=${PAD} y=${mid - 5} width=${w - 2 * PAD} height="10" rx="5"></rect>
    ${g.currentX !== null ? svg`<rect class="track-fill" x=${fillFrom} y=${mid - 5} width=${Math.max(fillTo - fillFrom, 0)} height="10" rx="5"></rect>` : nothing}
    ${g.baseX !== null && view.baseStated ? svg`<path class="mark mark-base" d="M${X(g.baseX)} ${mid - 9}V${mid + 9}"></path>` : nothing}
    <path class="mark mark-target" d="M${X(g.targetX)} ${mid - 9}V${mid + 9}M${X(g.targetX) - 6} 1h12l-6 7z"></path>
    ${g.currentX !== null ? svg`<circle class="mark mark-current" cx=${X(g.currentX)} cy=${mid} r="6"></circle>` : nothing}
  </svg>`;
  return g.current === null
    ? html`<div class="meter" part="meter" role="img" aria-label=${text}>${drawing}</div>`
    : html`<div class="meter" part="meter" role="meter" aria-label=${name} aria-valuemin=${lo} aria-valuemax=${hi} aria-valuenow=${g.current} aria-valuetext=${text}>${drawing}</div>`;
}

const swatch = (cls: string): TemplateResult =>
  html`<svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">${
    cls === 'mark-current'
      ? svg`<circle class="mark ${cls}" cx="7" cy="7" r="5"></circle>`
      : cls === 'mark-target'
        ? svg`<path class="mark ${cls}" d="M1 2h12l-6 8z"></path>`
        : svg`<path class="mark ${cls}" d="M7 1V13"></path>`
  }</svg>`;

/** The legend under the track (decorative duplicate of the meter's words: hidden from assistive technology). */
export function renderTrackLegend(view: TargetView, c: Catalog): TemplateResult {
  const lang = c.lang;
  const unit = view.target.unit;
  const inYear = (value: string, year: number) => c.valueInYear({ value, year });
  return html`<ul class="legend" part="legend" aria-hidden="true">
    ${view.base && view.baseStated ? html`<li>${swatch('mark-base')}${c.markBase} ${inYear(formatValue(view.base.value, view.base.unit, { locale: lang }), view.base.year)}</li>` : nothing}
    ${view.latest ? html`<li>${swatch('mark-current')}${c.markCurrent} ${inYear(formatBounded(view.latest.value, unit, view.latest.bound, lang), view.latest.year)}</li>` : nothing}
    <li>${swatch('mark-target')}${c.markTarget} ${inYear(formatTarget(view.target, { locale: lang }), view.target.targetYear)}</li>
  </ul>`;
}

/** Styles of the track and its legend (include after `baseStyles`). */
export const trackStyles: CSSResult = css`
  .meter {
    display: block;
    block-size: ${TRACK_HEIGHT}px;
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
