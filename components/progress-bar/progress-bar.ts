import { css, html, type CSSResult, type TemplateResult } from 'lit';
import { QdElement } from '../base/qd-element.js';
import { baseStyles } from '../styles/styles.js';
import { renderTrack, renderTrackLegend, trackStyles, TRACK_HEIGHT } from '../render/progress-track.js';
import { missingIndicator } from '../base/problems.js';
import type { TargetView } from '../views/target-view.js';
import { TargetSource } from '../views/target-source.js';
import type { QdLoadDetail } from '../base/events.js';
import { renderProvisionalDisplay, statusStyles } from '../render/status-parts.js';

/**
 * @summary A compact bar from a target's base to the target, with base, latest and target marks.
 *
 * @description Exposed to assistive technology as `role="meter"` with `aria-valuemin`, `-max`,
 * `-now` and the values in words (`aria-valuetext`, ending with the provisional status where there is
 * one); where there is no value at all, as an image with the same words. The legend under the bar
 * repeats the values visibly.
 *
 * @tag qd-progress-bar
 *
 * @attr indicator - Id of an indicator with a target, e.g. `services-trade`. Shows the indicator's main target: the first the plan states for it.
 * @attr target - Id of a target (e.g. a second target year of an indicator); takes precedence over `indicator`.
 * @attr lang - `zh-CN` (default) or `en`; inherited from the nearest ancestor.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr as-of - Evaluation year, from the plan's base year to its last target year (default: the target's year).
 * @attr src - URL of the site's observations (JSON or CSV in the published schema).
 * @attr no-legend - Hides the legend (the meter keeps its words).
 * @prop {Observation[]} observations - A site's observations, merged over the bundled ones.
 *
 * @slot - A `<table>` of `year, value` rows, read as the site's observations (not displayed).
 *
 * @csspart meter - The element with `role="meter"`.
 * @csspart track - The SVG of the bar.
 * @csspart legend - The list of base, latest and target values.
 * @csspart provisional - Under the bar, where the target year's figure is not published yet: the provisional status of the latest data (dashed outline, hourglass icon), never a verdict.
 * @csspart provisional-icon - The hourglass icon of a provisional status.
 * @csspart error - The error message shown instead of the bar.
 * @csspart notice - A non-fatal message shown above the bar.
 * @csspart error-icon - The icon of the error message.
 * @csspart notice-icon - The icon of a non-fatal message.
 *
 * @cssproperty --qd-color-current - Fill and latest-value mark.
 * @cssproperty --qd-color-base - Base mark.
 * @cssproperty --qd-color-target - Target mark.
 * @cssproperty --qd-color-track - Outline of the bar.
 * @cssproperty --qd-color-surface - Inside of the bar.
 * @cssproperty --qd-font-family - Font of the legend.
 *
 * @event qd-load - The bar is drawn from its data. detail: `{ indicator, observations }`, `observations` the number of observations used.
 * @event qd-error - Bad input or a failed `src`. detail: `{ code, message }`.
 */
export class QdProgressBar extends QdElement {
  static override properties = {
    indicator: { reflect: true },
    target: { reflect: true },
    noLegend: { type: Boolean, attribute: 'no-legend', reflect: true },
  };

  /** @internal */
  static override dataProperties = ['indicator', 'target'];

  static override styles: CSSResult[] = [
    baseStyles,
    trackStyles,
    statusStyles,
    css`
      :host {
        min-block-size: calc(${TRACK_HEIGHT}px + 1.75em);
      }
      :host([no-legend]) {
        min-block-size: ${TRACK_HEIGHT}px;
      }
      .placeholder {
        block-size: ${TRACK_HEIGHT}px;
      }
    `,
  ];

  /** Id of an indicator with a target (its main target: the first the plan states). */
  declare indicator: string | undefined;
  /** Id of a target; takes precedence over `indicator`. */
  declare target: string | undefined;
  /** Hides the visible legend. */
  declare noLegend: boolean;

  #source = new TargetSource(this, () => this.kit.table.rows);
  #view: TargetView | null = null;

  constructor() {
    super();
    this.noLegend = false;
  }

  /**
   * @internal What the bar shows, computed on the page (null until data is ready, after an error, and while the bar shows
   * the bundled plan's view precomputed at build time: no `src`, `observations`, table, `as-of`, `target` or
   * `<qd-plan>`).
   */
  get view(): TargetView | null {
    return this.#view;
  }

  protected override bundleKey(): string | null | undefined {
    // Precomputed: no plan to load. A target named alone: the whole plan, whose lookups find it (or name the closest ids).
    if (this.#source.precomputed) return undefined;
    return this.indicator || (this.target ? null : undefined);
  }

  // Each update waits for what it shows: the precomputed view in its language, or the calculation module.
  protected override scheduleUpdate(): void | Promise<unknown> {
    const wait = this.#source.pending();
    return wait ? wait.then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  protected override prepare(): void {
    this.#view = null;
    if (!this.indicator && !this.target) {
      throw missingIndicator(this.localName);
    }
    if (this.#source.precomputed) return;
    this.#view = this.#source.compute.targetView(this.indicator ?? null, {
      target: this.target,
      asOf: this.asOf,
      observations: this.kit.observations,
      tableRows: this.kit.table.rows,
      plan: this.kit.plan,
    });
  }

  protected override loadDetail(): QdLoadDetail {
    const d = this.#source.display(this.#view, this.catalog);
    return { indicator: d?.indicator ?? this.indicator ?? null, observations: d?.observations ?? 0 };
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="placeholder" role="status"><span class="visually-hidden">${this.catalog.loading}</span></div>`;
  }

  protected override renderContent(): TemplateResult {
    const d = this.#source.display(this.#view, this.catalog);
    if (!d) return this.renderLoading();
    // A provisional status is said under the bar (the bar has no verdict to show); nothing where there is none.
    const provisional = d.status.provisional
      ? html`<p class="provisional-line">${renderProvisionalDisplay(d.status.provisional)}</p>`
      : '';
    return html`${renderTrack(d.track)}${this.noLegend ? '' : renderTrackLegend(d.legend)}${provisional}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-progress-bar': QdProgressBar;
  }
}
