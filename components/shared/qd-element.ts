/**
 * `QdElement`: the base class of every `qd-*` widget. It owns the contract
 * shared by all widgets (see docs in components/shared/README.md):
 *
 * - `lang` (own or nearest ancestor's; en*, zh*; zh-CN default; others: notice),
 * - `theme` (auto / light / dark), `as-of` (2020-2025),
 * - `src` (observations JSON or CSV, fetched with a timeout, aborted on disconnect),
 *   the `observations` property and a light-DOM `<table>` child (year, value),
 * - problems: a visible translated message (`role="alert"`, `part="error"`, or a
 *   `part="notice"` for non-fatal ones), exactly one `console.warn` each, and a
 *   `qd-error` event; nothing is thrown out of a lifecycle callback,
 * - `qd-load` after data is (re)prepared, and `select()` for `qd-select`.
 *
 * A widget subclasses it, declares its own properties, lists those that change
 * its data in `static dataProperties`, and implements `prepare()` (build the
 * view model; throw a `PlanError` for bad input) and `renderContent()`.
 */
import type { PlanData } from '../../src/plan-data.js';
import { LitElement, html, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Lang, Observation } from '../../src/types.js';
import { DataWait } from './data-wait.js';
import { emit, type QdLoadDetail } from './events.js';
import { errorIcon, noticeIcon } from './icons.js';
import { asOfConverter, resolveInputs, watchLang, type Theme } from './inputs.js';
import { checkObservations, FETCH_TIMEOUT_MS, type Checked } from './load.js';
import { SrcLoad, type SrcResult } from './src-load.js';
import { problem, problemFrom, problemText, type Problem } from './problems.js';

import { t, type StringKey } from './strings.js';
import { readTable, type TableRow } from './table.js';

export type { Theme };

/** How long a widget's first update waits for its data modules before showing its loading placeholder. */
const FIRST_RENDER_WAIT_MS = 300;

