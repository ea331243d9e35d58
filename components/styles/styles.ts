/**
 * Shared CSS of every widget: the `--qd-*` custom properties (colours from
 * `palette.ts`, fonts, spacing), light and dark themes (`theme="auto"`
 * follows `prefers-color-scheme`), the error and notice blocks, focus rings,
 * forced-colors and reduced-motion styles. Defaults sit on `:host`, so any
 * page rule on the element (`qd-target-card { --qd-color-accent: ... }`)
 * wins over them.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import { dark, light, type Palette } from './palette.js';

const vars = (p: Palette): CSSResult =>
  unsafeCSS(`
    --qd-color-bg: ${p.background};
    --qd-color-surface: ${p.surface};
    --qd-color-text: ${p.text};
    --qd-color-muted: ${p.muted};
    --qd-color-border: ${p.border};
    --qd-color-link: ${p.link};
    --qd-color-focus: ${p.focus};
    --qd-color-track: ${p.track};
    --qd-color-current: ${p.current};
    --qd-color-base: ${p.base};
    --qd-color-target: ${p.target};
    --qd-color-user: ${p.user};
    --qd-color-achieved: ${p.status.achieved};
    --qd-color-on-track: ${p.status.on_track};
    --qd-color-needs-acceleration: ${p.status.needs_acceleration};
    --qd-color-insufficient-progress: ${p.status.insufficient_progress};
    --qd-color-moving-away: ${p.status.moving_away};
    --qd-color-not-achieved: ${p.status.not_achieved};
    --qd-color-not-assessable: ${p.status.not_assessable};
    color-scheme: ${p === dark ? 'dark' : 'light'};
  `);

/** The base styles every widget includes first (`static styles = [baseStyles, ownStyles]`). */
export const baseStyles: CSSResult = css`
  :host {
    ${vars(light)};
    --qd-font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Noto Sans CJK SC',
      'Microsoft YaHei', sans-serif;
    --qd-font-size: 1rem;
    --qd-font-size-small: 0.875em;
    --qd-font-size-large: 1.5em;
    --qd-line-height: 1.5;
    --qd-space-1: 0.25em;
    --qd-space-2: 0.5em;
    --qd-space-3: 1em;
    --qd-space-4: 1.5em;
    --qd-radius: 0.375em;
    --qd-border-width: 1px;
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    color: var(--qd-color-text);
    background: var(--qd-color-bg);
    font-family: var(--qd-font-family);
    font-size: var(--qd-font-size);
    line-height: var(--qd-line-height);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${vars(dark)};
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${vars(dark)};
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--qd-color-link);
  }
  :focus-visible {
    outline: 2px solid var(--qd-color-focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .error,
  .notice {
    display: flex;
    gap: var(--qd-space-2);
    align-items: flex-start;
    padding: var(--qd-space-2) var(--qd-space-3);
    border: var(--qd-border-width) solid var(--qd-color-not-achieved);
    border-inline-start-width: 4px;
    border-radius: var(--qd-radius);
    background: var(--qd-color-surface);
  }
  .notice {
    border-color: var(--qd-color-needs-acceleration);
    margin-block-end: var(--qd-space-2);
    font-size: var(--qd-font-size-small);
  }
  .error .icon,
  .notice .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.125em;
  }
  .error .icon {
    color: var(--qd-color-not-achieved);
  }
  .notice .icon {
    color: var(--qd-color-needs-acceleration);
  }
  .error p,
  .notice p {
    margin: 0;
  }
  .loading {
    color: var(--qd-color-muted);
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: var(--qd-space-1);
    font-weight: 600;
  }
  .status .icon {
    flex: none;
    inline-size: 1.2em;
    block-size: 1.2em;
  }
  .status-achieved {
    color: var(--qd-color-achieved);
  }
  .status-on_track {
    color: var(--qd-color-on-track);
  }
  .status-needs_acceleration {
    color: var(--qd-color-needs-acceleration);
  }
  .status-insufficient_progress {
    color: var(--qd-color-insufficient-progress);
  }
  .status-moving_away {
    color: var(--qd-color-moving-away);
  }
  .status-not_achieved {
    color: var(--qd-color-not-achieved);
  }
  .status-not_assessable {
    color: var(--qd-color-not-assessable);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      forced-color-adjust: auto;
    }
    .error,
    .notice {
      border-color: CanvasText;
    }
    .status,
    .error .icon,
    .notice .icon {
      color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** A target's name as a button that reads like a link (it fires `qd-select`): table rows and dashboard items. */
export const nameButtonStyles: CSSResult = css`
  .name {
    padding: 0;
    border: 0;
    background: none;
    color: var(--qd-color-link);
    font: inherit;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
`;
