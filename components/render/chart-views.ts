/**
 * The chart / table / sources views of the chart widgets (as Our World in Data's
 * Grapher has them): an ARIA tablist (`role="tablist"`, `tab`, `tabpanel`,
 * roving tabindex, Left/Right/Home/End switch and focus the tab; the table and
 * sources panels are built only while open), the download buttons, the keyboard
 * helper of a point list (Left/Right/Up/Down/Home/End), the first-render width
 * of a chart's plot, and the style text that makes a downloaded SVG render
 * outside the page.
 */
import {
  css,
  html,
  nothing,
  type CSSResult,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Catalog } from '../i18n/catalog.js';
import { draw, type El, type Spec } from './chart-dom.js';

/** The views of a chart widget. */
export type ChartView = 'chart' | 'table' | 'sources';
/** The views, in tab order. */
export const CHART_VIEWS: readonly ChartView[] = ['chart', 'table', 'sources'];

const LABEL = { chart: 'tabChart', table: 'tabTable', sources: 'sources' } as const;

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

/**
 * The tablist of the views; `select(view, focus)` is called on click and on arrow keys. A tab names
 * its panel (`aria-controls`) where the panel is in the DOM: the chart's always, another while open.
 * The buttons are drawn by `draw()` (no Lit markers) and kept across updates (a clicked tab keeps
 * its focus); clicks and keys are handled on the tablist.
 */
export function renderTabs(
  c: Catalog,
  current: ChartView,
  select: (v: ChartView, focus: boolean) => void,
): TemplateResult {
  const onKey = (e: KeyboardEvent) => {
    const i = moveIndex(
      e.key === 'ArrowUp' || e.key === 'ArrowDown' ? '' : e.key,
      CHART_VIEWS.indexOf(current),
      CHART_VIEWS.length,
      true,
    );
    if (i === null) return;
    e.preventDefault();
    select(CHART_VIEWS[i]!, true);
  };
  const onClick = (e: Event) => {
    const v = CHART_VIEWS.find((view) => (e.target as Element).closest?.('[role="tab"]')?.id === tabId(view));
    if (v) select(v, false);
  };
  const tab = (v: ChartView): El => [
    'button',
    {
      type: 'button',
      class: 'tab',
      part: 'tab',
      role: 'tab',
      id: tabId(v),
      'aria-controls': (v === 'chart' || v === current) && panelId(v),
      'aria-selected': v === current ? 'true' : 'false',
      tabindex: v === current ? 0 : -1,
    },
    c[LABEL[v]],
  ];
  return html`<div class="tabs" part="tabs" role="tablist" aria-label=${c.tabs} @keydown=${onKey} @click=${onClick} ${draw(CHART_VIEWS.map(tab))}></div>`;
}

/** Keys and clicks in the chart's panel (the plot's points), and whether the panel itself takes focus. */
export interface ChartPanelOptions {
  readonly focusable?: boolean;
  readonly onKey?: (e: KeyboardEvent) => void;
  readonly onClick?: (e: MouseEvent) => void;
}

/**
 * The tab panels, each labelled by its tab. The chart's is always rendered (hidden while another view
 * is open: it keeps the drawing for the SVG download and for switching back); the table's or the
 * sources' only while open, so a chart that is only looked at builds neither. The chart's body is a
 * template, or `Spec`s drawn by `draw()` with its keys and clicks handled on the panel.
 */
export function renderPanels(
  current: ChartView,
  chart: () => TemplateResult | readonly Spec[],
  other: (v: 'table' | 'sources') => TemplateResult,
  options: ChartPanelOptions = {},
): TemplateResult {
  const body = chart();
  const hidden = current !== 'chart';
  const tabindex = options.focusable ? 0 : nothing;
  const chartPanel = Array.isArray(body)
    ? html`<div class="panel" role="tabpanel" id="panel-chart" aria-labelledby="tab-chart" tabindex=${tabindex} ?hidden=${hidden}
        @keydown=${options.onKey} @click=${options.onClick} ${draw(body as readonly Spec[])}></div>`
    : html`<div class="panel" role="tabpanel" id="panel-chart" aria-labelledby="tab-chart" tabindex=${tabindex} ?hidden=${hidden}>${body}</div>`;
  return html`${chartPanel}${
    current === 'chart'
      ? nothing
      : html`<div class="panel" role="tabpanel" id=${panelId(current)} aria-labelledby=${tabId(current)} tabindex="0">${other(current)}</div>`
  }`;
}

/** Focuses the tab of `view` inside `root` (after the widget re-rendered). */
export function focusTab(root: ParentNode, view: ChartView): void {
  root.querySelector<HTMLElement>(`#${tabId(view)}`)?.focus();
}

/** The download buttons (CSV always, SVG where `svg` is given), drawn by `draw()`; clicks handled on their row. */
export function renderDownloads(c: Catalog, csv: () => void, svg?: () => void): TemplateResult {
  const onClick = (e: Event) => {
    const format = (e.target as Element).closest?.('[data-format]')?.getAttribute('data-format');
    if (format === 'csv') csv();
    else if (format === 'svg') svg?.();
  };
  const button = (format: string, label: string): El => [
    'button',
    { type: 'button', class: 'download', part: 'download', 'data-format': format },
    label,
  ];
  return html`<div class="downloads" part="downloads" @click=${onClick} ${draw([
    button('csv', c.downloadCsv),
    svg && button('svg', c.downloadSvg),
  ])}></div>`;
}

/** A short text as the content of the element it is bound to (no Lit marker): `<span ${text(s)}></span>`. */
export const text = (s: string): ReturnType<typeof draw> => draw([s]);

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
