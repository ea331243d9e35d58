/**
 * `WidgetKit`: the reactive controllers every widget runs, made in the order in which they read each other
 * (language, texts, table, data, the checks of the shared attributes, prepare, report, viewport, first render),
 * and what a widget reads from them. `QdElement` holds one as `this.kit`: a widget reads `this.kit.plan`,
 * `this.kit.observations` and `this.kit.table.rows` in `prepare()` and `renderContent()`.
 */
import type { LitElement } from 'lit';
import type { Lang, Observation, PlanData } from '../../src/core.js';
import type { Catalog } from '../i18n/catalog.js';
import { CatalogController } from './catalog-controller.js';
import { DataController, type DataHost } from './data.js';
import type { QdLoadDetail } from './events.js';
import { InputsController } from './inputs.js';
import { LangController } from './lang-controller.js';
import { PrepareController } from './prepare.js';
import type { Problem } from './problems.js';
import { FirstRender } from './ready.js';
import { ReportController } from './report.js';
import { TableController } from './table-controller.js';
import { ViewportController } from './viewport.js';

/** The element a kit serves: a Lit element with the inputs every widget has. */
export type KitHost = LitElement &
  DataHost & { theme?: string; asOf?: number; constructor: { dataProperties?: readonly string[] } };

/** What the kit asks of its widget. */
export interface KitHooks {
  /** The indicator whose part of the bundled plan the widget needs: null for the whole plan, undefined for none yet. */
  key: () => string | null | undefined;
  /** Builds the widget's view model from its inputs (run by `PrepareController`). */
  prepare: () => void;
  /** The detail of `qd-load`. */
  detail: () => QdLoadDetail;
  /** Renders the widget now (before printing, see viewport.ts). */
  render: () => void;
}

export class WidgetKit {
  /** The language: the host's own `lang` or the nearest ancestor's, followed live. */
  readonly lang: LangController;
  /** The UI texts of that language (the one before until they have arrived). */
  readonly texts: CatalogController;
  /** The light-DOM `<table>` child: `rows` are its `year, value` rows. */
  readonly table: TableController;
  /** The plan in use and the site's observations, loaded (`src`, `<qd-plan>` or the bundled plan). */
  readonly data: DataController;
  /** Runs the host's `prepare()` once per set of inputs; `problem` is what it (or the template) threw. */
  readonly prepare: PrepareController;
  /** The first render: its `hold` and `complete` wrap the host's `scheduleUpdate` and `getUpdateComplete`. */
  readonly first: FirstRender;
  readonly #inputs: InputsController;

  constructor(host: KitHost, hooks: KitHooks) {
    this.lang = new LangController(host);
    this.texts = new CatalogController(host, () => this.lang.refresh().lang);
    this.table = new TableController(host);
    this.data = new DataController(host, hooks.key);
    this.#inputs = new InputsController(host, this.lang, this.data);
    this.prepare = new PrepareController(host, this.data, this.table, this.#inputs, hooks.prepare);
    new ReportController(host, this.prepare, { list: () => this.problems(), detail: hooks.detail });
    const viewport = new ViewportController(host, () => this.texts.catalog && hooks.render());
    this.first = new FirstRender(host, viewport, this.texts, this.data);
  }

  /** The plan in use (see data.ts); throws before it has arrived, so read it in `prepare()` or `renderContent()`. */
  get plan(): PlanData {
    if (!this.data.plan) throw new Error('the plan is not loaded yet: read kit.plan in prepare() or renderContent()');
    return this.data.plan;
  }

  /** The site's observations from `src` and the `observations` property (later wins), validated against the plan. */
  get observations(): readonly Observation[] {
    return this.data.observations;
  }

  /** The UI texts of the language in use; throws before they have arrived (they have by the first render). */
  get catalog(): Catalog {
    if (!this.texts.catalog) throw new Error('the UI texts are not loaded yet: read the catalog in render');
    return this.texts.catalog;
  }

  /** The language in use (own or inherited `lang`) once its texts have arrived; until then the one before. */
  get locale(): Lang {
    return this.texts.catalog?.lang ?? this.lang.resolved.lang;
  }

  /** The problems of the last update, in order: texts, attributes, data, table, then `prepare()` or the template. */
  problems(): Problem[] {
    const all = [this.texts.problem, ...this.#inputs.list, ...this.data.problems, this.table.problem];
    return [...all, this.prepare.problem].filter((p) => p !== null);
  }
}
