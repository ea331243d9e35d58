import { css, type CSSResult } from 'lit';

/** Styles of `<qd-share-chart>` (after `baseStyles` and `chartViewStyles`). */
export const shareChartStyles: CSSResult = css`
  :host {
    container-type: inline-size;
    min-inline-size: 0;
  }
  .placeholder {
    min-block-size: 20em;
  }
  p.whole {
    margin: 0 0 var(--qd-space-2);
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  .groups {
    display: grid;
    gap: var(--qd-space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .group-name {
    margin: 0 0 var(--qd-space-1);
    font-weight: 600;
  }
  .bars {
    display: grid;
    gap: var(--qd-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  /* Every row (and the scale) has the same columns, so all tracks share one 0-100% scale. */
  .bar-row,
  .scale-row {
    display: grid;
    grid-template-columns: 9em minmax(0, 1fr) 7em;
    align-items: center;
    gap: var(--qd-space-2);
  }
  @container (max-width: 26rem) {
    .bar-row,
    .scale-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .bar-row .bar,
    .scale-row .scale {
      grid-column: 1 / -1;
      grid-row: 2;
    }
    .scale-row > span {
      display: none;
    }
  }
  .bar-label {
    font-size: var(--qd-font-size-small);
  }
  .bar-value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 16px;
    overflow: visible;
  }
  rect.whole {
    fill: var(--qd-color-surface);
    stroke: var(--qd-color-track);
    stroke-width: 1;
    vector-effect: non-scaling-stroke;
  }
  .part-base {
    fill: var(--qd-color-base);
  }
  .part-latest,
  .part-observed {
    fill: var(--qd-color-current);
  }
  .part-target {
    fill: var(--qd-color-target);
    fill-opacity: 0.35;
    stroke: var(--qd-color-target);
    stroke-width: 2;
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
  }
  .target-edge {
    stroke: var(--qd-color-target);
    stroke-width: 3;
    vector-effect: non-scaling-stroke;
  }
  .scale {
    display: flex;
    justify-content: space-between;
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
    border-block-start: var(--qd-border-width) solid var(--qd-color-border);
    padding-block-start: var(--qd-space-1);
  }
  .note {
    margin: var(--qd-space-1) 0 0;
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  @media (forced-colors: active) {
    rect.whole {
      fill: Canvas;
      stroke: CanvasText;
    }
    .part-base,
    .part-latest,
    .part-observed {
      fill: CanvasText;
    }
    .part-target,
    .target-edge {
      stroke: LinkText;
      fill: Canvas;
    }
  }
`;
