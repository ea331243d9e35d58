import { css, type CSSResult } from 'lit';

/** Styles of `<qd-target-card>` (after `baseStyles` and `trackStyles`). */
export const targetCardStyles: CSSResult = css`
  :host {
    container-type: inline-size;
    max-inline-size: 48rem;
    background: none;
  }
  .card {
    block-size: 100%;
    align-content: start;
    display: grid;
    gap: var(--qd-space-3);
    padding: var(--qd-space-3);
    border: var(--qd-border-width) solid var(--qd-color-border);
    border-radius: var(--qd-radius);
    background: var(--qd-color-bg);
  }
  .placeholder {
    min-block-size: 16em;
  }
  .head {
    display: grid;
    gap: var(--qd-space-1);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.35;
  }
  .status-line {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--qd-space-2);
  }
  .reason {
    color: var(--qd-color-text);
  }
  .as-of {
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  .figures {
    display: grid;
    grid-template-columns: 1fr;
    gap: var(--qd-space-2) var(--qd-space-3);
    margin: 0;
  }
  @container (min-width: 26rem) {
    .figures {
      grid-template-columns: 1fr 1fr;
    }
  }
  .figure {
    margin: 0;
  }
  .figure dt,
  .facts dt,
  .source-label {
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  .figure dd,
  .facts dd {
    margin: 0;
  }
  .value {
    font-size: var(--qd-font-size-large);
    font-weight: 700;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
  }
  .sub {
    color: var(--qd-color-muted);
    font-size: var(--qd-font-size-small);
  }
  .facts {
    margin: 0;
  }
  .source {
    display: grid;
    gap: var(--qd-space-1);
    padding-block-start: var(--qd-space-2);
    border-block-start: var(--qd-border-width) solid var(--qd-color-border);
    font-size: var(--qd-font-size-small);
  }
  .source p {
    margin: 0;
  }
  .quote {
    color: var(--qd-color-text);
  }
  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
  }
`;
