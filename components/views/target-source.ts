/**
 * `TargetSource`: where a card's or bar's `TargetDisplay` comes from. With the
 * bundled plan (no `<qd-plan>`, `src`, `observations`, table, `as-of` or
 * `target`), it is the display the build computed for the indicator in the
 * page's language (components/generated/views/<id>.<lang>.js, written by
 * scripts/gen-views.mjs): one small module of strings, no calculation, no
 * Intl. Otherwise, or where the build made none (an id without a target, the
 * one-file CDN bundle), the widget computes it with the calculation and
 * formatting module (target-compute.ts), which loads on demand, once per page.
 * The host holds each update until what it needs has arrived (`pending`); the
 * choice itself is precomputed-source.ts's, shared with the trend chart.
 */
import type { Lang } from '../../src/core.js';
import { resolveLang } from '../base/lang.js';
import type { Catalog } from '../i18n/catalog.js';
import { Lazy, Precomputed, PrecomputedSource, type SourceHost } from './precomputed-source.js';
import type { TargetDisplay } from './target-display.js';
import type { TargetView } from './target-view.js';

/** The inputs of a card or bar that decide where its display comes from. */
export type TargetHost = SourceHost;

type Compute = typeof import('./target-compute.js');

/**
 * One precomputed display module. The single-file CDN bundle, which computes on the page, is built with `null`
 * here (rollup.config.js).
 */
const importView = (id: string, lang: Lang): Promise<{ display: TargetDisplay }> | null =>
  import(`../generated/views/${id}.${lang}.js`);

/** Precomputed displays by `id|lang`. */
const displays = new Precomputed<TargetDisplay>();
const loadView = (id: string, lang: Lang): Promise<void> =>
  displays.load(`${id}|${lang}`, id, () => importView(id, lang)?.then((m) => m.display) ?? null);

/** The calculation and formatting module of the cards and bars. */
const calc = new Lazy<Compute>(() => import('./target-compute.js'));

/** The calculation and formatting module, imported once per page (a failed import is tried again on the next call). */
export const loadCompute = (): Promise<Compute> => calc.load();

/** Whether the calculation module has been loaded on this page (a test asks). */
export const computeLoaded = (): boolean => calc.value !== null;

export class TargetSource extends PrecomputedSource<Compute> {
  #computed = new WeakMap<TargetView, Map<string, TargetDisplay>>();

  /** `tableRows` reads the rows of the host's light-DOM table. */
  constructor(host: TargetHost, tableRows: () => readonly unknown[]) {
    super(host, tableRows, calc, displays.missing);
  }

  protected override loadPrecomputed(id: string): Promise<void> | null {
    const lang = resolveLang(this.host).lang;
    return displays.get(`${id}|${lang}`) ? null : loadView(id, lang);
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
    const id = this.candidate();
    if (id === null) return null;
    const d = displays.get(`${id}|${c.lang}`);
    if (!d) void loadView(id, c.lang).then(() => this.host.requestUpdate());
    return d ?? null;
  }
}
