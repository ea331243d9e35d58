// The hand-written floor of the trend chart (issue 18): what the browser needs at least to show
// what <qd-trend-chart> shows on its chart view. One HTML string per chart (the caption, one SVG
// with the same ticks, tick labels, paths, points, target mark and label, and the same legend),
// written into the chart's own shadow root; one shared constructed style sheet; numbers through a
// cached Intl.NumberFormat (created on first use, inside the timed window, as the widget does).
// No Lit, no framework. Tick values come from d3-scale's scaleLinear().nice().ticks(), the
// widget's own call, so that the ticks are identical; everything else is plain arithmetic.
// Not drawn (the widget has them): the summary sentence, the view tabs, the download buttons,
// the points' accessible names and keyboard navigation, and the widget's model calculation
// (the floor gets the model's numbers precomputed, as ECharts and Chart.js do: bench/lib/data.mjs).
import { scaleLinear } from 'd3-scale';

/**
 * What the floor draws, from the widget's own view and model (components/views: targetView +
 * trendModel): the series, every point with its kind and bound, the value axis' options, the
 * legend entries in the widget's order (renderLegend in components/trend-chart/trend-chart-svg.ts)
 * and the target label split around its number, which the floor formats itself with Intl.
 * `c` is the zh-CN catalog; `f` the library's formatValue and formatTarget.
 */
export function floorData(v, m, c, f) {
  const r = (x) => Math.round(x * 1e6) / 1e6;
  const kinds = new Set(m.points.map((p) => p.kind));
  const legend = [];
  if (kinds.has('observed')) legend.push(['observed', c.observed]);
  if (kinds.has('base')) legend.push(['base', c.baseValue]);
  if (m.points.some((p) => p.bound !== 'exact')) legend.push(['bound', c.legendBound]);
  if (kinds.has('part')) legend.push(['part', c.legendPart]);
  if (kinds.has('yoy')) legend.push(['yoy', c.legendYoy]);
  if (m.required) legend.push(['required', m.required.kind === 'reference' ? c.legendReference : c.legendRequired]);
  if (m.projection) legend.push(['projection', c.legendProjection]);
  legend.push(['target', c.target]);
  const label = c.targetMark({ target: f.formatTarget(v.target, { locale: 'zh-CN' }) });
  const number = f.formatValue(v.target.value, v.target.unit, { locale: 'zh-CN' });
  const at = label.indexOf(number);
  return {
    indicator: v.target.indicator,
    name: c.name(v.target.name),
    unit: v.target.unit,
    years: m.years,
    required: m.required
      ? { kind: m.required.kind, points: m.required.points.map((p) => ({ year: p.year, value: r(p.value) })) }
      : null,
    target: { year: m.target.year, value: r(m.target.value) },
    label,
    points: m.points.map((p) => ({ year: p.year, value: r(p.value), kind: p.kind, bound: p.bound })),
    projection: m.projection ? m.projection.map((p) => ({ year: p.year, value: r(p.value) })) : null,
    includeZero: m.scale === 'rate' || v.target.form === 'new_count',
    integer: ['count', 'new_count', 'per_year_count'].includes(v.target.form),
    legend,
    targetValue: v.target.value,
    labelParts: at >= 0 ? [label.slice(0, at), label.slice(at + number.length)] : null,
  };
}

/** The plot's width: the widget's SVG in a 480 px box (its padding taken off: 446 in the census). */
export const FLOOR_WIDTH = 446;
export const FLOOR_HEIGHT = 300;
const TICK_FONT = 12;
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
const textWidth = (t) => [...t].reduce((w, c) => w + (WIDE.test(c) ? TICK_FONT : TICK_FONT * 0.6), 0);
const px = (v) => Math.round(v * 10) / 10;
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

// zh-CN values as the library writes them: the value's own decimals (at most 6), grouped, then the unit.
const formats = new Map();
const decimals = (v) => {
  const s = String(Math.round(v * 1e6) / 1e6);
  const e = s.indexOf('e-');
  if (e >= 0) return Number(s.slice(e + 2));
  const dot = s.indexOf('.');
  return dot < 0 ? 0 : s.length - dot - 1;
};
export function formatValue(v, unit) {
  const r = Math.round(v * 1e6) / 1e6;
  const d = decimals(r);
  let f = formats.get(d);
  if (!f) formats.set(d, (f = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: d, maximumFractionDigits: d })));
  return f.format(r) + unit;
}
const yearLabel = (y) => `${y}年`;

