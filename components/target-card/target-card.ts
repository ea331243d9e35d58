import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import { QdElement } from '../base/qd-element.js';
import { baseStyles } from '../styles/styles.js';
import { renderTrack, renderTrackLegend, trackStyles } from '../render/progress-track.js';
import { missingIndicator } from '../base/problems.js';
import type { TargetView } from '../views/target-view.js';
import type { ObservationSourceDisplay, TargetDisplay } from '../views/target-display.js';
import { TargetSource } from '../views/target-source.js';
import { statusIcon } from '../base/icons.js';
import { safeHttpUrl } from '../render/url.js';
import { renderMethodDisplay, renderProvisionalDisplay, statusStyles } from '../render/status-parts.js';
import type { QdLoadDetail } from '../base/events.js';
import { targetCardStyles } from './target-card.styles.js';

/**
 * @summary One target of the plan at a glance: the latest value, the target, progress, status and sources.
 *
 * @description Shows the target's name; the latest observation and its year (or the base value
 * where there is none yet, said so); the target with its qualifier in words (约 / 以上 / 超过 /
 * 不足 / 达到; about / at least / more than / less than / reach); a progress bar from base to
 * target (`role="meter"`); the status with an icon and text; the annual growth still required;
 * and the sources: the plan's section and quote, and for an observation its publisher, date and
 * a link to it. Every number comes from the library's calculations and formatting: for the
 * bundled plan at the default as-of, computed at build time (the card then loads no calculation
 * code, and `view` is null); otherwise on the page.
 *
 * @tag qd-target-card
 *
 * @attr indicator - Id of an indicator with a target, e.g. `services-trade`. Shows the indicator's main target: the first the plan states for it.
 * @attr target - Id of a target (e.g. a second target year of an indicator); takes precedence over `indicator`.
 * @attr lang - `zh-CN` (default) or `en`; inherited from the nearest ancestor.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr as-of - Evaluation year, from the plan's base year to its last target year (default: the target's year).
 * @attr src - URL of the site's observations (JSON or CSV in the published schema).
 * @attr heading-level - Level of the card's heading, 2-6 (default 3).
 * @prop {Observation[]} observations - A site's observations, merged over the bundled ones.
 *
 * @slot - A `<table>` of `year, value` rows, read as the site's observations (not displayed).
 *
 * @csspart card - The card's box.
 * @csspart title - The target's name.
 * @csspart status - The status line (icon and text).
 * @csspart status-icon - The status icon.
 * @csspart provisional - A provisional status beside a not-assessable verdict (dashed outline, hourglass icon): "暂判：… （据2024年数据，2025年数据尚未发布）"; never counted as a verdict.
 * @csspart provisional-icon - The hourglass icon of a provisional status.
 * @csspart method - The method that judged the status (the preset, e.g. Eurostat growth ratio (eurostat)) and its method document, in the sources.
 * @csspart figures - The latest value and the target.
 * @csspart meter - The progress bar (`role="meter"`).
 * @csspart track - The SVG of the progress bar.
 * @csspart legend - The base, latest and target values under the bar.
 * @csspart required - The annual growth still required.
 * @csspart source - The sources block: the plan's section and quote, how an ambiguous target is read (its notes), the latest value's publisher and date.
 * @csspart error - The error message shown instead of the card.
 * @csspart notice - A non-fatal message shown above the card.
 * @csspart error-icon - The icon of the error message.
 * @csspart notice-icon - The icon of a non-fatal message.
 *
 * @cssproperty --qd-color-bg - Card background.
 * @cssproperty --qd-color-text - Text colour.
 * @cssproperty --qd-color-muted - Labels and notes.
 * @cssproperty --qd-color-border - Card border.
 * @cssproperty --qd-color-link - Source links.
 * @cssproperty --qd-color-current - Progress fill and latest mark.
 * @cssproperty --qd-color-target - Target mark.
 * @cssproperty --qd-color-achieved - Status colour (also --qd-color-on-track, -needs-acceleration, -insufficient-progress, -moving-away, -not-achieved, -not-assessable).
 * @cssproperty --qd-font-family - Font.
 * @cssproperty --qd-space-3 - Padding and gaps.
 * @cssproperty --qd-radius - Corner radius.
 *
 * @event qd-load - The card shows its data. detail: `{ indicator, observations }`, `observations` the number of observations used.
 * @event qd-error - Bad input or a failed `src`. detail: `{ code, message }`.
 */