/**
 * The base class of the widgets.
 *
 * @attr lang - Language: `zh-CN` (default) or `en`; inherited from the nearest ancestor with `lang`.
 * @attr theme - `auto` (default, follows `prefers-color-scheme`), `light` or `dark`.
 * @attr as-of - Evaluation year, 2020-2025; defaults to the plan's target year.
 * @attr src - URL of the site's own observations, JSON or CSV in the published schema.
 * @prop {Observation[]} observations - A site's observations, merged over the bundled ones.
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
    _loading: { state: true },
    _srcResult: { state: true },
    _loadProblem: { state: true },
    _table: { state: true },
    _ready: { state: true },
  };

  /** Properties of the subclass that change its data (prepare() runs again, then `qd-load`). */
  static dataProperties: readonly string[] = [];

  /** Request timeout of `src`, in milliseconds (10 s). */
  static fetchTimeout = FETCH_TIMEOUT_MS;

  /** Colour theme: `auto` (default), `light` or `dark`. */
  declare theme: Theme | undefined;
  /** Evaluation year (2020-2025); undefined: the target year. */
  declare asOf: number | undefined;
  /** URL of the site's observations (JSON or CSV in the published schema). */
  declare src: string | undefined;
  /** A site's observations, merged over the bundled ones (validated; marked `origin: 'user'`). */
  declare observations: readonly Observation[] | undefined;

  declare private _langAttr: string | null;
  declare private _loading: boolean;
  declare private _srcResult: SrcResult | null;
  declare private _loadProblem: Problem | null;
  declare private _table: { rows: readonly TableRow[]; invalid: readonly number[] } | null;
  declare private _ready: number;

  #lang: Lang = 'zh-CN';
  #inputProblems: Problem[] = [];
  #prepareProblem: Problem | null = null;
  #reported = new Set<string>();
  #pendingLoad = false;
  #src = new SrcLoad((state) => {
    this._loading = state.loading;
    this._srcResult = state.result;
    this._loadProblem = state.problem;
  });
  #tableObserver: MutationObserver | null = null;
  #wait = new DataWait(() => this._ready++);

  constructor() {
    super();
    this._loading = false;
    this._srcResult = null;
    this._loadProblem = null;
    this._table = null;
    this._ready = 0;
  }

  /** The language in use (resolved from `lang` on the element or its ancestors). */
  get locale(): Lang {
    return this.#lang;
  }

  /** The site's observations from `src` and the `observations` property (later wins), validated. */
  protected get userObservations(): readonly Observation[] {
    return [...(this._srcResult?.observations ?? []), ...this.#validProperty().observations];
  }

  /** The plan in use: a site's whole plan from `src`, else the bundled one (or its part for `bundleKey()`). Pass it to `targetView` / `scorecard`. */
  protected get plan(): PlanData {
    const plan = this._srcResult?.plan ?? this.#wait.bundle?.plan;
    if (!plan) throw new Error('the bundled data is not loaded yet: read this.plan in prepare() or renderContent()');
    return plan;
  }

  /** The library's bundled observations (of `bundleKey()`'s indicator, or all), to merge under a site's own. */
  protected get bundledObservations(): readonly Observation[] {
    return this.#wait.bundle?.observations ?? [];
  }

  /** The indicator whose bundled data the widget shows (its records are loaded alone), null for the whole plan, undefined for none yet (no indicator set). */
  protected bundleKey(): string | null | undefined {
    return null;
  }

  /** Rows of the light-DOM `<table>` child (year, value), if any. */
  protected get tableRows(): readonly TableRow[] {
    return this._table?.rows ?? [];
  }

  /** The translated UI string `key`. */
  protected t(key: StringKey, params?: Readonly<Record<string, string | number>>): string {
    return t(this.#lang, key, params);
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

  /** A placeholder of the content's size while `src` loads (override to reserve the exact size). */
  protected renderLoading(): TemplateResult {
    return html`<p class="loading" role="status">${this.t('loading')}</p>`;
  }

  /** Detail of `qd-load` (override to name the indicator). */
  protected loadDetail(): QdLoadDetail {
    return { indicator: null, observations: this.userObservations.length };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchLang(this, true);
    this.#readTable();
    this.#tableObserver ??= new MutationObserver(() => this.#readTable());
    this.#tableObserver.observe(this, { childList: true, subtree: true, characterData: true });
    // A load interrupted by a disconnect starts again.
    if (this.hasUpdated && this.src && this.#src.loaded !== this.src) this.#startSrc();
    // The data modules the widget needs start loading before its first update, after the
    // modules being evaluated with this one: an element already in the page upgrades while its
    // entry is defined, and a table, dashboard or every-widget entry imported with it (the CDN
    // bundle) registers the whole plan a moment later, which makes the load unneeded.
    queueMicrotask(() => {
      if (this.isConnected) this.#wait.ensure(this.bundleKey(), this.#hasProperty());
    });
  }

  /**
   * The first update waits (up to FIRST_RENDER_WAIT_MS) for the data modules the widget
   * imports on demand, so that it is drawn once, with its data, rather than as a placeholder first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated
      ? super.scheduleUpdate()
      : this.#wait.whenReady(() => super.scheduleUpdate(), FIRST_RENDER_WAIT_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    watchLang(this, false);
    this.#tableObserver?.disconnect();
    this.#src.abort();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    try {
      this.#resolveInputs();
      if (changed.has('src')) this.#startSrc();
      this.#wait.ensure(this.bundleKey(), this.#hasProperty());
      const ctor = this.constructor as typeof QdElement;
      const keys = ['asOf', 'observations', '_srcResult', '_table', '_loading', '_ready', ...ctor.dataProperties];
      const dataChanged = !this.hasUpdated || keys.some((k) => changed.has(k));
      if (
        dataChanged &&
        !this._loading &&
        !this.#waiting() &&
        !this.#inputProblems.some((p) => p.fatal) &&
        !this._loadProblem
      ) {
        this.#prepareProblem = null;
        try {
          this.prepare();
          this.#pendingLoad = true;
        } catch (e) {
          this.#prepareProblem = problemFrom(e);
        }
      }
    } catch (e) {
      this.#prepareProblem = problemFrom(e);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const problems = this.#problems();
    const keys = new Set(problems.map((p) => `${p.code}|${p.message}`));
    for (const p of problems) {
      const k = `${p.code}|${p.message}`;
      if (this.#reported.has(k)) continue;
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
    return html`${notices.map(
      (p) =>
        html`<div class="notice" part="notice" role="status">${noticeIcon()}<p>${problemText(this.#lang, p)}</p></div>`,
    )}${
      fatal
        ? html`<div class="error" part="error" role="alert">${errorIcon()}<p>${problemText(this.#lang, fatal)}</p></div>`
        : this._loading || this.#waiting()
          ? this.renderLoading()
          : this.#safeContent()
    }`;
  }

  // A bug in a widget's template becomes the error state, not an exception out of update().
  #safeContent(): TemplateResult {
    try {
      return this.renderContent();
    } catch (e) {
      const p = problemFrom(e);
      this.#prepareProblem = p;
      return html`<div class="error" part="error" role="alert">${errorIcon()}<p>${problemText(this.#lang, p)}</p></div>`;
    }
  }

  #problems(): Problem[] {
    const list = [...this.#inputProblems];
    if (this._loadProblem) list.push(this._loadProblem);
    if (this._srcResult?.invalid)
      list.push(problem('src_rows_invalid', this._srcResult.message, { count: this._srcResult.invalid }, false));
    const prop = this.#validProperty();
    if (prop.problem) list.push(prop.problem);
    if (this._table?.invalid.length) {
      const rows = this._table.invalid.join(', ');
      list.push(
        problem(
          'table_rows_invalid',
          `Table row(s) ${rows} could not be read: each data row needs a year (e.g. 2023) and a number (e.g. 1,020.5) in its first two cells.`,
          { count: this._table.invalid.length },
          false,
        ),
      );
    }
    if (this.#prepareProblem) list.push(this.#prepareProblem);
    list.push(...this.#wait.problems);
    return list;
  }

  #hasProperty = (): boolean => this.observations !== undefined && this.observations !== null;

  #waiting(): boolean {
    return this.#wait.waiting(this.bundleKey(), this.#hasProperty());
  }

  /** Resolves once rendered, including after the bundled data and the parser module a site's `observations` need have loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#wait.pending) {
      await this.#wait.pending;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  #resolveInputs(): void {
    const inputs = resolveInputs(this, this.theme, this.asOf);
    this.#lang = inputs.lang;
    this.#inputProblems = inputs.problems;
  }

  #propertyCache: { input: unknown; result: Checked } | null = null;

  // The observations property, validated once per value (once the parser is loaded).
  #validProperty(): Checked {
    const input = this.observations;
    const cached = this.#propertyCache;
    if (cached && cached.input === input) return cached.result;
    const result = checkObservations(input, 'the observations property');
    if (result) this.#propertyCache = { input, result };
    return result ?? { observations: [], problem: null };
  }

  #readTable(): void {
    try {
      const table = readTable(this);
      if (JSON.stringify(table) !== JSON.stringify(this._table)) this._table = table;
    } catch (e) {
      this.#prepareProblem = problemFrom(e);
      this.requestUpdate();
    }
  }

  #startSrc(): void {
    this.#src.start(this.src, (this.constructor as typeof QdElement).fetchTimeout);
  }
}
