/**
 * `QdElement`: the thin base class of every `qd-*` widget. It holds what every
 * widget shares: `lang`, `theme` and `as-of`, events, and the error boundary
 * (a visible translated message, one console warning, a `qd-error` event; no
 * exception out of a lifecycle callback). Data (the plan in use, `src`, the
 * `observations` property), the light-DOM table, the language and its UI texts
 * are reactive controllers (data.ts, table-controller.ts, lang-controller.ts,
 * catalog-controller.ts).
 *
 * A widget subclasses it, lists the properties that change its data in
 * `static dataProperties`, and implements `prepare()` (build the view model;
 * throw for bad input) and `renderContent()`.
 */
import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Lang, Observation, PlanData } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { CatalogController } from './catalog-controller.js';
import { DataController } from './data.js';
import { emit, type QdLoadDetail } from './events.js';
import { errorIcon, noticeIcon } from './icons.js';
import { asOfConverter, asOfProblem, inputProblems, type Theme } from './inputs.js';
import { LangController } from './lang-controller.js';
import { FETCH_TIMEOUT_MS } from './load.js';
import { problem, problemFrom, problemText, type Problem } from './problems.js';
import { TableController } from './table-controller.js';
import type { TableRow } from './table.js';

export type { Theme };

/** How long a widget's first update waits for its data before it shows its loading placeholder. */
const FIRST_RENDER_WAIT_MS = 300;

/**
 * The base class of the widgets.
 *
 * @attr lang - Language: `zh-CN` (default) or `en`; inherited from the nearest ancestor with `lang`.
 * @attr theme - `auto` (default, follows `prefers-color-scheme`), `light` or `dark`.
 * @attr as-of - Evaluation year, from the plan's base year to its last target year (the default).
 * @attr src - URL of the site's own observations (JSON or CSV in the published schema), or of a whole plan.
 * @prop {Observation[]} observations - A site's observations, merged over the plan's own.
 * @event qd-load - Data is ready. detail: `{ indicator, observations }`, `observations` the number of observations used.
 * @event qd-error - Bad input or a failed load. detail: `{ code, message }`.
 * @event qd-select - A user picked an indicator/year. detail: `{ indicator, year }`.
 * @csspart error - The error message shown instead of the content.
 * @csspart notice - A non-fatal message shown above the content.
 * @csspart error-icon - The icon of the error message.
 * @csspart notice-icon - The icon of a non-fatal message.
 */
export class QdElement extends LitElement {
  static override properties: PropertyDeclarations = {
    _langAttr: { attribute: 'lang' },
    theme: { reflect: true },
    asOf: { attribute: 'as-of', converter: asOfConverter },
    src: {},
    observations: { attribute: false },
  };

  /** Properties of the subclass that change its data (prepare() runs again, then `qd-load`). */
  static dataProperties: readonly string[] = [];

  /** Request timeout of `src`, in milliseconds (10 s). */
  static fetchTimeout = FETCH_TIMEOUT_MS;

  /** Colour theme: `auto` (default), `light` or `dark`. */
  declare theme: Theme | undefined;
  /** Evaluation year (the plan's base year to its last target year); undefined: its last target year. */
  declare asOf: number | undefined;
  /** URL of the site's observations or plan (JSON or CSV in the published schema). */
  declare src: string | undefined;
  /** A site's observations, merged over the plan's own (validated; marked `origin: 'user'`). */
  declare observations: readonly Observation[] | undefined;
  declare private _langAttr: string | null;

  #lang = new LangController(this);
  #catalog = new CatalogController(this, () => this.#lang.refresh().lang);
  #table = new TableController(this);
  #data = new DataController(this, () => this.bundleKey());
  #inputs: Problem[] = [];
  #prepareProblem: Problem | null = null;
  #prepared: readonly unknown[] | null = null;
  #reported = new Set<string>();
  #pendingLoad = false;

  /** The language in use (own or inherited `lang`) once its texts have arrived; until then the one before. */
  get locale(): Lang {
    return this.#catalog.catalog?.lang ?? this.#lang.resolved.lang;
  }

  /** The plan in use: a whole plan from `src`, a `<qd-plan>` ancestor's, else the bundled one (or its part for `bundleKey()`). */
  protected get plan(): PlanData {
    const plan = this.#data.plan;
    if (!plan) throw new Error('the plan is not loaded yet: read this.plan in prepare() or renderContent()');
    return plan;
  }

  /** The site's observations from `src` and the `observations` property (later wins), validated against the plan. */
  protected get userObservations(): readonly Observation[] {
    return this.#data.observations;
  }

  /** Rows of the light-DOM `<table>` child (year, value), if any. */
  protected get tableRows(): readonly TableRow[] {
    return this.#table.rows;
  }

  /** The indicator whose part of the bundled plan the widget shows, null for the whole plan, undefined for none yet. */
  protected bundleKey(): string | null | undefined {
    return null;
  }

  /** The UI texts of the language in use (there from the first render on; `this.catalog.lang` is `this.locale`). */
  protected get catalog(): Catalog {
    const c = this.#catalog.catalog;
    if (!c) throw new Error('the UI texts are not loaded yet: read this.catalog in renderContent() or renderLoading()');
    return c;
  }

