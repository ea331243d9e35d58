import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { QdElement } from '../base/qd-element.js';
import { baseStyles, nameButtonStyles } from '../styles/styles.js';
import { planRows, scorecardCounts, type PlanRow, type ScorecardCounts } from '../views/scorecard-view.js';
import { industryGroupsOf, planGroups, type PlanGroups, type TargetGroup } from '../views/plan-groups.js';
import { emit, type QdLoadDetail } from '../base/events.js';
import { groupLabel, groupOf, renderItem, renderTiles, STATUS_GROUPS, type StatusGroup } from './parts.js';
import { summarySentence } from './summary.js';
import { planDashboardStyles } from './plan-dashboard.styles.js';
import { renderMethod, statusStyles } from '../render/status.js';

/**
 * @summary The whole plan at a glance: the end-of-plan scorecard, then every target by goal dimension and by industry, with filters.
 *
 * @description Leads with the scorecard as of `as-of` (default 2025): counts by status (achieved,
 * of which early; on track; behind schedule; not achieved; not assessable, said to be for lack of
 * data and never shown as a failure) and a one-sentence summary ("截至2025年，19项目标中2项已实现
 * （均为提前实现），17项因缺少数据无法评估。") an author can replace with `summary`. Then the targets
 * grouped by the plan's goal dimensions and its industries (under the plan's industry groups;
 * Qingdao's are producer and consumer services), and the targets of neither under "other
 * targets", each shown compactly (name, target, latest value, status) and selectable. Filters by
 * dimension, industry and status are labelled `<select>`s in a `<fieldset>`; the number of targets
 * shown is announced in a live region. Counts and statuses come from the library's `scorecard()`.
 *
 * @tag qd-plan-dashboard
 *
 * @attr lang - `zh-CN` (default) or `en`; inherited from the nearest ancestor.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr as-of - Evaluation year, from the plan's base year to its last target year (the default).
 * @attr src - URL of the site's observations (JSON or CSV in the published schema), or of a whole plan.
 * @attr summary - Replaces the generated summary sentence.
 * @attr heading-level - Level of the dashboard's heading, 2-5 (default 2); sections use the next levels.
 * @prop {Observation[]} observations - A site's observations, merged over the bundled ones.
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
 * @csspart provisional - A target's provisional status beside its not-assessable verdict (dashed outline, hourglass icon); the not-assessable tile and a sentence after the summary count them, no other tile or status filter does.
 * @csspart provisional-icon - The hourglass icon of a provisional status.
 * @csspart method - The method that judged the statuses (the preset) and its method document, under the summary.
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

  static override styles: CSSResult[] = [baseStyles, nameButtonStyles, statusStyles, planDashboardStyles];

  /** Replaces the generated summary sentence. */
  declare summary: string | undefined;
  /** Level of the dashboard's heading (2-5; default 2). */
  declare headingLevel: number | undefined;
  declare private _dimension: string;
  declare private _industry: string;
  declare private _status: '' | StatusGroup;

  #rows: readonly PlanRow[] = [];
  #counts: ScorecardCounts | null = null;
  #preset = '';

  constructor() {
    super();
    this._dimension = '';
    this._industry = '';
    this._status = '';
  }

  /** @internal The scorecard's counts shown (null until data is ready). */
  get counts(): ScorecardCounts | null {
    return this.#counts;
  }

  /** @internal The targets shown under the current filters, in the plan's order. */
  get shownRows(): readonly PlanRow[] {
    return this.#groups().shown;
  }

  protected override prepare(): void {
    this.#rows = [];
    this.#counts = null;
    const { card, rows } = planRows({ asOf: this.asOf, observations: this.kit.observations, plan: this.kit.plan });
    this.#rows = rows;
    this.#counts = scorecardCounts(card);
    this.#preset = card.preset;
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

  /** The plan's groups of targets under the current filters (views/plan-groups.ts). */
  #groups(): PlanGroups {
    const status = this._status;
    return planGroups(this.kit.plan, this.#rows, {
      dimension: this._dimension,
      industry: this._industry,
      status: status ? (r) => groupOf(r.entry.status) === status : null,
    });
  }

  #select = (row: PlanRow): void => {
    emit(this, 'qd-select', { indicator: row.entry.target.indicator, year: row.view.latest?.year ?? null });
  };

  /** The name of an industry group: the plan's, else (a 0.1.0 plan) producer or consumer services, else its id. */
  #groupName(g: { id: string; name: { zh: string; en: string } | null }): string {
    const c = this.catalog;
    if (g.name) return c.name(g.name);
    return g.id === 'producer' ? c.groupProducer : g.id === 'consumer' ? c.groupConsumer : g.id;
  }

  #group(g: TargetGroup, level: number): TemplateResult {
    const c = this.catalog;
    const id = `g-${g.def ? g.def.id : 'other'}`;
    return html`<section class="group" part="group" aria-labelledby=${id}>
      <div class="group-title" id=${id} role="heading" aria-level=${level}>${g.def ? c.name(g.def.name) : c.groupOther}</div>
      ${g.rows.length ? html`<ul class="items">${g.rows.map((r) => renderItem(r, c, this.#select))}</ul>` : html`<p class="empty">${c.groupEmpty}</p>`}
    </section>`;
  }

  #sections(title: number): TemplateResult {
    const c = this.catalog;
    const { dimensions, industries, other } = this.#groups();
    const industryCount = this.kit.plan.industries.length;
    return html`${
      dimensions.length
        ? html`<section class="section" aria-labelledby="s-dimensions">
        <div class="section-title" id="s-dimensions" role="heading" aria-level=${title + 1}>${c.groupDimensions({ count: this.kit.plan.dimensions.length })}</div>
        <div class="groups">${dimensions.map((g) => this.#group(g, title + 2))}</div>
      </section>`
        : nothing
    }
      ${
        industries.length
          ? html`<section class="section" aria-labelledby="s-industries">
        <div class="section-title" id="s-industries" role="heading" aria-level=${title + 1}>${c.groupIndustries({ count: industryCount })}</div>
        ${industries.map(
          (s) => html`<section class="subsection" aria-labelledby="s-${s.id}">
          <div class="subsection-title" id="s-${s.id}" role="heading" aria-level=${title + 2}>${this.#groupName(s)}</div>
          <div class="groups">${s.groups.map((g) => this.#group(g, title + 3))}</div>
        </section>`,
        )}
      </section>`
          : nothing
      }
      ${
        other
          ? html`<section class="section" aria-labelledby="g-other-section">
        <div class="groups" id="g-other-section">${this.#group(other, title + 1)}</div>
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
    const industries = industryGroupsOf(this.kit.plan).map(
      (g) => html`<optgroup label=${this.#groupName(g)}>
        ${this.kit.plan.industries.filter((i) => i.group === g.id).map((i) => opt(i.id, c.name(i.name), this._industry))}
      </optgroup>`,
    );
    return html`<fieldset class="filters" part="filters">
      <legend>${c.filters}</legend>
      ${this.#filterSelect('f-dimension', c.filterDimension, this._dimension, html`${this.kit.plan.dimensions.map((d) => opt(d.id, c.name(d.name), this._dimension))}`, (v) => (this._dimension = v))}
      ${this.#filterSelect('f-industry', c.filterIndustry, this._industry, html`${industries}`, (v) => (this._industry = v))}
      ${this.#filterSelect('f-status', c.filterStatus, this._status, html`${STATUS_GROUPS.map((g) => opt(g, groupLabel(g, c), this._status))}`, (v) => (this._status = v as StatusGroup | ''))}
      <button type="button" class="clear" @click=${this.#clear}>${c.filterClear}</button>
    </fieldset>`;
  }

  #clear = (): void => {
    this._dimension = '';
    this._industry = '';
    this._status = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#f-dimension')?.focus());
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
        <p class="plan-name">${c.name(this.kit.plan.meta.title)}</p>
        ${renderTiles(counts, c)}
        <p class="summary" part="summary">${this.summary || summarySentence(counts, c)}</p>
        ${renderMethod(this.#preset, c)}
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
