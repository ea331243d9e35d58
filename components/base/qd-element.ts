/**
 * `QdElement`: the base class of every `qd-*` widget: `lang`, `theme`, `as-of`, events and the error boundary
 * (a visible translated message, one warning, `qd-error`; no exception out of a lifecycle callback). The rest are
 * controllers in this folder (data, table, lang, catalog, prepare, report, viewport, ready). A widget lists the
 * properties that change its data in `static dataProperties` and implements `prepare()` and `renderContent()`.
 */
import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Lang, Observation, PlanData } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { CatalogController } from './catalog-controller.js';
import { DataController } from './data.js';
import { emit, type QdLoadDetail } from './events.js';
import { problemBlock } from './icons.js';
import { asOfConverter, InputsController, type Theme } from './inputs.js';
import { LangController } from './lang-controller.js';
import { FETCH_TIMEOUT_MS } from './load.js';
import { PrepareController } from './prepare.js';
import { problemFrom, type Problem } from './problems.js';
import { FirstRender } from './ready.js';
import { ReportController } from './report.js';
import { TableController } from './table-controller.js';
import type { TableRow } from './table.js';
import { ViewportController } from './viewport.js';

export type { Theme };

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
 * @cssstate deferred - Not rendered yet: just connected, or far from the viewport (it renders when it comes near).
 */
export abstract class QdElement extends LitElement {
  static override properties: PropertyDeclarations = {
    _langAttr: { attribute: 'lang' },
    theme: { reflect: true },
    asOf: { attribute: 'as-of', converter: asOfConverter },
    src: {},
    observations: { attribute: false },
  };
  /** @internal Properties of the subclass that change its data (prepare() runs again, then `qd-load`). */
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
  #inputs = new InputsController(this, this.#lang, this.#data);
  #prepare = new PrepareController(this, this.#data, this.#table, this.#inputs, () => this.prepare());
  // eslint-disable-next-line no-unused-private-class-members -- the controller adds itself to the host (addController); the field only holds it
  #report = new ReportController(this, this.#prepare, {
    list: () => this.#problems(),
    detail: () => this.loadDetail(),
  });
  #viewport = new ViewportController(this, () => this.#catalog.catalog && this.performUpdate());
  #first = new FirstRender(this, this.#viewport, this.#catalog, this.#data);

  /** The language in use (own or inherited `lang`) once its texts have arrived; until then the one before. */
  get locale(): Lang {
    return this.#catalog.catalog?.lang ?? this.#lang.resolved.lang;
  }

  /** The plan in use: a whole plan from `src`, a `<qd-plan>` ancestor's, else the bundled one (or its part for `bundleKey()`). */
  protected get plan(): PlanData {
    if (!this.#data.plan) throw new Error('the plan is not loaded yet: read this.plan in prepare() or renderContent()');
    return this.#data.plan;
  }

  /** The site's observations from `src` and the `observations` property (later wins), validated against the plan. */
  protected get userObservations(): readonly Observation[] {
    return this.#data.observations;
  }

  /** Rows of the light-DOM `<table>` child (year, value), if any. */
  protected get tableRows(): readonly TableRow[] {
    return this.#table.rows;
  }

  /** The UI texts of the language in use (there from the first render on; `this.catalog.lang` is `this.locale`). */
  protected get catalog(): Catalog {
    if (!this.#catalog.catalog) throw new Error('the UI texts are not loaded yet: read this.catalog in render');
    return this.#catalog.catalog;
  }

  /** The fatal problem shown, if any. */
  get problem(): Problem | null {
    return this.#problems().find((p) => p.fatal) ?? null;
  }

  /** The indicator whose part of the bundled plan the widget shows, null for the whole plan, undefined for none yet. */
  protected bundleKey(): string | null | undefined {
    return null;
  }

  /** Fires `qd-select` with the indicator and year a user picked. */
  protected select(indicator: string, year: number | null): void {
    emit(this, 'qd-select', { indicator, year });
  }

  /** Builds the widget's view model from its inputs; throw a `PlanError` for bad input. */
  protected prepare(): void {}

  /** The widget's content once data is ready. */
  protected abstract renderContent(): TemplateResult;

  /** A placeholder of the content's size while data loads (override to reserve the exact size). */
  protected renderLoading(): TemplateResult {
    return html`<p class="loading" role="status">${this.catalog.loading}</p>`;
  }

  /** Detail of `qd-load` (override to name the indicator). */
  protected loadDetail(): QdLoadDetail {
    return { indicator: null, observations: this.userObservations.length };
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.#first.hold(() => super.scheduleUpdate());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#first.complete(() => super.getUpdateComplete());
  }

  #problems(): Problem[] {
    const all = [this.#catalog.problem, ...this.#inputs.list, ...this.#data.problems, this.#table.problem];
    return [...all, this.#prepare.problem].filter((p) => p !== null);
  }

  override render(): TemplateResult {
    const problems = this.#problems();
    const notices = problems.filter((p) => !p.fatal).map((p) => problemBlock(this.#catalog.catalog, p));
    const content = problems.some((p) => p.fatal) ? null : this.#data.waiting ? this.renderLoading() : this.#content();
    return html`${notices}${content ?? problemBlock(this.#catalog.catalog, this.problem!)}`;
  }

  // A bug in a widget's template becomes the error state, not an exception out of update().
  #content(): TemplateResult | null {
    try {
      return this.renderContent();
    } catch (e) {
      this.#prepare.problem = { ...problemFrom(e), fatal: true };
      return null;
    }
  }
}
