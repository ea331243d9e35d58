import { html, nothing, type CSSResult, type TemplateResult } from 'lit';
import type { Observation } from '../../src/core.js';
import { QdElement } from '../base/qd-element.js';
import { baseStyles } from '../styles/styles.js';
import { renderTrack, renderTrackLegend, trackStyles } from '../render/progress-track.js';
import { SizeController } from '../base/size.js';
import { missingIndicator } from '../base/problems.js';
import { TABLE_PUBLISHER, targetView, type TargetView } from '../views/target-view.js';
import { publishedText } from '../views/cite.js';
import { formatBounded, formatRate, formatTarget, formatValue, reasonLabel, statusLabel } from '../views/format.js';
import { statusIcon } from '../base/icons.js';
import { safeHttpUrl } from '../render/url.js';
import { renderMethod, renderProvisional, statusStyles } from '../render/status.js';
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
 * a link to it. Every number comes from the library's calculations and formatting.
 *
 * @tag qd-target-card
 *
 * @attr indicator - Id of an indicator with a target, e.g. `services-trade`. Shows the indicator's main target: the first the plan states for it.
 * @attr target - Id of a target (e.g. a second target year of an indicator); takes precedence over `indicator`.
 * @attr lang - `zh-CN` (default) or `en`; inherited from the nearest ancestor.
 * @attr theme - `auto` (default), `light` or `dark`.
 * @attr as-of - Evaluation year, 2020-2025 (default: the target year, 2025).
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

  static override dataProperties = ['indicator', 'target'];

  static override styles: CSSResult[] = [baseStyles, trackStyles, statusStyles, targetCardStyles];

  /** Id of an indicator with a target (its main target: the first the plan states). */
  declare indicator: string | undefined;
  /** Id of a target; takes precedence over `indicator`. */
  declare target: string | undefined;
  /** Level of the card's heading (2-6; default 3). */
  declare headingLevel: number | undefined;

  #size = new SizeController(this, '.track');
  #view: TargetView | null = null;

  /** What the card shows (null until data is ready or after an error). */
  get view(): TargetView | null {
    return this.#view;
  }

  protected override bundleKey(): string | null | undefined {
    // A target named alone: the whole plan, whose lookups find it (or name the closest ids).
    return this.indicator || (this.target ? null : undefined);
  }

  protected override prepare(): void {
    this.#view = null;
    if (!this.indicator && !this.target) throw missingIndicator(this.localName);
    this.#view = targetView(this.indicator ?? null, {
      target: this.target,
      asOf: this.asOf,
      observations: this.userObservations,
      tableRows: this.tableRows,
      plan: this.plan,
    });
  }

  protected override loadDetail(): QdLoadDetail {
    return {
      indicator: this.#view?.target.indicator ?? this.indicator ?? null,
      observations: this.#view?.observations.length ?? 0,
    };
  }

  protected override renderLoading(): TemplateResult {
    return html`<div class="card placeholder" part="card" role="status"><span class="loading">${this.catalog.loading}</span></div>`;
  }

  protected override renderContent(): TemplateResult {
    const v = this.#view;
    if (!v) return html``;
    const c = this.catalog;
    const lang = c.lang;
    const level = Math.min(Math.max(Math.round(this.headingLevel ?? 3), 2), 6);
    return html`<article class="card" part="card" aria-labelledby="title">
      <div class="head">
        <div class="title" part="title" id="title" role="heading" aria-level=${level}>${c.name(v.target.name)}</div>
        ${this.#status(v)}
      </div>
      <dl class="figures" part="figures">${this.#latest(v)}
        <div class="figure">
          <dt>${c.targetYear({ year: v.target.targetYear })}</dt>
          <dd class="value">${formatTarget(v.target, { locale: lang })}</dd>
        </div>
      </dl>
      <div class="progress">${renderTrack(v, c, this.#size.width)}${renderTrackLegend(v, c)}</div>
      <dl class="facts" part="required">
        <dt>${c.required}</dt>
        <dd>${this.#required(v)}</dd>
      </dl>
      ${this.#sources(v)}
    </article>`;
  }

  #status(v: TargetView): TemplateResult {
    const c = this.catalog;
    const a = v.assessment;
    const reason = a.status === 'not_assessable' && a.reasons[0] ? reasonLabel(a.reasons[0], c.lang) : '';
    return html`<p class="status-line">
      <span class="status status-${a.status}" part="status">${statusIcon(a.status)}<span>${statusLabel(a.status, c.lang, a.achievedEarly)}</span></span>
      ${reason ? html`<span class="reason">${reason}</span>` : nothing}
      ${renderProvisional(a, c)}
      <span class="as-of">${c.asOfNote({ year: a.asOf })}</span>
    </p>`;
  }

  #latest(v: TargetView): TemplateResult {
    const c = this.catalog;
    const lang = c.lang;
    const unit = v.target.unit;
    if (v.latest) {
      return html`<div class="figure">
        <dt>${c.latest}</dt>
        <dd class="value">${formatBounded(v.latest.value, unit, v.latest.bound, lang)}</dd>
        <dd class="sub">${c.yearOf({ year: v.latest.year })}</dd>
      </div>`;
    }
    if (v.base && v.baseStated) {
      return html`<div class="figure">
        <dt>${c.baseValue}</dt>
        <dd class="value">${formatValue(v.base.value, v.base.unit, { locale: lang })}</dd>
        <dd class="sub">${c.baseOnly({ baseYear: v.base.year })}</dd>
      </div>`;
    }
    return html`<div class="figure">
      <dt>${c.latest}</dt>
      <dd class="value">${formatValue(null, unit, { locale: lang })}</dd>
      <dd class="sub">${c.noObservation}</dd>
    </div>`;
  }

  #required(v: TargetView): string {
    const c = this.catalog;
    const r = v.required;
    switch (r.kind) {
      case 'rate':
        return `${formatRate(r.rate, c.lang)} ${(r.from === 'latest' ? c.requiredFromLatest : c.requiredFromBase)({ year: r.fromYear })}`;
      case 'met':
        return c.requiredMet;
      case 'not_applicable':
        return c.requiredNotApplicable;
      default:
        return c.requiredUnavailable;
    }
  }

  #observationSource(o: Observation): TemplateResult {
    const c = this.catalog;
    if (o.vintage === 'plan' && o.source && !o.source.document)
      return html`<p>${c.planSection({ section: o.source.section })}</p>`;
    const table = o.origin === 'user' && o.publisher === TABLE_PUBLISHER;
    const text = publishedText(table ? { ...o, publisher: c.tableData } : o, c);
    const url = safeHttpUrl(o.url);
    return html`<p>
      <span class="source-label">${c.latestSource}</span>
      <span>${text}</span>${o.origin === 'user' && !table ? html` <span class="sub">(${c.userData})</span>` : nothing}
      ${url ? html` <a href=${url} target="_blank" rel="noopener noreferrer">${c.openSource}</a>` : nothing}
    </p>`;
  }

  #sources(v: TargetView): TemplateResult {
    const c = this.catalog;
    const s = v.target.source;
    return html`<div class="source" part="source">
      <p><span class="source-label">${c.source}</span> ${c.planQuote({ section: s.section, document: v.sourceDocument })}<q class="quote" lang="zh-CN">${s.quote}</q></p>
      ${(v.target.notes ?? []).map((n) => html`<p class="note"><span class="source-label">${c.readingNote}</span> ${c.name(n)}</p>`)}
      ${v.latestObservation ? this.#observationSource(v.latestObservation) : nothing}
      ${renderMethod(v.assessment.preset, c)}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-target-card': QdTargetCard;
  }
}
