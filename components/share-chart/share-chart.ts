import { html, nothing, type CSSResult, type PropertyDeclarations, type TemplateResult } from 'lit';
import { QdElement } from '../base/qd-element.js';
import { baseStyles } from '../styles/styles.js';
import { missingIndicator } from '../base/problems.js';
import { compositionSeries, shareSeries, type ShareSeries } from '../views/share-view.js';
import { downloadCsv } from '../render/download.js';
import { ChartTabs, chartViewStyles, fileName, renderChartPlaceholder, type ChartView } from '../render/chart-views.js';
import { renderChartFrame } from '../render/chart-frame.js';
import type { QdLoadDetail } from '../base/events.js';
import {
  compositionSummary,
  renderBars,
  renderScale,
  renderShareSources,
  renderShareTable,
  SHARE_CSV_HEADER,
  shareCsvRows,
  shareSummary,
  wholeName,
} from './share-chart-parts.js';
import { shareChartStyles } from './share-chart.styles.js';
import { renderProvisional, statusStyles } from '../render/status.js';

/**
 * @summary A share as part of its named whole: base, latest and target shares as part-of-whole bars; or several shares of one whole.
 *
 * @description Each bar is the whole (the full track, 100%, named above the bars) with the
 * part filled: e.g. producer services at 53.7% of services value added in 2020 (base), about
 * 55% targeted for 2025. For a share with a target: the base, the latest observation (if any;
 * a lower bound is written 至少 / at least) and the target with its qualifier, plus the status.
 * For a share without a target: its first and latest full-year figures.
 *
 * Composition mode (`indicators="a,b"`): several shares of the same whole, one group of bars
 * each, side by side on the same 0-100% scale and never stacked, because the plan's parts
 * overlap (transport is itself a producer service). What the data supports:
 * `producer-services-share-of-services,transport-share-of-services` (of services value added)
 * and `services-share-of-gdp,digital-economy-core-share-of-gdp,culture-share-of-gdp` (of GDP).
 * Indicators of different wholes, or a non-share indicator, show a translated error.
 *
 * @tag qd-share-chart
 *
 * @attr indicator - Id of a share indicator, e.g. `producer-services-share-of-services`.
 * @attr indicators - Comma-separated ids of shares of one whole (composition mode; wins over `indicator`).
 * @attr summary - The author's summary sentence, replacing the automatic one.
 * @attr view - The view shown first: `chart` (default), `table` or `sources`.
 * @attr lang - `zh-CN` (default) or `en`; inherited from the nearest ancestor.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr as-of - Evaluation year, from the plan's base year to its last target year (the default).
 * @attr src - URL of the site's observations (JSON or CSV in the published schema).
 * @prop {Observation[]} observations - A site's observations, merged over the bundled ones.
 *
 * @slot summary - The author's summary, replacing the automatic one.
 * @slot - A `<table>` of `year, value` rows (single mode), read as the site's observations.
 *
 * @csspart figure - The chart's box.
 * @csspart title - The title.
 * @csspart summary - The summary sentence.
 * @csspart provisional - Under the summary (or a composition's share name), where the target year's figure is not published yet: the provisional status of the latest data (dashed outline, hourglass icon), never a verdict.
 * @csspart provisional-icon - The hourglass icon of a provisional status.
 * @csspart method - In the sources view: the method that judged the status (the preset) and its method document.
 * @csspart whole - The whole's name.
 * @csspart tabs - The view tabs.
 * @csspart tab - One tab.
 * @csspart bars - A list of bars.
 * @csspart group - One indicator's group (composition).
 * @csspart note - A note.
 * @csspart table - The data table.
 * @csspart sources - The sources list.
 * @csspart downloads - The download buttons.
 * @csspart download - One download button.
 * @csspart error - The error message.
 * @csspart notice - A non-fatal message.
 * @csspart error-icon - The icon of the error message.
 * @csspart notice-icon - The icon of a non-fatal message.
 *
 * @cssproperty --qd-color-track - The whole's outline.
 * @cssproperty --qd-color-surface - The whole's fill.
 * @cssproperty --qd-color-base - Base share.
 * @cssproperty --qd-color-current - Latest and observed shares.
 * @cssproperty --qd-color-target - Target share.
 * @cssproperty --qd-color-text - Text.
 * @cssproperty --qd-font-family - Font.
 *
 * @event qd-load - Data is ready. detail: `{ indicator, observations }` (indicator: the ids, comma-separated; `observations`: the number used).
 * @event qd-error - Bad input or a failed `src`. detail: `{ code, message }` (`not_a_share`, `share_whole_mismatch`, ...).
 */
