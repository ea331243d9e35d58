import { css, unsafeCSS, type CSSResult } from 'lit';
import { CHART_HEIGHT } from '../views/chart.js';

const H = unsafeCSS(`${CHART_HEIGHT}px`);

/** Styles of `<qd-trend-chart>` outside the SVG (after `baseStyles` and `chartViewStyles`). */
export const trendChartStyles: CSSResult = css`
  :host {
    --qd-chart-height: ${H};
    container-type: inline-size;
    min-inline-size: 0;
  }
  .placeholder {
    min-block-size: calc(var(--qd-chart-height) + 13em);
  }
  .summary {
    color: var(--qd-color-text);
  }
  .plot {
    block-size: var(--qd-chart-height);
    min-inline-size: 0;
  }
  .plot-svg {
    display: block;
    block-size: 100%;
    overflow: visible;
  }
  .plot-svg:focus {
    outline: none;
  }
  .plot-svg:focus-visible {
    outline: 2px solid var(--qd-color-focus);
    outline-offset: 2px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qd-space-1) var(--qd-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--qd-color-text);
    font-size: var(--qd-font-size-small);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: var(--qd-space-1);
  }
  .swatch {
    flex: none;
    overflow: visible;
  }
  .note {
    margin: 0;
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
`;

/** Styles of the chart's SVG (also copied into a downloaded SVG file). */
export const trendSvgStyles: CSSResult = css`
  .tick {
    fill: var(--qd-color-muted);
    font-size: 12px;
  }
  .grid {
    fill: none;
    stroke: var(--qd-color-border);
    stroke-opacity: 0.35;
    stroke-width: 1;
  }
  .axis {
    fill: none;
    stroke: var(--qd-color-border);
    stroke-width: 1;
  }
  .ln {
    fill: none;
    stroke-width: 2.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .ln-observed {
    stroke: var(--qd-color-current);
  }
  .ln-required {
    stroke: var(--qd-color-target);
    stroke-dasharray: 7 5;
    stroke-linecap: butt;
  }
  .ln-projection {
    stroke: var(--qd-color-current);
    stroke-dasharray: 0.5 5;
  }
  .mk {
    stroke-width: 2;
  }
  .mk-observed {
    fill: var(--qd-color-current);
    stroke: var(--qd-color-bg);
  }
  .mk-base {
    fill: var(--qd-color-base);
    stroke: var(--qd-color-bg);
  }
  .mk-hollow {
    fill: var(--qd-color-bg);
    stroke: var(--qd-color-current);
  }
  .mk-caret {
    fill: none;
    stroke: var(--qd-color-current);
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .mk-target-ring {
    fill: var(--qd-color-bg);
    stroke: var(--qd-color-target);
    stroke-width: 2.5;
  }
  .mk-target-dot {
    fill: var(--qd-color-target);
    stroke: none;
  }
  .target-label {
    fill: var(--qd-color-text);
    font-size: 12px;
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--qd-color-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .pt {
    cursor: pointer;
  }
  .focus-ring {
    fill: none;
    stroke: var(--qd-color-focus);
    stroke-width: 2;
    visibility: hidden;
  }
  .plot-svg:focus-visible .focus-ring,
  .pt:hover .focus-ring {
    visibility: visible;
  }
  @media (forced-colors: active) {
    .ln-observed,
    .ln-projection,
    .mk-hollow,
    .mk-caret {
      stroke: CanvasText;
    }
    .mk-observed,
    .mk-base,
    .mk-target-dot {
      fill: CanvasText;
    }
    .ln-required,
    .mk-target-ring {
      stroke: LinkText;
    }
    .tick,
    .target-label {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
  }
`;
