import { html, type CSSResult, type PropertyDeclarations, type TemplateResult } from 'lit';
import { QdElement } from '../base/qd-element.js';
import { baseStyles } from '../styles/styles.js';
import { missingIndicator } from '../base/problems.js';
import type { TargetView } from '../views/target-view.js';
import type { TrendModel } from '../views/trend-series.js';
import { ChartSource } from '../views/chart-source.js';
import { SizeController } from '../base/size.js';
import { downloadCsv, downloadSvg } from '../render/download.js';
import {
  ChartTabs,
  chartViewStyles,
  fileName,
  frameContentWidth,
  moveIndex,
  renderChartPlaceholder,
  svgStyleText,
  type ChartView,
} from '../render/chart-views.js';
import type { Spec } from '../render/chart-dom.js';
import { renderChartFrame } from '../render/chart-frame.js';
import { emit, type QdLoadDetail } from '../base/events.js';
import { legend, plotSvg, pointIndexOf } from './trend-chart-svg.js';
import { renderProvisional, statusStyles } from '../render/status.js';
import { CSV_HEADER, csvRows, pointText, summaryText } from './trend-chart-text.js';
import { sourcesPanel, tablePanel } from './trend-chart-panels.js';
import { trendChartStyles, trendSvgStyles } from './trend-chart.styles.js';

/**
 * @summary A target's trend over the plan period: base, observations, the path required to reach the target, the projection at the observed rate and the target.
 *
 * @description Years run along the x axis (a linear scale on years). Drawn: the base (square),
 * the observations (solid line and filled points; a lower bound — 至少 / 超过 — as a hollow
 * point with a caret, a part-year figure as a hollow diamond, a year-on-year rate as a hollow
 * square), the path required from base to target (dashed: compound for levels and cumulative
 * growth, straight for shares and counts, a horizontal reference line for average-growth and
 * every-year targets), the projection at the observed rate (dotted, where the assessment has
 * one) and the target as a labelled mark ("目标 约55%"). Every number comes from the library
 * (`assess`, `requiredCagr`, `projectValue`). Targets without data after the base still show
 * base, path and target, and say so. Chart / table / sources views, CSV and SVG downloads, a
 * one-sentence summary an author can override, and keyboard navigation across the points
 * (arrow keys, Home, End; Enter or Space picks a point) with a polite live region.
 *
 * @tag qd-trend-chart
 *
 * @attr indicator - Id of an indicator with a target, e.g. `port-container-throughput`. Shows the indicator's main target: the first the plan states for it.
 * @attr target - Id of a target (e.g. a second target year of an indicator); takes precedence over `indicator`.
 * @attr summary - The author's summary sentence, replacing the automatic one.
 * @attr view - The view shown first: `chart` (default), `table` or `sources`.
 * @attr lang - `zh-CN` (default) or `en`; inherited from the nearest ancestor.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr as-of - Evaluation year, from the plan's base year to its last target year (the default): later observations are not drawn.
 * @attr src - URL of the site's observations (JSON or CSV in the published schema).
 * @prop {Observation[]} observations - A site's observations, merged over the bundled ones.
 *
 * @slot summary - The author's summary (e.g. `<p slot="summary">…</p>`), replacing the automatic one.
 * @slot - A `<table>` of `year, value` rows, read as the site's observations (not displayed).
 *
 * @csspart figure - The chart's box.
 * @csspart title - The target's name.
 * @csspart summary - The summary sentence.
 * @csspart provisional - Under the summary, where the target year's figure is not published yet: the provisional status of the latest data (dashed outline, hourglass icon), never a verdict.
 * @csspart provisional-icon - The hourglass icon of a provisional status.
 * @csspart method - In the sources view: the method that judged the status (the preset) and its method document.
 * @csspart tabs - The view tabs.
 * @csspart tab - One tab.
 * @csspart plot - The box of the SVG.
 * @csspart svg - The chart's SVG.
 * @csspart legend - The legend.
 * @csspart note - A note under the chart.
 * @csspart table - The data table.
 * @csspart sources - The sources list.
 * @csspart downloads - The download buttons.
 * @csspart download - One download button.
 * @csspart error - The error message.
 * @csspart notice - A non-fatal message.
 * @csspart error-icon - The icon of the error message.
 * @csspart notice-icon - The icon of a non-fatal message.
 *
 * @cssproperty --qd-color-bg - Background.
 * @cssproperty --qd-color-text - Text.
 * @cssproperty --qd-color-muted - Ticks and notes.
 * @cssproperty --qd-color-border - Grid, axes and borders.
 * @cssproperty --qd-color-current - Observations and projection.
 * @cssproperty --qd-color-base - The base mark.
 * @cssproperty --qd-color-target - The required path and the target.
 * @cssproperty --qd-color-focus - Focus ring.
 * @cssproperty --qd-font-family - Font.
 * @cssproperty --qd-chart-height - Height reserved for the chart (default 300px).
 *
 * @event qd-load - Data is ready. detail: `{ indicator, observations }`, `observations` the number of observations used.
 * @event qd-error - Bad input or a failed `src`. detail: `{ code, message }`.
 * @event qd-select - A point was picked (click, Enter or Space). detail: `{ indicator, year }`.
 */
