import { planYears } from '../../src/core.js';
import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { QdElement } from '../base/qd-element.js';
import { baseStyles, nameButtonStyles } from '../styles/styles.js';
import { statusIcon } from '../base/icons.js';
import { downloadCsv } from '../render/download.js';
import { planRows, type PlanRow } from '../views/scorecard-view.js';
import { EMPTY, rowTexts, type RowTexts } from '../views/target-text.js';
import type { Catalog, PlainKey } from '../i18n/catalog.js';
import { emit, type QdLoadDetail } from '../base/events.js';
import { COLUMNS, sortRows, type Column, type SortDirection } from './sort.js';
import { renderSources } from './sources.js';
import { targetTableStyles } from './target-table.styles.js';
import { renderProvisional, statusStyles } from '../render/status.js';

const HEADERS: Record<Column, PlainKey> = {
  name: 'colName',
  base: 'baseValue',
  target: 'colTarget',
  latest: 'colLatest',
  status: 'status',
  required: 'required',
};
/** A column's header. */
const header = (column: Column, c: Catalog): string => c[HEADERS[column]];

/**
 * @summary The plan's targets in a sortable table: base, target, latest observation, status and the growth still required.
 *
 * @description Shows every target of the plan, or those of one goal dimension (`dimension`) or one
 * industry (`industry`). Columns: the target's name, its base (value and year), the target with its
 * qualifier in words, the latest observation (value and year; a lower bound or a part-year figure
 * said so), the status (icon and text, with the reason where it cannot be assessed, and a
 * `<details>` with the plan's quote and each observation's publisher, date and link) and the annual
 * growth still required. Column headers hold buttons that sort (Enter / Space; again to reverse)
 * and carry `aria-sort`; status sorts by the library's `statusOrder` (achieved first, not
 * assessable last; within not assessable, rows with a provisional status first, by that status,
 * then the others; descending reverses the groups; ties in the plan's order). The table scrolls
 * sideways in a focusable region with the names kept in view, so it reads at 320 px. A CSV
 * download holds exactly the texts shown, in the order shown. Every number comes from the library
 * (`scorecard`, `targetView`).
 *
 * @tag qd-target-table
 *
 * @attr dimension - Only the targets of this goal dimension, e.g. `quality-efficiency`.
 * @attr industry - Only the targets of this industry, e.g. `modern-logistics`.
 * @attr label - The table's caption (default: generated from the scope and the evaluation year).
 * @attr lang - `zh-CN` (default) or `en`; inherited from the nearest ancestor.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr as-of - Evaluation year, from the plan's base year to its last target year (the default); each target is judged at its own year.
 * @attr src - URL of the site's observations (JSON or CSV in the published schema), merged over the bundled ones.
 * @prop {Observation[]} observations - A site's observations, merged over the bundled ones.
 *
 * @slot - None: a light-DOM `<table>` child (one indicator's `year, value` rows) does not apply to many targets and is not read as data; pass `src` or `observations`.
 *
 * @csspart table - The `<table>`.
 * @csspart scroller - The focusable region the table scrolls in.
 * @csspart caption - The table's caption.
 * @csspart header - Each column header cell.
 * @csspart sort-button - The sort button of each column header.
 * @csspart name - The button with a target's name (fires `qd-select`).
 * @csspart status - The status (icon and text).
 * @csspart status-icon - The status icon.
 * @csspart sources - The `<details>` with a row's sources.
 * @csspart provisional - A provisional status under a not-assessable verdict (dashed outline, hourglass icon), never counted as a verdict; the CSV writes it after the status.
 * @csspart provisional-icon - The hourglass icon of a provisional status.
 * @csspart method - In a row's sources: the method that judged the status (the preset) and its method document.
 * @csspart download - The CSV download button.
 * @csspart error - The error message shown instead of the table.
 * @csspart notice - A non-fatal message shown above the table.
 * @csspart error-icon - The icon of the error message.
 * @csspart notice-icon - The icon of a non-fatal message.
 *
 * @cssproperty --qd-color-bg - Background (also of the sticky name column).
 * @cssproperty --qd-color-surface - Header and alternate row background.
 * @cssproperty --qd-color-text - Text colour.
 * @cssproperty --qd-color-muted - Notes (years, reasons).
 * @cssproperty --qd-color-border - Cell borders.
 * @cssproperty --qd-color-link - Source links.
 * @cssproperty --qd-color-achieved - Status colour (also --qd-color-on-track, -needs-acceleration, -insufficient-progress, -moving-away, -not-achieved, -not-assessable).
 * @cssproperty --qd-font-family - Font.
 * @cssproperty --qd-space-2 - Cell padding.
 *
 * @event qd-load - The table shows its data. detail: `{ indicator: null, observations }`, `observations` the number of observations used.
 * @event qd-error - Bad input or a failed `src`. detail: `{ code, message }`.
 * @event qd-select - A row was picked (click, or Enter on its name). detail: `{ indicator, year }` (year of the latest observation, or null).
 */
