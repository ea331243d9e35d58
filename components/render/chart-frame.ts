/**
 * The frame of a chart widget (`<qd-trend-chart>`, `<qd-share-chart>`): the figure with its title,
 * summary sentence and status, an ARIA tablist of the views (`role="tablist"`, `tab`, `tabpanel`,
 * roving tabindex, Left/Right/Home/End switch and focus the tab), the chart's panel (always there,
 * hidden while another view is open: it keeps the drawing for the SVG download and for switching
 * back), the table's or sources' panel (built only while open), the download buttons and, where
 * asked, a polite live region. One template: the tabs, the downloads, the short texts and a chart
 * drawn as `Spec`s are drawn by `draw()` (chart-dom.ts) on their elements, so that they cost no
 * Lit markers; their clicks and keys are handled on their containers.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { directive, Directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Catalog } from '../i18n/catalog.js';
import { draw, patch, type El, type Spec } from './chart-dom.js';
import { CHART_VIEWS, moveIndex, panelId, TAB_LABEL, tabId, type ChartTabs, type ChartView } from './chart-views.js';

/** What a chart widget puts in its frame. */
export interface ChartFrameContent {
  readonly c: Catalog;
  readonly tabs: ChartTabs;
  readonly title: string;
  /** The author's summary sentence (replaces `summary` and the `summary` slot). */
  readonly authorSummary: string | undefined;
  /** The automatic summary sentence (the `summary` slot's fallback). */
  readonly summary: string;
  /** Under the summary (the provisional status), or `nothing`. */
  readonly status: TemplateResult | typeof nothing;
  /** The chart's panel: `Spec`s (drawn by `draw()`) or a template. */
  readonly chart: () => readonly Spec[] | TemplateResult;
  /** The table's or the sources' panel, while open. */
  readonly other: (v: 'table' | 'sources') => TemplateResult;
  /** The chart's panel takes focus itself (it has no focusable drawing). */
  readonly focusable?: boolean;
  /** Keys and clicks in the chart's panel (e.g. on the plot's points). */
  readonly onKey?: (e: KeyboardEvent) => void;
  readonly onClick?: (e: MouseEvent) => void;
  readonly csv: () => void;
  /** The SVG download, where the chart is one SVG. */
  readonly svg?: () => void;
  /** The text of a polite live region after the downloads (none where undefined). */
  readonly live?: string;
}

// The chart's panel body: Specs patched in place, or a template rendered into the panel.
class PanelBody extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('panelBody() binds to an element');
  }

  render(body: readonly Spec[] | TemplateResult): typeof nothing {
    void body;
    return nothing;
  }

  override update(part: ElementPart, [body]: [readonly Spec[] | TemplateResult]): typeof nothing {
    if (Array.isArray(body)) patch(part.element, body as readonly Spec[]);
    else render(body, part.element as HTMLElement, { host: part.options?.host });
    return nothing;
  }
}
const panelBody = directive(PanelBody);

/** The frame of a chart widget (see the module note). */
export function renderChartFrame(o: ChartFrameContent): TemplateResult {
  const { c } = o;
  const current = o.tabs.current;
  const onTabKey = (e: KeyboardEvent) => {
    const i = moveIndex(
      e.key === 'ArrowUp' || e.key === 'ArrowDown' ? '' : e.key,
      CHART_VIEWS.indexOf(current),
      CHART_VIEWS.length,
      true,
    );
    if (i === null) return;
    e.preventDefault();
    o.tabs.select(CHART_VIEWS[i]!, true);
  };
  const onTabClick = (e: Event) => {
    const id = (e.target as Element).closest?.('[role="tab"]')?.id;
    const v = CHART_VIEWS.find((view) => tabId(view) === id);
    if (v) o.tabs.select(v, false);
  };
  // A tab names its panel (`aria-controls`) where the panel is in the DOM: the chart's always, another while open.
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
    c[TAB_LABEL[v]],
  ];
  const onDownload = (e: Event) => {
    const format = (e.target as Element).closest?.('[data-format]')?.getAttribute('data-format');
    if (format === 'csv') o.csv();
    else if (format === 'svg') o.svg?.();
  };
  const download = (format: string, label: string): El => [
    'button',
    { type: 'button', class: 'download', part: 'download', 'data-format': format },
    label,
  ];
  const summary: Spec = o.authorSummary ? o.authorSummary : ['slot', { name: 'summary' }, o.summary];
  return html`<figure class="chart" part="figure" aria-labelledby="title" aria-describedby="summary"><figcaption class="head"><span
        class="title" part="title" id="title" ${draw([o.title])}></span><span class="summary" part="summary" id="summary" ${draw([summary])}></span>${o.status}</figcaption><div
      class="tabs" part="tabs" role="tablist" aria-label=${c.tabs} @keydown=${onTabKey} @click=${onTabClick} ${draw(CHART_VIEWS.map(tab))}></div><div
      class="panel" role="tabpanel" id="panel-chart" aria-labelledby="tab-chart" tabindex=${o.focusable ? 0 : nothing} ?hidden=${current !== 'chart'}
      @keydown=${o.onKey} @click=${o.onClick} ${panelBody(o.chart())}></div>${
        current === 'chart'
          ? nothing
          : html`<div class="panel" role="tabpanel" id=${panelId(current)} aria-labelledby=${tabId(current)} tabindex="0">${o.other(current)}</div>`
      }<div class="downloads" part="downloads" @click=${onDownload} ${draw([
        download('csv', c.downloadCsv),
        o.svg && download('svg', c.downloadSvg),
      ])}></div>${
        o.live === undefined
          ? nothing
          : html`<p class="visually-hidden" aria-live="polite" id="live" ${draw([o.live])}></p>`
      }</figure>`;
}