export class QdTrendChart extends QdElement {
  static override properties: PropertyDeclarations = {
    indicator: { reflect: true },
    target: { reflect: true },
    summary: {},
    view: {},
    _active: { state: true },
    _announce: { state: true },
  };

  /** @internal */
  static override dataProperties = ['indicator', 'target'];
  static override styles: CSSResult[] = [baseStyles, chartViewStyles, statusStyles, trendChartStyles, trendSvgStyles];

  /** Id of an indicator with a target (its main target: the first the plan states). */
  declare indicator: string | undefined;
  /** Id of a target; takes precedence over `indicator`. */
  declare target: string | undefined;
  /** The author's summary sentence (replaces the automatic one). */
  declare summary: string | undefined;
  /** The view shown first: chart, table or sources. */
  declare view: ChartView | undefined;
  declare private _active: number;
  declare private _announce: string;

  #size = new SizeController(this, '.plot', 320, frameContentWidth);
  #tabs = new ChartTabs(this);
  #source = new ChartSource(this, () => this.kit.table.rows);
  #view: TargetView | null = null;
  #model: TrendModel | null = null;

  constructor() {
    super();
    this._active = 0;
    this._announce = '';
  }

  /** @internal What the chart shows (null until data is ready or after an error). */
  get data(): { readonly view: TargetView; readonly model: TrendModel } | null {
    return this.#view && this.#model ? { view: this.#view, model: this.#model } : null;
  }

  /** @internal Whether the chart shows the bundled plan's view and model precomputed at build time (no calculation on the page). */
  get precomputed(): boolean {
    return this.#source.precomputed;
  }

  protected override bundleKey(): string | null | undefined {
    // Precomputed: no plan to load. A target named alone: the whole plan, whose lookups find it (or name the closest ids).
    if (this.#source.precomputed) return undefined;
    return this.indicator || (this.target ? null : undefined);
  }

  protected override prepare(): void {
    this.#view = null;
    this.#model = null;
    if (!this.indicator && !this.target) throw missingIndicator(this.localName);
    let data = this.#source.data;
    if (!data && !this.#source.precomputed) {
      const c = this.#source.compute;
      const view = c.targetView(this.indicator ?? null, {
        target: this.target,
        asOf: this.asOf,
        observations: this.kit.observations,
        tableRows: this.kit.table.rows,
        plan: this.kit.plan,
      });
      data = { view, model: c.trendModel(view) };
    }
    if (!data) return; // Precomputed, not arrived (each update waits for it, see scheduleUpdate).
    this.#view = data.view;
    this.#model = data.model;
    this._active = Math.max(data.model.points.length - 1, 0);
  }

  // Each update waits for what it shows (the precomputed view and model, or the calculation module); the first
  // also for the host's width (before the first paint), so the chart is drawn once.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = this.#source.pending();
    return wait ? wait.then(() => this.scheduleUpdate()) : this.#size.hold(() => super.scheduleUpdate());
  }