export class QdTargetTable extends QdElement {
  static override properties = {
    dimension: { reflect: true },
    industry: { reflect: true },
    label: {},
    _sortColumn: { state: true },
    _sortDirection: { state: true },
  };

  /** @internal */
  static override dataProperties = ['dimension', 'industry'];

  static override styles: CSSResult[] = [baseStyles, nameButtonStyles, statusStyles, targetTableStyles];

  /** Id of a goal dimension (`plan.dimensions`); only its targets are shown. */
  declare dimension: string | undefined;
  /** Id of an industry (`plan.industries`); only its targets are shown. */
  declare industry: string | undefined;
  /** The caption (default: generated). */
  declare label: string | undefined;
  declare private _sortColumn: Column | null;
  declare private _sortDirection: SortDirection;

  #rows: readonly PlanRow[] = [];
  #observationCount = 0;

  constructor() {
    super();
    this._sortColumn = null;
    this._sortDirection = 'ascending';
  }

  /** @internal The rows shown, in the order shown. */
  get rows(): readonly PlanRow[] {
    return sortRows(this.#rows, this._sortColumn, this._sortDirection, this.locale);
  }

  protected override prepare(): void {
    this.#rows = [];
    const { rows } = planRows({
      asOf: this.asOf,
      observations: this.kit.observations,
      dimension: this.dimension,
      industry: this.industry,
      plan: this.kit.plan,
    });
    this.#rows = rows;
    this.#observationCount = rows.reduce((n, r) => n + r.entry.evidence.length, 0);
  }

  protected override loadDetail(): QdLoadDetail {
    return { indicator: null, observations: this.#observationCount };
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="placeholder" role="status"><span class="loading">${this.catalog.loading}</span></div>`;
  }

  /** Sorts by `column` (again on the same column: the other direction). */
  sortBy(column: Column, direction?: SortDirection): void {
    if (direction) this._sortDirection = direction;
    else
      this._sortDirection =
        this._sortColumn === column && this._sortDirection === 'ascending' ? 'descending' : 'ascending';
    this._sortColumn = column;
  }

  #caption(): string {
    if (this.label) return this.label;
    const c = this.catalog;
    const year = this.#year();
    const scope = this.dimension
      ? this.kit.plan.dimensions.find((d) => d.id === this.dimension)?.name
      : this.industry
        ? this.kit.plan.industries.find((d) => d.id === this.industry)?.name
        : undefined;
    return scope ? c.tableCaptionScope({ scope: c.name(scope), year }) : c.tableCaptionAll({ year });
  }

  #texts(rows: readonly PlanRow[]): RowTexts[] {
    return rows.map((r) => rowTexts(r, this.catalog));
  }

  /** @internal The CSV text's header and rows: exactly the columns and texts shown. */
  csvData(): { header: string[]; rows: string[][] } {
    const rows = this.#texts(this.rows).map((x) => [
      x.name,
      x.base,
      x.target,
      x.latest,
      // A provisional status follows the verdict, as the command line writes it: "无法评估 (…) · 暂判：…".
      (x.reason ? `${x.status} (${x.reason})` : x.status) + (x.provisional ? ` · ${x.provisional}` : ''),
      x.required,
    ]);
    return { header: COLUMNS.map((column) => header(column, this.catalog)), rows };
  }

  #download(): void {
    const { header, rows } = this.csvData();
    const scope = this.dimension ?? this.industry ?? 'all';
    // Named by the plan in use: its id, the scope and the evaluation year.
    downloadCsv(`${this.kit.plan.meta.id}-targets-${scope}-${this.#year()}.csv`, header, rows);
  }

  /** The evaluation year: `as-of`, else the plan's last target year. */
  #year(): number {
    return this.asOf ?? planYears(this.kit.plan).asOfMax;
  }

  #rowClick(e: Event, row: PlanRow): void {
    const inner = e
      .composedPath()
      .find((n) => n instanceof HTMLElement && (n.localName === 'details' || n.localName === 'a'));
    if (inner) return;
    emit(this, 'qd-select', { indicator: row.entry.target.indicator, year: row.view.latest?.year ?? null });
  }

  #header(column: Column): TemplateResult {
    const sorted = this._sortColumn === column;
    return html`<th scope="col" part="header" class="col-${column}" aria-sort=${sorted ? this._sortDirection : nothing}>
      <button type="button" part="sort-button" class="sort" @click=${() => this.sortBy(column)}>
        <span>${header(column, this.catalog)}</span><span class="arrow" aria-hidden="true">${sorted ? (this._sortDirection === 'ascending' ? '▲' : '▼') : '△▽'}</span>
      </button>
    </th>`;
  }

