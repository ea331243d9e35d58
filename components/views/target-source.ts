/**
 * `TargetSource`: where a card's or bar's `TargetDisplay` comes from. With the
 * bundled plan (no `<qd-plan>`, `src`, `observations`, table, `as-of` or
 * `target`), it is the display the build computed for the indicator in the
 * page's language (components/generated/views/<id>.<lang>.js, written by
 * scripts/gen-views.mjs): one small module of strings, no calculation, no
 * Intl. Otherwise, or where the build made none (an id without a target, the
 * one-file CDN bundle), the widget computes it with the calculation and
 * formatting module (target-compute.ts), which loads on demand, once per page.
 * The host holds each update until what it needs has arrived (`pending`).
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang, Observation } from '../../src/core.js';
import { planContext } from '../base/context.js';
import { resolveLang } from '../base/lang.js';
import { problem, ProblemError } from '../base/problems.js';
import type { Catalog } from '../i18n/catalog.js';
import type { TargetDisplay } from './target-display.js';
import type { TargetView } from './target-view.js';

/** The inputs of a card or bar that decide where its display comes from. */
export interface TargetHost extends ReactiveControllerHost, HTMLElement {
  indicator: string | undefined;
  target: string | undefined;
  src: string | undefined;
  asOf: number | undefined;
  observations: readonly Observation[] | null | undefined;
}

type Compute = typeof import('./target-compute.js');

/** An indicator id (kebab-case): nothing else reaches `import()`. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * One precomputed display module. The single-file CDN bundle, which computes on the page, is built with `null`
 * here (rollup.config.js).
 */
const importView = (id: string, lang: Lang): Promise<{ display: TargetDisplay }> | null =>
  import(`../generated/views/${id}.${lang}.js`);

/** Precomputed displays by `id|lang`; ids the build made none for (or whose module failed to load). */
const displays = new Map<string, TargetDisplay>();
const loading = new Map<string, Promise<void>>();
const missing = new Set<string>();

function loadView(id: string, lang: Lang): Promise<void> {
  const key = `${id}|${lang}`;
  let p = loading.get(key);
  if (!p) {
    const load = importView(id, lang);
    p = (load ?? Promise.reject(new Error('no precomputed views in this build'))).then(
      (m) => void displays.set(key, m.display),
      () => void missing.add(id),
    );
    loading.set(key, p);
  }
  return p;
}

let compute: Compute | null = null;
let computing: Promise<Compute> | null = null;
let computeError: unknown = null;

/** The calculation and formatting module, imported once per page (a failed import is tried again on the next call). */
export function loadCompute(): Promise<Compute> {
  computing ??= import('./target-compute.js').then(
    (m) => {
      computeError = null;
      return (compute = m);
    },
    (e: unknown) => {
      computing = null;
      computeError = e;
      throw e;
    },
  );
  return computing;
}

/** Whether the calculation module has been loaded on this page (a test asks). */
export const computeLoaded = (): boolean => compute !== null;

export class TargetSource implements ReactiveController {
  /** Whether a `<qd-plan>` answered: its plan is shown, computed. */
  #provided = false;
  #computed = new WeakMap<TargetView, Map<string, TargetDisplay>>();

  /** `tableRows` reads the rows of the host's light-DOM table. */
  constructor(
    private readonly host: TargetHost,
    private readonly tableRows: () => readonly unknown[],
  ) {
    new ContextConsumer(host, {
      context: planContext,
      subscribe: true,
      callback: () => {
        if (this.#provided) return;
        this.#provided = true;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // A widget moved out of its <qd-plan> asks again when it comes back.
    this.#provided = false;
  }

  /** The indicator whose precomputed display may be shown, or null when the widget must compute. */
  #candidate(): string | null {
    const h = this.host;
    const plain =
      !this.#provided &&
      !h.src &&
      (h.observations === undefined || h.observations === null) &&
      h.asOf === undefined &&
      !h.target;
    if (!plain || !h.indicator || !ID.test(h.indicator) || missing.has(h.indicator)) return null;
    return this.tableRows().length ? null : h.indicator;
  }

  /** Whether the widget shows the build's display (no calculation on the page). */
  get precomputed(): boolean {
    return this.#candidate() !== null;
  }

  /** What the next update must wait for (the precomputed display in the host's language, else the calculation module), or null. */
  pending(): Promise<unknown> | null {
    const id = this.#candidate();
    if (id !== null) {
      const lang = resolveLang(this.host).lang;
      return displays.has(`${id}|${lang}`) ? null : loadView(id, lang);
    }
    if (compute || computeError) return null;
    return loadCompute().catch(() => {});
  }

  /** The calculation module (throws the `bundle_load` problem where it could not be loaded). */
  get compute(): Compute {
    if (compute) return compute;
    const detail = computeError instanceof Error ? computeError.message : String(computeError);
    throw new ProblemError(
      problem(
        'bundle_load',
        `The calculation module could not be loaded (${detail}). Serve the package's files together, or use the one-file CDN bundle.`,
        { id: this.host.indicator ?? '' },
      ),
    );
  }

  /** The display to render in the catalog's language: computed from `view`, else the build's (null: not arrived yet). */
  display(view: TargetView | null, c: Catalog): TargetDisplay | null {
    if (view) {
      let byLang = this.#computed.get(view);
      if (!byLang) this.#computed.set(view, (byLang = new Map<string, TargetDisplay>()));
      let d = byLang.get(c.lang);
      if (!d) byLang.set(c.lang, (d = this.compute.targetDisplay(view, c)));
      return d;
    }
    const id = this.#candidate();
    if (id === null) return null;
    const d = displays.get(`${id}|${c.lang}`);
    if (!d) void loadView(id, c.lang).then(() => this.host.requestUpdate());
    return d ?? null;
  }
}