/** Margins, maps and ticks: the widget's chartFrame (components/views/chart.ts), by hand. */
export function frame(d, width = FLOOR_WIDTH, height = FLOOR_HEIGHT) {
  const values = [
    ...d.points.map((p) => p.value),
    ...(d.required?.points ?? []).map((p) => p.value),
    ...(d.projection ?? []).map((p) => p.value),
    d.target.value,
  ];
  if (d.includeZero) values.push(0);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  const top = 16 + 18;
  const bottom = 28;
  const ys = scaleLinear().domain([lo, hi]).nice(5);
  const [d0, d1] = ys.domain();
  const yTicks = ys.ticks(5).filter((v) => !d.integer || Number.isInteger(v));
  const yLabels = yTicks.map((v) => formatValue(v, d.unit));
  const left = Math.ceil(Math.max(...yLabels.map(textWidth), 0) + 14);
  const [first, last] = d.years;
  const lastLabel = textWidth(yearLabel(last));
  const right = Math.ceil(Math.max(lastLabel / 2, 12) + 8);
  const x0 = first - 0.3;
  const kx = (width - right - left) / (last + 0.3 - x0);
  const x = (year) => left + (year - x0) * kx;
  const ky = (top - (height - bottom)) / (d1 - d0 || 1);
  const y = (v) => height - bottom + (v - d0) * ky;
  const step = Math.max(1, Math.ceil((lastLabel + 10) / (kx || 1)));
  const xTicks = [];
  for (let yr = last; yr >= first; yr -= step) xTicks.unshift(yr);
  return { width, height, top, bottom, left, right, x, y, yTicks, yLabels, xTicks };
}

const line = (f, pts) => pts.map((p, i) => `${i ? 'L' : 'M'}${px(f.x(p.year))},${px(f.y(p.value))}`).join('');

function marker(kind, x, y) {
  const [X, Y] = [px(x), px(y)];
  switch (kind) {
    case 'base':
      return `<rect class="mk mk-base" x="${px(X - 5)}" y="${px(Y - 5)}" width="10" height="10"/>`;
    case 'observed':
      return `<circle class="mk mk-observed" cx="${X}" cy="${Y}" r="5"/>`;
    case 'bound':
      return `<circle class="mk mk-hollow" cx="${X}" cy="${Y}" r="5"/>`;
    case 'part':
      return `<path class="mk mk-hollow" d="M${X} ${px(Y - 6.5)}l6.5 6.5-6.5 6.5-6.5-6.5z"/>`;
    case 'yoy':
      return `<rect class="mk mk-hollow" x="${px(X - 5)}" y="${px(Y - 5)}" width="10" height="10"/>`;
    default:
      return `<circle class="mk mk-target-ring" cx="${X}" cy="${Y}" r="7"/><circle class="mk mk-target-dot" cx="${X}" cy="${Y}" r="2.5"/>`;
  }
}

/** The target's label at the first clear place beside its mark (the widget's rule). */
function targetLabel(f, d) {
  const text = d.labelParts ? d.labelParts[0] + formatValue(d.targetValue, d.unit) + d.labelParts[1] : d.label;
  const x = f.x(d.target.year);
  const y = f.y(d.target.value);
  const w = textWidth(text);
  const marks = [...d.points.map((p) => [f.x(p.year), f.y(p.value)]), [x, y]];
  const places = [
    [x - 10, y - 12, 'end'],
    [x - 10, y + 22, 'end'],
    [x - 14, y + 4, 'end'],
    [f.left + 4, y - 12, 'start'],
    [f.left + 4, y + 22, 'start'],
  ];
  if (d.required?.kind === 'reference') places.unshift([f.x(d.required.points[0].year) + 2, y - 10, 'start']);
  const clear = ([ax, by, anchor]) => {
    const [a, b] = anchor === 'end' ? [ax - w, ax] : [ax, ax + w];
    const [c, e] = [by - TICK_FONT, by + 3];
    if (a < f.left || b > f.width - 2 || c < 2 || e > f.height - f.bottom) return false;
    return marks.every(([mx, my]) => mx < a - 9 || mx > b + 9 || my < c - 9 || my > e + 9);
  };
  const [lx, ly, anchor] = places.find(clear) ?? places[0];
  return `<text class="target-label" x="${px(lx)}" y="${px(ly)}" text-anchor="${anchor}">${esc(text)}</text>`;
}

const SWATCH = {
  observed: `<path class="ln ln-observed" d="M2 8h24"/>${marker('observed', 14, 8)}`,
  base: marker('base', 14, 8),
  bound: `${marker('bound', 14, 11)}<path class="mk-caret" d="M9 5l5-5 5 5"/>`,
  part: marker('part', 14, 8),
  yoy: marker('yoy', 14, 8),
  required: '<path class="ln ln-required" d="M2 8h24"/>',
  projection: '<path class="ln ln-projection" d="M2 8h24"/>',
  target: marker('target', 14, 8),
};

