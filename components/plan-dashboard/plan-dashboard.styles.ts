import { css, type CSSResult } from 'lit';

/** Styles of `<qd-plan-dashboard>` (after `baseStyles`). */
export const planDashboardStyles: CSSResult = css`
  :host {
    container-type: inline-size;
  }
  .placeholder {
    min-block-size: 60em;
  }
  .dashboard {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--qd-space-3);
  }
  .head {
    display: grid;
    gap: var(--qd-space-2);
  }
  .title {
    margin: 0;
    font-size: 1.375em;
    font-weight: 700;
    line-height: 1.3;
  }
  .as-of {
    margin-inline-start: var(--qd-space-2);
    color: var(--qd-color-muted);
    font-size: 0.7em;
    font-weight: 400;
  }
  .plan-name {
    margin: 0;
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  /* As many tiles a row as fit at a width in em, so that larger text (zoom, 适老化 font sizes) wraps tiles, not words. */
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5em), 1fr));
    gap: var(--qd-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile-head {
    overflow-wrap: anywhere;
  }
  .tile {
    display: grid;
    align-content: start;
    gap: var(--qd-space-1);
    padding: var(--qd-space-2) var(--qd-space-3);
    border: var(--qd-border-width) solid var(--qd-color-border);
    border-block-start-width: 4px;
    border-radius: var(--qd-radius);
    background: var(--qd-color-surface);
  }
  .tile-achieved {
    border-block-start-color: var(--qd-color-achieved);
  }
  .tile-on_track {
    border-block-start-color: var(--qd-color-on-track);
  }
  .tile-behind {
    border-block-start-color: var(--qd-color-needs-acceleration);
  }
  .tile-not_achieved {
    border-block-start-color: var(--qd-color-not-achieved);
  }
  .tile-not_assessable {
    border-block-start-color: var(--qd-color-not-assessable);
    border-block-start-style: dashed;
  }
  .tile-head {
    align-items: flex-start;
    font-size: var(--qd-font-size-small);
    overflow-wrap: normal;
  }
  .tile-count {
    font-size: var(--qd-font-size-large);
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .tile-sub,
  .reason,
  .empty {
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  .summary {
    margin: 0;
    font-size: 1.0625em;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: var(--qd-space-2) var(--qd-space-3);
    min-inline-size: 0;
    margin: 0;
    padding: var(--qd-space-2) var(--qd-space-3) var(--qd-space-3);
    border: var(--qd-border-width) solid var(--qd-color-border);
    border-radius: var(--qd-radius);
  }
  .filters legend {
    padding: 0 var(--qd-space-1);
    font-weight: 700;
  }
  .filter {
    display: grid;
    gap: var(--qd-space-1);
    flex: 1 1 12em;
    min-inline-size: 0;
  }
  .filter label {
    font-size: var(--qd-font-size-small);
    color: var(--qd-color-muted);
  }
  select {
    inline-size: 100%;
  }
  select,
  .clear {
    min-block-size: 2.25em;
    padding: var(--qd-space-1) var(--qd-space-2);
    border: var(--qd-border-width) solid var(--qd-color-muted);
    border-radius: var(--qd-radius);
    background: var(--qd-color-bg);
    color: var(--qd-color-text);
    font: inherit;
    max-inline-size: 100%;
  }
  .clear {
    background: var(--qd-color-surface);
    cursor: pointer;
  }
  .shown {
    margin: 0;
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  .section {
    display: grid;
    gap: var(--qd-space-3);
  }
  .section-title {
    font-size: 1.2em;
    font-weight: 700;
    padding-block-end: var(--qd-space-1);
    border-block-end: 2px solid var(--qd-color-border);
  }
  .subsection {
    display: grid;
    gap: var(--qd-space-2);
  }
  .subsection-title {
    font-weight: 700;
    color: var(--qd-color-muted);
  }
  .groups {
    display: grid;
    gap: var(--qd-space-3);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    align-items: start;
  }
  .group {
    display: grid;
    gap: var(--qd-space-2);
  }
  .group-title {
    font-weight: 700;
  }
  .items {
    display: grid;
    gap: var(--qd-space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .item {
    display: grid;
    gap: var(--qd-space-1);
    padding: var(--qd-space-2) var(--qd-space-3);
    border: var(--qd-border-width) solid var(--qd-color-border);
    border-radius: var(--qd-radius);
    background: var(--qd-color-bg);
    cursor: pointer;
  }
  .name {
    justify-self: start;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: var(--qd-space-2);
    margin: 0;
    font-size: var(--qd-font-size-small);
  }
  .facts dt {
    color: var(--qd-color-muted);
  }
  .facts dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
    word-break: keep-all;
  }
  .item-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--qd-space-2);
    margin: 0;
  }
  @media (forced-colors: active) {
    .tile,
    .item,
    .filters,
    select,
    .clear {
      border-color: CanvasText;
    }
    .name {
      color: LinkText;
    }
  }
`;