export class QdTargetCard extends QdElement {
  static override properties = {
    indicator: { reflect: true },
    target: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** @internal */
  static override dataProperties = ['indicator', 'target'];

  static override styles: CSSResult[] = [baseStyles, trackStyles, statusStyles, targetCardStyles];

  /** Id of an indicator with a target (its main target: the first the plan states). */
  declare indicator: string | undefined;
  /** Id of a target; takes precedence over `indicator`. */
  declare target: string | undefined;
  /** Level of the card's heading (2-6; default 3). */
  declare headingLevel: number | undefined;

  #source = new TargetSource(this, () => this.kit.table.rows);
  #view: TargetView | null = null;

  /**
   * @internal What the card shows, computed on the page (null until data is ready, after an error, and while the card shows
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
    if (!this.indicator && !this.target) throw missingIndicator(this.localName);
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
    return html`<div class="card placeholder" part="card" role="status"><span class="loading">${this.catalog.loading}</span></div>`;
  }

  protected override renderContent(): TemplateResult {
    const d = this.#source.display(this.#view, this.catalog);
    if (!d) return this.renderLoading();
    const level = Math.min(Math.max(Math.round(this.headingLevel ?? 3), 2), 6);
    return html`<article class="card" part="card" aria-labelledby="title">
      <div class="head">
        <div class="title" part="title" id="title" role="heading" aria-level=${level}>${d.title}</div>
        ${this.#status(d)}
      </div>
      <dl class="figures" part="figures">${this.#latest(d)}
        <div class="figure">
          <dt>${d.target.term}</dt>
          <dd class="value">${d.target.value}</dd>
        </div>
      </dl>
      <div class="progress">${renderTrack(d.track)}${renderTrackLegend(d.legend)}</div>
      <dl class="facts" part="required">
        <dt>${d.required.term}</dt>
        <dd>${d.required.value}</dd>
      </dl>
      ${this.#sources(d)}
    </article>`;
  }

  #status(d: TargetDisplay): TemplateResult {
    const s = d.status;
    return html`<p class="status-line">
      <span class="status status-${s.code}" part="status">${statusIcon(s.code)}<span>${s.label}</span></span>
      ${s.reason ? html`<span class="reason">${s.reason}</span>` : nothing}
      ${renderProvisionalDisplay(s.provisional)}
      <span class="as-of">${s.asOf}</span>
    </p>`;
  }

  #latest(d: TargetDisplay): TemplateResult {
    return html`<div class="figure">
      <dt>${d.latest.term}</dt>
      <dd class="value">${d.latest.value}</dd>
      <dd class="sub">${d.latest.sub}</dd>
    </div>`;
  }

  #observationSource(o: ObservationSourceDisplay): TemplateResult {
    if (o.kind === 'plan') return html`<p>${o.text}</p>`;
    const url = safeHttpUrl(o.url);
    return html`<p>
      <span class="source-label">${o.label}</span>
      <span>${o.text}</span>${o.userData ? html` <span class="sub">(${o.userData})</span>` : nothing}
      ${url ? html` <a href=${url} target="_blank" rel="noopener noreferrer">${o.linkText}</a>` : nothing}
    </p>`;
  }

  #sources(d: TargetDisplay): TemplateResult {
    const s = d.sources;
    return html`<div class="source" part="source">
      <p><span class="source-label">${s.label}</span> ${s.plan}<q class="quote" lang="zh-CN">${s.quote}</q></p>
      ${s.notes.map((n) => html`<p class="note"><span class="source-label">${n.label}</span> ${n.text}</p>`)}
      ${s.observation ? this.#observationSource(s.observation) : nothing}
      ${renderMethodDisplay(s.method)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-target-card': QdTargetCard;
  }
}
