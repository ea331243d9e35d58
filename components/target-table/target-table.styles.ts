import { css, type CSSResult } from 'lit';

/** Styles of `<qd-target-table>` (after `baseStyles`). */
export const targetTableStyles: CSSResult = css`
  :host {
    container-type: inline-size;
  }
  .placeholder {
    min-block-size: 24em;
  }
  .wrap {
    display: grid;
    gap: var(--qd-space-2);
  }
  .scroller {
    /* Positioned, so that the visually hidden texts inside stay in the scroller instead of widening the page. */
    position: relative;
    overflow-x: auto;
    border: var(--qd-border-width) solid var(--qd-color-border);
    border-radius: var(--qd-radius);
    background: var(--qd-color-bg);
  }
  table {
    inline-size: 100%;
    min-inline-size: 56rem;
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  caption {
    padding: var(--qd-space-2) var(--qd-space-3);
    text-align: start;
    font-weight: 700;
    position: sticky;
    inset-inline-start: 0;
    inline-size: min(100cqi, 100%);
  }
  th,
  td {
    padding: var(--qd-space-2);
    border-block-start: var(--qd-border-width) solid var(--qd-color-border);
    text-align: start;
    vertical-align: top;
  }
  thead th {
    background: var(--qd-color-surface);
    font-size: var(--qd-font-size-small);
    padding: 0;
    vertical-align: bottom;
  }
  tbody tr:nth-child(even) > * {
    background: var(--qd-color-surface);
  }
  tbody tr:nth-child(odd) > * {
    background: var(--qd-color-bg);
  }
  /* The names stay in view while the other columns scroll. */
  .col-name {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    inline-size: 13em;
    min-inline-size: 9em;
    max-inline-size: 16em;
    border-inline-end: var(--qd-border-width) solid var(--qd-color-border);
  }
  thead .col-name {
    z-index: 2;
  }
  .col-status {
    inline-size: 14em;
  }
  .sort {
    display: flex;
    inline-size: 100%;
    align-items: flex-end;
    justify-content: space-between;
    gap: var(--qd-space-1);
    padding: var(--qd-space-2);
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }
  .sort:hover {
    text-decoration: underline;
  }
  .arrow {
    flex: none;
    color: var(--qd-color-muted);
    font-size: 0.75em;
    letter-spacing: -0.1em;
  }
  [aria-sort] .arrow {
    color: var(--qd-color-text);
  }
  tbody tr {
    cursor: pointer;
  }
  .reason,
  .sub {
    display: block;
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  .sources {
    margin-block-start: var(--qd-space-1);
    font-size: var(--qd-font-size-small);
    cursor: auto;
  }
  .sources summary {
    color: var(--qd-color-link);
    cursor: pointer;
    inline-size: fit-content;
  }
  .sources p,
  .sources ul {
    margin: var(--qd-space-1) 0 0;
  }
  .sources ul {
    padding-inline-start: 1.2em;
  }
  .sources .sub {
    display: block;
    font-size: 1em;
  }
  .empty,
  .scroll-hint {
    color: var(--qd-color-muted);
  }
  .scroll-hint {
    margin: 0;
    font-size: var(--qd-font-size-small);
  }
  @container (min-width: 58rem) {
    .scroll-hint {
      display: none;
    }
  }
  @container (min-width: 72rem) {
    .col-name {
      inline-size: 17em;
    }
  }
  /* In a table, 'anywhere' (inherited from the host) shrinks columns to one letter ("Bas e"): break words only when a word alone overflows. */
  table {
    overflow-wrap: break-word;
  }
  /* Numbers break only between words (CJK text still wraps between characters). */
  .num {
    overflow-wrap: normal;
    word-break: keep-all;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
  }
  .download {
    padding: var(--qd-space-1) var(--qd-space-3);
    border: var(--qd-border-width) solid var(--qd-color-border);
    border-radius: var(--qd-radius);
    background: var(--qd-color-surface);
    color: var(--qd-color-text);
    font: inherit;
    cursor: pointer;
  }
  @container (max-width: 30rem) {
    .col-name {
      inline-size: 8.5em;
      min-inline-size: 8.5em;
    }
    th,
    td {
      padding: var(--qd-space-1) var(--qd-space-2);
    }
  }
  @media (forced-colors: active) {
    .scroller,
    th,
    td {
      border-color: CanvasText;
    }
    .name,
    .sources summary {
      color: LinkText;
    }
    .download {
      border-color: ButtonText;
    }
  }
`;
