import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { DimensionDef, IndustryDef } from '../../src/core.js';
import { QdElement } from '../base/qd-element.js';
import { baseStyles, nameButtonStyles } from '../styles/styles.js';
import { planRows, scorecardCounts, type PlanRow, type ScorecardCounts } from '../views/scorecard-view.js';
import type { QdLoadDetail } from '../base/events.js';
import { groupLabel, groupOf, renderItem, renderTiles, STATUS_GROUPS, type StatusGroup } from './parts.js';
import { summarySentence } from './summary.js';
import { planDashboardStyles } from './plan-dashboard.styles.js';

/**
 * @summary The whole plan at a glance: the end-of-plan scorecard, then every target by goal dimension and by industry, with filters.
 *
 * @description Leads with the scorecard as of `as-of` (default 2025): counts by status (achieved,
 * of which early; on track; behind schedule; not achieved; not assessable, said to be for lack of
 * data and never shown as a failure) and a one-sentence summary ("截至2025年，19项目标中2项已实现
 * （均为提前实现），17项因缺少数据无法评估。") an author can replace with `summary`. Then the targets
 * grouped by the plan's five goal dimensions and its nine industries (producer and consumer
 * services), each shown compactly (name, target, latest value, status) and selectable. Filters by
 * dimension, industry and status are labelled `<select>`s in a `<fieldset>`; the number of targets
 * shown is announced in a live region. Counts and statuses come from the library's `scorecard()`.
 *
 * @tag qd-plan-dashboard
 *
 * @attr lang - `zh-CN` (default) or `en`; inherited from the nearest ancestor.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr as-of - Evaluation year, 2020-2025 (default 2025).
 * @attr src - URL of the site's observations (JSON or CSV in the published schema), merged over the bundled ones.
 * @attr summary - Replaces the generated summary sentence.
 * @attr heading-level - Level of the dashboard's heading, 2-5 (default 2); sections use the next levels.
 * @prop {Observation[]} observations - A site's observations, merged over the bundled ones.
 * @prop {ScorecardCounts | null} counts - The scorecard's counts shown (read only).
 *
 * @slot - None: a light-DOM `<table>` child (one indicator's `year, value` rows) does not apply to many targets and is not read as data; pass `src` or `observations`.
 *
 * @csspart header - The title, the tiles and the summary.
 * @csspart title - The dashboard's heading.
 * @csspart counts - The list of status tiles.
 * @csspart count - One status tile.
 * @csspart summary - The summary sentence.
 * @csspart filters - The `<fieldset>` of filters.
 * @csspart group - A group of targets (a dimension or an industry).
 * @csspart item - One target.
 * @csspart name - The button with a target's name (fires `qd-select`).
 * @csspart status - A target's status (icon and text).
 * @csspart status-icon - A status icon.
 * @csspart error - The error message shown instead of the dashboard.
 * @csspart notice - A non-fatal message shown above the dashboard.
 * @csspart error-icon - The icon of the error message.
 * @csspart notice-icon - The icon of a non-fatal message.
 *
 * @cssproperty --qd-color-bg - Background.
 * @cssproperty --qd-color-surface - Tiles and items.
 * @cssproperty --qd-color-text - Text colour.
 * @cssproperty --qd-color-muted - Labels and notes.
 * @cssproperty --qd-color-border - Borders.
 * @cssproperty --qd-color-link - Target names.
 * @cssproperty --qd-color-achieved - Status colour (also --qd-color-on-track, -needs-acceleration, -not-achieved, -not-assessable ...).
 * @cssproperty --qd-font-family - Font.
 * @cssproperty --qd-space-3 - Gaps and padding.
 *
 * @event qd-load - The dashboard shows its data. detail: `{ indicator: null, observations }`, `observations` the number of observations used.
 * @event qd-error - Bad input or a failed `src`. detail: `{ code, message }`.
 * @event qd-select - A target was picked. detail: `{ indicator, year }` (year of the latest observation, or null).
 */
export class QdPlanDashboard extends QdElement {
  static override properties = {
    summary: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    _dimension: { state: true },
    _industry: { state: true },
    _status: { state: true },
  };

