// The Lit floor of <qd-target-card> (issue 18): a LitElement with the card's template text
// (components/target-card/target-card.ts and components/render/progress-track.ts, copied), the
// card's CSS (its elementStyles' text, captured from the built card by bench/lib/card.mjs), its
// indicator's data inlined (bench/lib/data.mjs cardData: the texts as the library words them,
// the numbers as numbers), numbers through cached Intl.NumberFormats. No data loading, no
// calculation, no base class, no controllers: what a hand-made Lit card of the same look costs.
import { LitElement, css, html, nothing, svg, unsafeCSS } from 'lit';

const formats = new Map();
const nf = (options) => {
  const key = JSON.stringify(options);
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat('zh-CN', options)));
  return f;
};
const decimals = (v) => {
  const s = String(v);
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};
/** [before, number, unit, after] as the card writes it: 1,100亿元. */
const text = ([before, value, unit, after]) =>
  value === null
    ? before
    : `${before}${nf({ minimumFractionDigits: decimals(value), maximumFractionDigits: decimals(value) }).format(value)}${unit}${after}`;

// The status icons of components/base/icons.ts.
const ICONS = {
  achieved: svg`<circle cx="10" cy="10" r="9" fill="currentColor"/><path d="M5.5 10.5l3 3 6-7" fill="none" stroke="Canvas" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>`,
  on_track: svg`<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M6.5 13.5l7-7M8 6.5h5.5V12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  needs_acceleration: svg`<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M5.5 10h9M11 6.5l3.5 3.5-3.5 3.5" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  insufficient_progress: svg`<path d="M10 1.8l8.6 15.4H1.4z" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/><path d="M10 7.5v4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/><circle cx="10" cy="14.6" r="1.2" fill="currentColor"/>`,
  moving_away: svg`<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8"/><path d="M6.5 6.5l7 7M8 13.5h5.5V8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`,
  not_achieved: svg`<circle cx="10" cy="10" r="9" fill="currentColor"/><path d="M6.5 6.5l7 7M13.5 6.5l-7 7" stroke="Canvas" stroke-width="2.2" stroke-linecap="round"/>`,
  not_assessable: svg`<circle cx="10" cy="10" r="8.2" fill="none" stroke="currentColor" stroke-width="1.8" stroke-dasharray="3 2.2"/><path d="M7.6 7.8a2.5 2.5 0 1 1 3.4 2.3c-.7.3-1 .8-1 1.5v.6" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/><circle cx="10" cy="14.6" r="1.1" fill="currentColor"/>`,
};

const swatch = (cls) =>
  html`<svg class="swatch" viewBox="0 0 14 14" width="14" height="14" aria-hidden="true" focusable="false">${
    cls === 'mark-current'
      ? svg`<circle class="mark ${cls}" cx="7" cy="7" r="5"></circle>`
      : cls === 'mark-target'
        ? svg`<path class="mark ${cls}" d="M1 2h12l-6 8z"></path>`
        : svg`<path class="mark ${cls}" d="M7 1V13"></path>`
  }</svg>`;

/** The track in a viewBox 400 wide, scaled by CSS (no measured width). */
function track(t) {
  const w = 400;
  const X = (f) => 10 + f * (w - 20);
  const mid = 19;
  const from = Math.min(X(t.startX), X(t.currentX ?? t.startX));
  const to = Math.max(X(t.startX), X(t.currentX ?? t.startX));
  return html`<div class="meter" part="meter" role="meter" aria-label=${t.name} aria-valuemin=${t.lo} aria-valuemax=${t.hi} aria-valuenow=${t.current} aria-valuetext=${t.text}><svg class="track" part="track" viewBox="0 0 ${w} 32" width="100%" height="32" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track-bg" x="10" y=${mid - 5} width=${w - 20} height="10" rx="5"></rect>
    ${t.currentX !== null ? svg`<rect class="track-fill" x=${from} y=${mid - 5} width=${Math.max(to - from, 0)} height="10" rx="5"></rect>` : nothing}
    ${t.baseShown ? svg`<path class="mark mark-base" d="M${X(t.baseX)} ${mid - 9}V${mid + 9}"></path>` : nothing}
    <path class="mark mark-target" d="M${X(t.targetX)} ${mid - 9}V${mid + 9}M${X(t.targetX) - 6} 1h12l-6 7z"></path>
    ${t.currentX !== null ? svg`<circle class="mark mark-current" cx=${X(t.currentX)} cy=${mid} r="6"></circle>` : nothing}
  </svg></div>`;
}

/** Defines <lit-floor-card> showing `d` (cardData) with the card's CSS text `cssText`. */
export function define(d, cssText) {
  class LitFloorCard extends LitElement {
    static styles = css`${unsafeCSS(cssText)}`;
    render() {
      return html`<article class="card" part="card" aria-labelledby="title">
      <div class="head">
        <div class="title" part="title" id="title" role="heading" aria-level="3">${d.name}</div>
        <p class="status-line">
      <span class="status status-${d.status}" part="status"><svg class="icon" part="status-icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">${ICONS[d.status]}</svg><span>${d.statusLabel}</span></span>
      ${d.reason ? html`<span class="reason">${d.reason}</span>` : nothing}
      <span class="as-of">${d.asOf}</span>
    </p>
      </div>
      <dl class="figures" part="figures"><div class="figure">
        <dt>${d.latest.dt}</dt>
        <dd class="value">${text(d.latest.value)}</dd>
        <dd class="sub">${d.latest.sub}</dd>
      </div>
        <div class="figure">
          <dt>${d.targetYear}</dt>
          <dd class="value">${text(d.target)}</dd>
        </div>
      </dl>
      <div class="progress">${track(d.track)}<ul class="legend" part="legend" aria-hidden="true">
    ${d.legend.map(([cls, label, value]) => html`<li>${swatch(cls)}${label}${text(value)}</li>`)}
  </ul></div>
      <dl class="facts" part="required">
        <dt>${d.requiredLabel}</dt>
        <dd>${d.required.rate === null ? d.required.text : `${nf({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(d.required.rate)} ${d.required.text}`}</dd>
      </dl>
      <div class="source" part="source">
      <p><span class="source-label">${d.sourceLabel}</span> ${d.planQuote}<q class="quote" lang="zh-CN">${d.quote}</q></p>
    </div>
    </article>`;
    }
  }
  customElements.define('lit-floor-card', LitFloorCard);
}