  /** The fatal problem shown, if any. */
  get problem(): Problem | null {
    return this.#problems().find((p) => p.fatal) ?? null;
  }

  /** Fires `qd-select` with the indicator and year a user picked. */
  protected select(indicator: string, year: number | null): void {
    emit(this, 'qd-select', { indicator, year });
  }

  /** Builds the widget's view model from its inputs; throw a `PlanError` for bad input. */
  protected prepare(): void {}

  /** The widget's content once data is ready. */
  protected renderContent(): TemplateResult {
    return html``;
  }

  /** A placeholder of the content's size while data loads (override to reserve the exact size). */
  protected renderLoading(): TemplateResult {
    return html`<p class="loading" role="status">${this.catalog.loading}</p>`;
  }

  /** Detail of `qd-load` (override to name the indicator). */
  protected loadDetail(): QdLoadDetail {
    return { indicator: null, observations: this.userObservations.length };
  }

  override connectedCallback(): void {
    this.#data.timeout = (this.constructor as typeof QdElement).fetchTimeout;
    super.connectedCallback();
  }

  /** The first update waits for the texts and (up to FIRST_RENDER_WAIT_MS) the data: drawn once, with both. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hasUpdated) return super.scheduleUpdate();
    const late = AbortSignal.timeout(FIRST_RENDER_WAIT_MS);
    const timeout = new Promise((resolve) => late.addEventListener('abort', resolve, { once: true }));
    const data = Promise.race([this.#data.settled(), timeout]);
    return Promise.all([this.#catalog.settled(), data]).then(() => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const lang = this.#lang.refresh();
    this.#inputs = inputProblems(lang, this.theme);
    const data = this.#data;
    if (data.waiting || data.problems.some((p) => p.fatal)) return;
    const late = data.plan && asOfProblem(this, this.asOf, data.plan);
    if (late) this.#inputs.push(late);
    if (this.#inputs.some((p) => p.fatal)) return;
    const ctor = this.constructor as typeof QdElement;
    const self = this as unknown as Record<string, unknown>;
    const inputs = [
      data.plan,
      data.observations,
      this.#table.rows,
      this.asOf,
      ...ctor.dataProperties.map((k) => self[k]),
    ];
    if (this.#prepared && inputs.every((x, i) => x === this.#prepared![i])) return;
    this.#prepared = inputs;
    this.#prepareProblem = null;
    try {
      this.prepare();
      this.#pendingLoad = true;
    } catch (e) {
      this.#prepareProblem = problemFrom(e);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // A widget off the page tells nobody anything (it renders again when it comes back).
    if (!this.isConnected) return;
    const problems = this.#problems();
    const keys = new Set(problems.map((p) => `${p.code}|${p.message}`));
    for (const p of problems) {
      if (this.#reported.has(`${p.code}|${p.message}`)) continue;
      console.warn(`[${this.localName}] ${p.message}`);
      emit(this, 'qd-error', { code: p.code, message: p.message });
    }
    this.#reported = keys;
    if (this.#pendingLoad && !problems.some((p) => p.fatal)) {
      this.#pendingLoad = false;
      emit(this, 'qd-load', this.loadDetail());
    }
  }

  override render(): TemplateResult {
    const problems = this.#problems();
    const fatal = problems.find((p) => p.fatal);
    const notices = problems.filter((p) => !p.fatal);
    const c = this.#catalog.catalog;
    return html`${notices.map(
      (p) => html`<div class="notice" part="notice" role="status">${noticeIcon()}<p>${problemText(c, p)}</p></div>`,
    )}${fatal ? this.#error(fatal) : this.#data.waiting ? this.renderLoading() : this.#safeContent()}`;
  }

  #error(p: Problem): TemplateResult {
    return html`<div class="error" part="error" role="alert">${errorIcon()}<p>${problemText(this.#catalog.catalog, p)}</p></div>`;
  }

  // A bug in a widget's template becomes the error state, not an exception out of update().
  #safeContent(): TemplateResult {
    try {
      return this.renderContent();
    } catch (e) {
      this.#prepareProblem = problemFrom(e);
      return this.#error(this.#prepareProblem);
    }
  }

  #problems(): Problem[] {
    const list = [this.#catalog.problem, ...this.#inputs, ...this.#data.problems].filter((p) => p !== null);
    const invalid = this.#table.invalid;
    if (invalid.length) {
      const rows = invalid.join(', ');
      const message = `Table row(s) ${rows} could not be read: each data row needs a year (e.g. 2023) and a number (e.g. 1,020.5) in its first two cells.`;
      list.push(problem('table_rows_invalid', message, { count: invalid.length }, false));
    }
    if (this.#prepareProblem) list.push(this.#prepareProblem);
    return list;
  }

  /** Resolves once rendered, after the texts, the plan and the modules the widget needs (not a `src` request). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await Promise.all([this.#catalog.settled(), this.#data.settled()]);
    let done = await super.getUpdateComplete();
    while (this.isUpdatePending) done = await super.getUpdateComplete();
    return done;
  }
}