  static override styles: CSSResult[] = [baseStyles, nameButtonStyles, planDashboardStyles];

  /** Replaces the generated summary sentence. */
  declare summary: string | undefined;
  /** Level of the dashboard's heading (2-5; default 2). */
  declare headingLevel: number | undefined;
  declare private _dimension: string;
  declare private _industry: string;
  declare private _status: '' | StatusGroup;

  #rows: readonly PlanRow[] = [];
  #counts: ScorecardCounts | null = null;

  constructor() {
    super();
    this._dimension = '';
    this._industry = '';
    this._status = '';
  }

  /** The scorecard's counts shown (null until data is ready). */
  get counts(): ScorecardCounts | null {
    return this.#counts;
  }

  /** The targets shown under the current filters, in the plan's order. */
  get shownRows(): readonly PlanRow[] {
    return this.#rows.filter(
      (r) =>
        (this.#showDimensions() && this.#matches(r, 'dimension')) ||
        (this.#showIndustries() && this.#matches(r, 'industry')),
    );
  }

  protected override prepare(): void {
    this.#rows = [];
    this.#counts = null;
    const { card, rows } = planRows({ asOf: this.asOf, observations: this.userObservations, plan: this.plan });
    this.#rows = rows;
    this.#counts = scorecardCounts(card);
  }

  protected override loadDetail(): QdLoadDetail {
    return { indicator: null, observations: this.#rows.reduce((n, r) => n + r.entry.evidence.length, 0) };
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="placeholder" role="status"><span class="loading">${this.catalog.loading}</span></div>`;
  }

  #level(offset: number): number {
    return Math.min(Math.max(Math.round(this.headingLevel ?? 2), 2), 5) + offset;
  }

  #showDimensions(): boolean {
    return !this._industry || Boolean(this._dimension);
  }

  #showIndustries(): boolean {
    return !this._dimension || Boolean(this._industry);
  }

  #matches(r: PlanRow, kind: 'dimension' | 'industry'): boolean {
    const target = r.entry.target;
    const group = kind === 'dimension' ? target.dimension : target.industry;
    if (!group) return false;
    const chosen = kind === 'dimension' ? this._dimension : this._industry;
    if (chosen && group !== chosen) return false;
    return !this._status || groupOf(r.entry.status) === this._status;
  }

  #select = (row: PlanRow): void => this.select(row.entry.target.indicator, row.view.latest?.year ?? null);

  #name(d: { name: { zh: string; en: string } }): string {
    return this.catalog.name(d.name);
  }

  /** The groups of `defs` to show under the filters, with their rows (a group without targets shows only unfiltered). */
  #groups<D extends DimensionDef | IndustryDef>(
    defs: readonly D[],
    kind: 'dimension' | 'industry',
  ): { def: D; rows: PlanRow[] }[] {
    const chosen = kind === 'dimension' ? this._dimension : this._industry;
    return defs
      .filter((d) => !chosen || d.id === chosen)
      .map((def) => {
        const all = this.#rows.filter(
          (r) => (kind === 'dimension' ? r.entry.target.dimension : r.entry.target.industry) === def.id,
        );
        return { def, all, rows: all.filter((r) => this.#matches(r, kind)) };
      })
      .filter((g) => g.rows.length || (!this._status && !g.all.length));
  }

  #group(g: { def: DimensionDef | IndustryDef; rows: readonly PlanRow[] }, level: number): TemplateResult {
    return html`<section class="group" part="group" aria-labelledby="g-${g.def.id}">
      <div class="group-title" id="g-${g.def.id}" role="heading" aria-level=${level}>${this.#name(g.def)}</div>
      ${g.rows.length ? html`<ul class="items">${g.rows.map((r) => renderItem(r, this.catalog, this.#select))}</ul>` : html`<p class="empty">${this.catalog.groupEmpty}</p>`}
    </section>`;
  }

  #sections(title: number): TemplateResult {
    const c = this.catalog;
    const dims = this.#showDimensions() ? this.#groups(this.plan.dimensions, 'dimension') : [];
    const subs = (['producer', 'consumer'] as const)
      .map((kind) => ({
        kind,
        groups: this.#showIndustries()
          ? this.#groups(
              this.plan.industries.filter((i) => i.group === kind),
              'industry',
            )
          : [],
      }))
      .filter((s) => s.groups.length);
    return html`${
      dims.length
        ? html`<section class="section" aria-labelledby="s-dimensions">
        <div class="section-title" id="s-dimensions" role="heading" aria-level=${title + 1}>${c.groupDimensions}</div>
        <div class="groups">${dims.map((g) => this.#group(g, title + 2))}</div>
      </section>`
        : nothing
    }
      ${
        subs.length
          ? html`<section class="section" aria-labelledby="s-industries">
        <div class="section-title" id="s-industries" role="heading" aria-level=${title + 1}>${c.groupIndustries}</div>
        ${subs.map(
          (s) => html`<section class="subsection" aria-labelledby="s-${s.kind}">
          <div class="subsection-title" id="s-${s.kind}" role="heading" aria-level=${title + 2}>${s.kind === 'producer' ? c.groupProducer : c.groupConsumer}</div>
          <div class="groups">${s.groups.map((g) => this.#group(g, title + 3))}</div>
        </section>`,
        )}
      </section>`
          : nothing
      }`;
  }

  #filterSelect(
    id: string,
    label: string,
    value: string,
    options: TemplateResult,
    onChange: (v: string) => void,
  ): TemplateResult {
    return html`<div class="filter">
      <label for=${id}>${label}</label>
      <select id=${id} .value=${value} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${this.catalog.filterAll}</option>${options}
      </select>
    </div>`;
  }

  #filters(): TemplateResult {
    const c = this.catalog;
    const opt = (id: string, label: string, value: string) =>
      html`<option value=${id} ?selected=${id === value}>${label}</option>`;
    const industries = (
      group: 'producer' | 'consumer',
    ) => html`<optgroup label=${group === 'producer' ? c.groupProducer : c.groupConsumer}>
      ${this.plan.industries.filter((i) => i.group === group).map((i) => opt(i.id, this.#name(i), this._industry))}
    </optgroup>`;
    return html`<fieldset class="filters" part="filters">
      <legend>${c.filters}</legend>
      ${this.#filterSelect('f-dimension', c.filterDimension, this._dimension, html`${this.plan.dimensions.map((d) => opt(d.id, this.#name(d), this._dimension))}`, (v) => (this._dimension = v))}
      ${this.#filterSelect('f-industry', c.filterIndustry, this._industry, html`${industries('producer')}${industries('consumer')}`, (v) => (this._industry = v))}
      ${this.#filterSelect('f-status', c.filterStatus, this._status, html`${STATUS_GROUPS.map((g) => opt(g, groupLabel(g, c), this._status))}`, (v) => (this._status = v as StatusGroup | ''))}
      <button type="button" class="clear" @click=${this.#clear}>${c.filterClear}</button>
    </fieldset>`;
  }

  #clear = (): void => {
    this._dimension = '';
    this._industry = '';
    this._status = '';
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#f-dimension') as HTMLElement | null)?.focus());
  };

  protected override renderContent(): TemplateResult {
    const counts = this.#counts;
    if (!counts) return html``;
    const c = this.catalog;
    const shown = this.shownRows.length;
    const title = this.#level(0);
    return html`<div class="dashboard">
      <div class="head" part="header">
        <div class="title" part="title" id="title" role="heading" aria-level=${title}>${c.dashTitle}<span class="as-of">${c.dashAsOf({ year: counts.asOf })}</span></div>
        <p class="plan-name">${c.name(this.plan.meta.title)}</p>
        ${renderTiles(counts, c)}
        <p class="summary" part="summary">${this.summary || summarySentence(counts, c)}</p>
      </div>
      ${this.#filters()}
      <p class="shown" role="status">${shown ? c.shownCount({ n: shown }) : c.noMatch}</p>
      ${this.#sections(title)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-plan-dashboard': QdPlanDashboard;
  }
}