  protected override loadDetail(): QdLoadDetail {
    return {
      indicator: this.#view?.target.indicator ?? this.indicator ?? null,
      observations: this.#view?.observations.length ?? 0,
    };
  }

  protected override renderLoading(): TemplateResult {
    return renderChartPlaceholder(this.catalog.loading);
  }

  #names(): string[] {
    const v = this.#view!;
    return this.#model!.points.map((p) => pointText(v, p, this.catalog));
  }

  #onKey = (e: KeyboardEvent): void => {
    const points = this.#model?.points ?? [];
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.#pick(this._active);
      return;
    }
    const i = moveIndex(e.key, this._active, points.length, false);
    if (i === null) return;
    e.preventDefault();
    this._active = i;
    this._announce = this.#names()[i] ?? '';
  };

  #pick = (i: number): void => {
    const p = this.#model?.points[i];
    const indicator = this.#view?.target.indicator;
    if (!p || !indicator) return;
    this._active = i;
    this._announce = this.#names()[i] ?? '';
    emit(this, 'qd-select', { indicator, year: p.year });
  };

  #downloadCsv = (): void => {
    if (this.#view && this.#model)
      downloadCsv(fileName(this.#view.target.indicator, 'data', 'csv'), CSV_HEADER, csvRows(this.#view, this.#model));
  };

  #downloadSvg = (): void => {
    const el = this.renderRoot.querySelector<SVGSVGElement>('svg.plot-svg');
    if (el && this.#view)
      downloadSvg(fileName(this.#view.target.indicator, 'chart', 'svg'), el, svgStyleText(this, trendSvgStyles));
  };

  #onClick = (e: MouseEvent): void => {
    const i = pointIndexOf(e);
    if (i !== null) this.#pick(i);
  };

  #onPanelKey = (e: KeyboardEvent): void => {
    if ((e.target as Element).localName === 'svg') this.#onKey(e);
  };

  protected override renderContent(): TemplateResult {
    const v = this.#view;
    const m = this.#model;
    if (!v || !m) return html``;
    const c = this.catalog;
    const name = c.name(v.target.name);
    return renderChartFrame({
      c,
      tabs: this.#tabs,
      title: name,
      authorSummary: this.summary,
      summary: summaryText(v, c),
      status: renderProvisional(v.assessment, c),
      chart: () => this.#chart(v, m, name),
      other: (view) => (view === 'table' ? tablePanel(v, m, c) : sourcesPanel(v, m, c)),
      onKey: this.#onPanelKey,
      onClick: this.#onClick,
      csv: this.#downloadCsv,
      svg: this.#downloadSvg,
      live: this._announce,
    });
  }

  #chart(v: TargetView, m: TrendModel, name: string): Spec[] {
    const c = this.catalog;
    const notes = [
      m.scale === 'rate' ? c.rateNote : '',
      !m.hasData ? c.chartNoData({ baseYear: v.assessment.baseYear }) : '',
      !m.required && !m.base && m.scale === 'value' ? c.chartNoBase : '',
    ].filter(Boolean);
    const plot = plotSvg({
      v,
      m,
      c,
      width: this.#size.width,
      active: Math.min(this._active, m.points.length - 1),
      names: this.#names(),
      label: c.points({ name }),
    });
    return [
      ['div', { class: 'plot', part: 'plot' }, plot],
      legend(m, c),
      ...notes.map((n): Spec => ['p', { class: 'note', part: 'note' }, n]),
    ];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-trend-chart': QdTrendChart;
  }
}
