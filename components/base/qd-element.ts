import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Lang, Observation } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import type { QdLoadDetail } from './events.js';
import { problemBlock } from './icons.js';
import { asOfConverter, type Theme } from './inputs.js';
import { WidgetKit } from './kit.js';
import { FETCH_TIMEOUT_MS } from './load.js';
import { problemFrom, type Problem } from './problems.js';

/**
 * The base class of every `qd-*` widget: `lang`, `theme`, `as-of`, events and the error boundary (a visible
 * translated message, one warning, `qd-error`; no exception out of a lifecycle callback). The rest are reactive
 * controllers, wired by `WidgetKit` (kit.ts) and read as `this.kit`. A widget lists the properties that change
 * its data in `static dataProperties` and implements `prepare()`, `renderContent()` and `renderLoading()`.
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

  /** The widget's controllers (kit.ts): read `this.kit.plan`, `this.kit.observations`, `this.kit.table.rows`. */
  protected readonly kit = new WidgetKit(this, {
    key: () => this.bundleKey(),
    prepare: () => this.prepare(),
    detail: () => this.loadDetail(),
    render: () => this.performUpdate(),
  });

  /** The language in use (own or inherited `lang`) once its texts have arrived; until then the one before. */
  get locale(): Lang {
    return this.kit.locale;
  }

  /** The UI texts of the language in use (there from the first render on; `this.catalog.lang` is `this.locale`). */
  protected get catalog(): Catalog {
    return this.kit.catalog;
  }

  /** The fatal problem shown, if any. */
  get problem(): Problem | null {
    return this.kit.problems().find((p) => p.fatal) ?? null;
  }

  /** The indicator whose part of the bundled plan the widget shows, null for the whole plan, undefined for none yet. */
  protected bundleKey(): string | null | undefined {
    return null;
  }

  /** Builds the widget's view model from its inputs (`this.kit`, `asOf`, `dataProperties`); throw for bad input. */
  protected prepare(): void {}

  /** The widget's content once data is ready. */
  protected abstract renderContent(): TemplateResult;

  /** A placeholder of the content's size while data loads (`this.catalog.loading`, in the box the content takes). */
  protected abstract renderLoading(): TemplateResult;

  /** Detail of `qd-load` (override to name the indicator). */
  protected loadDetail(): QdLoadDetail {
    return { indicator: null, observations: this.kit.observations.length };
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.kit.first.hold(() => super.scheduleUpdate());
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.kit.first.complete(() => super.getUpdateComplete());
  }

  override render(): TemplateResult {
    const problems = this.kit.problems();
    const texts = this.kit.texts.catalog;
    const notices = problems.filter((p) => !p.fatal).map((p) => problemBlock(texts, p));
    const fatal = problems.some((p) => p.fatal);
    const content = fatal ? null : this.kit.data.waiting ? this.renderLoading() : this.#content();
    return html`${notices}${content ?? problemBlock(texts, this.problem!)}`;
  }

  // A bug in a widget's template becomes the error state, not an exception out of update().
  #content(): TemplateResult | null {
    try {
      return this.renderContent();
    } catch (e) {
      this.kit.prepare.problem = { ...problemFrom(e), fatal: true };
      return null;
    }
  }
}