/** The chart's markup: caption, SVG, legend. */
export function chartHtml(d, width = FLOOR_WIDTH) {
  const f = frame(d, width);
  const base = f.height - f.bottom;
  const right = f.width - f.right;
  const grid = f.yTicks.map((v) => `M${f.left} ${px(f.y(v))}H${right}`).join('');
  const axis = `M${f.left} ${base}H${right}${f.xTicks.map((yr) => `M${px(f.x(yr))} ${base}v5`).join('')}`;
  let s = `<figure class="chart"><figcaption class="title">${esc(d.name)}</figcaption><div class="plot"><svg class="plot-svg" viewBox="0 0 ${f.width} ${f.height}" width="100%" height="${f.height}" role="img" aria-label="${esc(d.name)}"><g class="axes" aria-hidden="true"><path class="grid" d="${grid}"/><path class="axis" d="${axis}"/>`;
  f.yTicks.forEach((v, i) => {
    s += `<text class="tick" x="${f.left - 8}" y="${px(f.y(v))}" dy="0.32em" text-anchor="end">${f.yLabels[i]}</text>`;
  });
  for (const yr of f.xTicks)
    s += `<text class="tick" x="${px(f.x(yr))}" y="${base + 8 + TICK_FONT}" text-anchor="middle">${yearLabel(yr)}</text>`;
  s += '</g><g class="lines" aria-hidden="true">';
  if (d.required) s += `<path class="ln ln-required" d="${line(f, d.required.points)}"/>`;
  if (d.projection) s += `<path class="ln ln-projection" d="${line(f, d.projection)}"/>`;
  const solid = d.points.filter((p) => p.kind === 'base' || p.kind === 'observed');
  if (solid.length > 1) s += `<path class="ln ln-observed" d="${line(f, solid)}"/>`;
  s += marker('target', f.x(d.target.year), f.y(d.target.value)) + targetLabel(f, d) + '</g><g class="points">';
  for (const p of d.points) {
    const x = f.x(p.year);
    const y = f.y(p.value);
    s += `<g class="pt pt-${p.kind}">${marker(p.kind, x, y)}${p.bound !== 'exact' ? `<path class="mk-caret" d="M${px(px(x) - 5)} ${px(px(y) - 9)}l5-6 5 6"/>` : ''}</g>`;
  }
  s += '</g></svg></div><ul class="legend">';
  for (const [kind, text] of d.legend)
    s += `<li><svg class="swatch" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true">${SWATCH[kind]}</svg><span>${esc(text)}</span></li>`;
  return s + '</ul></figure>';
}

const CSS = `:host{display:block;font:14px/1.5 system-ui,sans-serif;color:#1b1f24;--current:#1f5fa8;--base:#5b6470;--target:#b3261e;--border:#8a929c;--bg:#fff}
.chart{margin:0;padding:16px;border:1px solid #d8dce2;border-radius:8px}.title{font-weight:700}.plot{min-height:300px}svg{display:block;overflow:visible}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;margin:0;padding:0;list-style:none;font-size:13px}.legend li{display:inline-flex;align-items:center;gap:4px}.swatch{flex:none;overflow:visible}
.tick{fill:#5b6470;font-size:12px}.grid{fill:none;stroke:var(--border);stroke-opacity:.35}.axis{fill:none;stroke:var(--border)}
.ln{fill:none;stroke-width:2.5;stroke-linejoin:round;stroke-linecap:round}.ln-observed{stroke:var(--current)}.ln-required{stroke:var(--target);stroke-dasharray:7 5;stroke-linecap:butt}.ln-projection{stroke:var(--current);stroke-dasharray:.5 5}
.mk{stroke-width:2}.mk-observed{fill:var(--current);stroke:var(--bg)}.mk-base{fill:var(--base);stroke:var(--bg)}.mk-hollow{fill:var(--bg);stroke:var(--current)}
.mk-caret{fill:none;stroke:var(--current);stroke-width:2;stroke-linecap:round;stroke-linejoin:round}.mk-target-ring{fill:var(--bg);stroke:var(--target);stroke-width:2.5}.mk-target-dot{fill:var(--target)}
.target-label{fill:#1b1f24;font-size:12px;font-weight:700;paint-order:stroke;stroke:var(--bg);stroke-width:3px;stroke-linejoin:round}`;
let sheet = null;

/** Draws one chart into a new shadow root in a 480 px box under `host`. */
export function render(host, d) {
  const box = document.createElement('div');
  box.className = 'plot';
  box.style.width = '480px';
  const el = document.createElement('div');
  const root = el.attachShadow({ mode: 'open' });
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
  root.adoptedStyleSheets = [sheet];
  root.innerHTML = chartHtml(d);
  box.append(el);
  host.append(box);
  return el;
}
