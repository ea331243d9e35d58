/**
 * The chart / table / sources views of the chart widgets (as Our World in Data's
 * Grapher has them; drawn by `renderChartFrame` in chart-frame.ts): the views and
 * their ids, the open view (`ChartTabs`), the keyboard helper of a tab or point
 * list (Left/Right/Up/Down/Home/End), the first-render width of a chart's plot,
 * the style text that makes a downloaded SVG render outside the page, and the
 * styles of the frame, tabs, panels, downloads, tables and source lists.
 */
import {
  css,
  html,
  type CSSResult,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';

/** The views of a chart widget. */
export type ChartView = 'chart' | 'table' | 'sources';
/** The views, in tab order. */
export const CHART_VIEWS: readonly ChartView[] = ['chart', 'table', 'sources'];

/** The catalog key of each view's tab. */
export const TAB_LABEL = { chart: 'tabChart', table: 'tabTable', sources: 'sources' } as const;

/** The id of a view's tab and panel (inside the widget's shadow root). */
export const tabId = (v: ChartView): string => `tab-${v}`;
export const panelId = (v: ChartView): string => `panel-${v}`;

/**
 * The index `key` moves to in a list of `count` items from `index` (wrapping for tabs, stopping at the ends
 * for points), or null for a key that does not move.
 */
export function moveIndex(key: string, index: number, count: number, wrap: boolean): number | null {
  if (count === 0) return null;
  const next =
    key === 'ArrowRight' || key === 'ArrowDown'
      ? index + 1
      : key === 'ArrowLeft' || key === 'ArrowUp'
        ? index - 1
        : key === 'Home'
          ? 0
          : key === 'End'
            ? count - 1
            : null;
  if (next === null) return null;
  return wrap ? (next + count) % count : Math.min(Math.max(next, 0), count - 1);
}

/** Focuses the tab of `view` inside `root` (after the widget re-rendered). */
export function focusTab(root: ParentNode, view: ChartView): void {
  root.querySelector<HTMLElement>(`#${tabId(view)}`)?.focus();
}

const VARS = ['bg', 'surface', 'text', 'muted', 'border', 'current', 'base', 'target', 'user', 'track', 'focus'];

/**
 * Style text for a downloaded SVG: the widget's `--qd-*` colours as they are
 * computed now (so the file keeps the theme), the font, and the chart's own CSS.
 */
export function svgStyleText(host: Element, chartCss: CSSResult): string {
  const cs = getComputedStyle(host);
  const vars = VARS.map((v) => `--qd-color-${v}: ${cs.getPropertyValue(`--qd-color-${v}`).trim()};`).join(' ');
  return `svg { ${vars} font-family: ${cs.getPropertyValue('--qd-font-family').trim() || 'sans-serif'}; background: var(--qd-color-bg); }\n${chartCss.cssText}`;
}

/**
 * The open view of a chart widget's tabs: the one a user picked, else the
 * host's `view` attribute, else `chart`.
 */
export class ChartTabs implements ReactiveController {
  #picked: ChartView | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & {
      readonly renderRoot: HTMLElement | DocumentFragment;
      readonly view?: string | undefined;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The view shown now. */
  get current(): ChartView {
    const v = this.#picked ?? this.host.view;
    return v === 'table' || v === 'sources' ? v : 'chart';
  }

  /** Shows a view (after a click or a key), and focuses its tab when asked. */
  select = (v: ChartView, focus: boolean): void => {
    this.#picked = v;
    this.host.requestUpdate();
    if (focus) void this.host.updateComplete.then(() => focusTab(this.host.renderRoot, v));
  };
}

const LENGTH = /^(\d*\.?\d+)(px|em|rem)$/;

/**
 * The content width of a chart widget's frame (`.chart`) in a host `hostWidth` px wide: the frame's
 * padding and border taken off as `chartViewStyles` sets them (`--qd-space-3`, `--qd-space-2` in a
 * host 24rem wide or less, `--qd-border-width`; px, em or rem, else the defaults). The first render's
 * estimate of the plot's width, before the plot exists to be measured (`SizeController`).
 */
export function frameContentWidth(hostWidth: number, host: Element): number {
  const cs = getComputedStyle(host);
  const em = parseFloat(cs.fontSize) || 16;
  const rem = parseFloat(getComputedStyle(host.ownerDocument.documentElement).fontSize) || 16;
  const length = (name: string, fallback: number): number => {
    const m = LENGTH.exec(cs.getPropertyValue(name).trim());
    return m ? Number(m[1]) * (m[2] === 'em' ? em : m[2] === 'rem' ? rem : 1) : fallback;
  };
  const narrow = hostWidth <= 24 * rem;
  const padding = narrow ? length('--qd-space-2', 0.5 * em) : length('--qd-space-3', em);
  return hostWidth - 2 * (padding + length('--qd-border-width', 1));
}

/** The placeholder of a chart widget while its data loads (`src`, or a slow data module; its height is reserved by the widget's CSS). */
export const renderChartPlaceholder = (text: string): TemplateResult =>
  html`<div class="chart placeholder" part="figure" role="status"><span class="loading">${text}</span></div>`;

/** A file name for downloads: `<indicator>-<view>.<ext>`. */
export const fileName = (indicator: string, kind: string, ext: string): string =>
  `${indicator.replace(/[^\w-]/g, '_')}-${kind}.${ext}`;

/** Styles of the tabs, panels, downloads, data tables and source lists (after `baseStyles`). */
export const chartViewStyles: CSSResult = css`
  /* The frame, heading and title of every chart widget. */
  .chart {
    margin: 0;
    display: grid;
    gap: var(--qd-space-2);
    padding: var(--qd-space-3);
    border: var(--qd-border-width) solid var(--qd-color-border);
    border-radius: var(--qd-radius);
    background: var(--qd-color-bg);
  }
  @container (max-width: 24rem) {
    .chart {
      padding: var(--qd-space-2);
    }
  }
  .head {
    display: grid;
    gap: var(--qd-space-1);
  }
  .title {
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.35;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qd-space-1);
    border-block-end: var(--qd-border-width) solid var(--qd-color-border);
  }
  .tab,
  .download {
    font: inherit;
    font-size: var(--qd-font-size-small);
    color: var(--qd-color-text);
    background: var(--qd-color-bg);
    border: var(--qd-border-width) solid var(--qd-color-border);
    border-radius: var(--qd-radius) var(--qd-radius) 0 0;
    padding: var(--qd-space-1) var(--qd-space-3);
    min-block-size: 2.25em;
    cursor: pointer;
  }
  .tab {
    margin-block-end: calc(-1 * var(--qd-border-width));
  }
  .tab[aria-selected='true'] {
    font-weight: 700;
    border-block-end-color: var(--qd-color-bg);
    box-shadow: inset 0 3px 0 var(--qd-color-current);
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: var(--qd-space-2);
    margin-block-start: var(--qd-space-2);
  }
  .download {
    border-radius: var(--qd-radius);
  }
  [role='tabpanel'] {
    padding-block-start: var(--qd-space-2);
  }
  [role='tabpanel'][hidden] {
    display: none;
  }
  .data-table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: var(--qd-font-size-small);
    font-variant-numeric: tabular-nums;
  }
  .table-wrap {
    overflow-x: auto;
  }
  .data-table th,
  .data-table td {
    padding: var(--qd-space-1) var(--qd-space-2);
    border-block-end: var(--qd-border-width) solid var(--qd-color-border);
    text-align: start;
    vertical-align: top;
  }
  .data-table td.num {
    text-align: end;
    white-space: nowrap;
  }
  .source-list {
    margin: 0;
    padding-inline-start: 1.25em;
    display: grid;
    gap: var(--qd-space-2);
    font-size: var(--qd-font-size-small);
  }
  .source-list p {
    margin: 0;
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-color: Highlight;
    }
  }
`;