export class QdShareChart extends QdElement {
  static override properties: PropertyDeclarations = {
    indicator: { reflect: true },
    indicators: {},
    summary: {},
    view: {},
  };

  /** @internal */
  static override dataProperties = ['indicator', 'indicators'];
  static override styles: CSSResult[] = [baseStyles, chartViewStyles, statusStyles, shareChartStyles];

  /** Id of a share indicator. */
  declare indicator: string | undefined;
  /** Comma-separated ids of shares of one whole (composition mode). */
  declare indicators: string | undefined;
  /** The author's summary sentence. */
  declare summary: string | undefined;
  /** The view shown first. */
  declare view: ChartView | undefined;

  #series: ShareSeries[] = [];
  #tabs = new ChartTabs(this);

  /** @internal The series shown (one, or several in composition mode); empty until data is ready. */
  get series(): readonly ShareSeries[] {
    return this.#series;
  }

  #ids(): string[] {
    return (this.indicators ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  protected override bundleKey(): string | null | undefined {
    return this.indicators ? null : this.indicator || undefined;
  }

  protected override prepare(): void {
    this.#series = [];
    const ids = this.#ids();
    const observations = this.kit.observations;
    if (ids.length)
      this.#series = compositionSeries(ids, {
        asOf: this.asOf,
        observations,
        plan: this.kit.plan,
      });
    else if (this.indicator)
      this.#series = [
        shareSeries(this.indicator, {
          asOf: this.asOf,
          observations,
          tableRows: this.kit.table.rows,
          plan: this.kit.plan,
        }),
      ];
    else throw missingIndicator(this.localName);
  }

  protected override loadDetail(): QdLoadDetail {
    return {
      indicator: this.#series.map((s) => s.indicator.id).join(',') || null,
      observations: this.kit.observations.length,
    };
  }

  protected override renderLoading(): TemplateResult {
    return renderChartPlaceholder(this.catalog.loading);
  }

  #download = (): void => {
    const name = this.#series.length > 1 ? 'composition' : (this.#series[0]?.indicator.id ?? 'share');
    downloadCsv(fileName(name, 'data', 'csv'), SHARE_CSV_HEADER, shareCsvRows(this.#series));
  };

  protected override renderContent(): TemplateResult {
    const list = this.#series;
    const first = list[0];
    if (!first) return html``;
    const c = this.catalog;
    const many = list.length > 1;
    const whole = wholeName(first, c);
    const title = many ? c.shareOf({ whole: whole ?? '' }) : c.name(first.indicator.name);
    const auto = many ? compositionSummary(list, c) : shareSummary(first, c);
    const chart = () =>
      html`<p class="whole" part="whole">${whole ? c.shareWhole({ whole }) : c.shareNoWhole}</p>${
        many
          ? html`<ul class="groups">${list.map((s) => html`<li class="group" part="group"><p class="group-name">${c.name(s.indicator.name)}</p>${s.view ? renderProvisional(s.view.assessment, c) : nothing}${renderBars(s, c)}</li>`)}</ul><p
            class="note" part="note">${c.compositionNote}</p>`
          : renderBars(first, c)
      }${renderScale(first, c)}`;
    return renderChartFrame({
      c,
      tabs: this.#tabs,
      title,
      authorSummary: this.summary,
      summary: auto,
      status: !many && first.view ? renderProvisional(first.view.assessment, c) : nothing,
      chart,
      other: (view) => (view === 'table' ? renderShareTable(list, c, title) : renderShareSources(list, c)),
      focusable: true,
      csv: this.#download,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-share-chart': QdShareChart;
  }
}