  #cell(text: string, cls: string): TemplateResult {
    return text === EMPTY
      ? html`<td class=${cls}><span aria-hidden="true">${EMPTY}</span><span class="visually-hidden">${this.catalog.none}</span></td>`
      : html`<td class=${cls}>${text}</td>`;
  }

  #row(row: PlanRow, x: RowTexts): TemplateResult {
    const status = row.entry.status;
    return html`<tr @click=${(e: Event) => this.#rowClick(e, row)}>
      <th scope="row" class="col-name"><button type="button" part="name" class="name">${x.name}</button></th>
      ${this.#cell(x.base, 'col-base num')}
      <td class="col-target num">${x.target}</td>
      ${this.#cell(x.latest, 'col-latest num')}
      <td class="col-status">
        <span class="status status-${status}" part="status">${statusIcon(status)}<span>${x.status}</span></span>
        ${x.reason ? html`<span class="reason">${x.reason}</span>` : nothing}
        ${renderProvisional(row.entry.assessment, this.catalog)}
        ${renderSources(row, x.name, this.catalog)}
      </td>
      <td class="col-required">${x.required}</td>
    </tr>`;
  }

  protected override renderContent(): TemplateResult {
    const c = this.catalog;
    const rows = this.rows;
    const texts = this.#texts(rows);
    return html`<div class="wrap">
      <p class="scroll-hint" aria-hidden="true">${c.scrollHint}</p>
      <div class="scroller" part="scroller" role="region" aria-labelledby="caption" tabindex="0">
        <table part="table">
          <caption id="caption" part="caption">${this.#caption()}</caption>
          <thead><tr>${COLUMNS.map((c) => this.#header(c))}</tr></thead>
          <tbody>
            ${
              rows.length
                ? rows.map((r, i) => this.#row(r, texts[i]!))
                : html`<tr><td colspan=${COLUMNS.length} class="empty">${c.tableEmpty}</td></tr>`
            }
          </tbody>
        </table>
      </div>
      <div class="actions">
        <button type="button" part="download" class="download" @click=${() => this.#download()}>${c.downloadCsv}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-target-table': QdTargetTable;
  }
}
