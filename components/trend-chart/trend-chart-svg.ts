/**
 * The drawing of `<qd-trend-chart>`: axes, the required path (dashed), the
 * observations (solid line and points; bounds, part-year figures and
 * year-on-year rates as hollow marks), the projection (dotted) and the target
 * as a labelled mark. Marks differ by shape and line style as well as colour;
 * the legend (HTML, so it wraps and scales with the text) names each one.
 */
import { html, noChange, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { directive, Directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { chartFrame, linePath, px, TICK_FONT, textWidth, type Frame } from '../views/chart.js';
import { formatTarget, formatValue } from '../views/format.js';
import type { Catalog, PlainKey } from '../i18n/catalog.js';
import type { TargetView } from '../views/target-view.js';
import type { PointKind, TrendModel, TrendPoint } from '../views/trend-series.js';

/** The id of point `i` (for `aria-activedescendant`). */
export const pointId = (i: number): string => `pt-${i}`;

/** The frame of a model at a width. */
export function trendFrame(v: TargetView, m: TrendModel, c: Catalog, width: number): Frame {
  const unit = v.target.unit;
  const values = [
    ...m.points.map((p) => p.value),
    ...(m.required?.points ?? []).map((p) => p.value),
    ...(m.projection ?? []).map((p) => p.value),
    m.target.value,
  ];
  return chartFrame({
    width,
    years: m.years,
    values,
    includeZero: m.scale === 'rate' || v.target.form === 'new_count',
    headroom: 18,
    integer: ['count', 'new_count', 'per_year_count'].includes(v.target.form),
    valueLabel: (x) => formatValue(x, unit, { locale: c.lang }),
    yearLabel: (y) => c.yearOf({ year: y }),
  });
}

/** The mark of a point kind, centred on (x, y). */
export function marker(kind: PointKind | 'target', x: number, y: number): SVGTemplateResult {
  const [X, Y] = [px(x), px(y)];
  switch (kind) {
    case 'base':
      return svg`<rect class="mk mk-base" x=${X - 5} y=${Y - 5} width="10" height="10"></rect>`;
    case 'observed':
      return svg`<circle class="mk mk-observed" cx=${X} cy=${Y} r="5"></circle>`;
    case 'bound':
      return svg`<circle class="mk mk-hollow" cx=${X} cy=${Y} r="5"></circle>`;
    case 'part':
      return svg`<path class="mk mk-hollow" d="M${X} ${Y - 6.5}l6.5 6.5-6.5 6.5-6.5-6.5z"></path>`;
    case 'yoy':
      return svg`<rect class="mk mk-hollow" x=${X - 5} y=${Y - 5} width="10" height="10"></rect>`;
    default:
      return svg`<circle class="mk mk-target-ring" cx=${X} cy=${Y} r="7"></circle><circle class="mk mk-target-dot" cx=${X} cy=${Y} r="2.5"></circle>`;
  }
}

/** The caret above a lower bound (the value is at least this). */
const caret = (x: number, y: number): SVGTemplateResult =>
  svg`<path class="mk-caret" d="M${px(x) - 5} ${px(y) - 9}l5-6 5 6"></path>`;

/** A tick label: a value (right-aligned left of the plot) or a year (centred under it), where and what. */
interface TickLabel {
  readonly axis: 'value' | 'year';
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

// The two kinds of label, with their fixed attributes; a label is a shallow clone of one.
let kinds: Record<TickLabel['axis'], Element> | null = null;
function labelOf(axis: TickLabel['axis']): Element {
  if (!kinds) {
    const make = (anchor: string, dy: string | null): Element => {
      const el = document.createElementNS('http://www.w3.org/2000/svg', 'text');
      el.setAttribute('class', 'tick');
      if (dy) el.setAttribute('dy', dy);
      el.setAttribute('text-anchor', anchor);
      return el;
    };
    kinds = { value: make('end', '0.32em'), year: make('middle', null) };
  }
  return kinds[axis].cloneNode(false) as Element;
}

/**
 * The tick labels of an axis group, as `<text class="tick">` children of the element it is bound to,
 * made and updated directly (text as textContent): a dozen labels a chart would otherwise each be a
 * template instance with its own binding markers.
 */
class TickLabels extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('tickLabels() binds to an element');
  }

  render(labels: readonly TickLabel[]): typeof noChange {
    void labels;
    return noChange;
  }

  override update(part: ElementPart, [labels]: [readonly TickLabel[]]): typeof noChange {
    const g = part.element;
    const texts = [...g.children].filter((c) => c.localName === 'text');
    labels.forEach((l, i) => {
      let el = texts[i];
      const anchor = l.axis === 'value' ? 'end' : 'middle';
      if (!el || el.getAttribute('text-anchor') !== anchor) {
        const fresh = labelOf(l.axis);
        if (el) el.replaceWith(fresh);
        else g.append(fresh);
        el = fresh;
      }
      el.setAttribute('x', String(l.x));
      el.setAttribute('y', String(l.y));
      if (el.textContent !== l.text) el.textContent = l.text;
    });
    texts.slice(labels.length).forEach((el) => el.remove());
    return noChange;
  }
}
const tickLabels = directive(TickLabels);

// The grid lines are one path, the baseline and year ticks another (two elements, not one per tick);
// the labels are drawn by tickLabels().
function axes(f: Frame, v: TargetView, m: TrendModel, c: Catalog): SVGTemplateResult {
  const unit = v.target.unit;
  const baseline = f.height - f.bottom;
  const right = f.width - f.right;
  const grid = f.yTicks.map((y) => `M${f.left} ${px(f.y(y))}H${right}`).join('');
  const axis = `M${f.left} ${baseline}H${right}${f.xTicks.map((y) => `M${px(f.x(y))} ${baseline}v5`).join('')}`;
  const labels: TickLabel[] = [
    ...f.yTicks.map((y): TickLabel => ({
      axis: 'value',
      x: f.left - 8,
      y: px(f.y(y)),
      text: formatValue(y, unit, { locale: c.lang }),
    })),
    ...f.xTicks.map((y): TickLabel => ({
      axis: 'year',
      x: px(f.x(y)),
      y: baseline + 8 + TICK_FONT,
      text: c.yearOf({ year: y }),
    })),
  ];
  return svg`<g class="axes" aria-hidden="true" ${tickLabels(labels)}><path class="grid" d=${grid}></path><path class="axis" d=${axis}></path></g>`;
}

/**
 * Where the target's label goes: the first of a few places beside the mark (or, for a reference
 * line, above its start) that stays inside the chart and clear of every point.
 */
function targetLabel(f: Frame, v: TargetView, m: TrendModel, c: Catalog): SVGTemplateResult {
  const text = c.targetMark({ target: formatTarget(v.target, { locale: c.lang }) });
  const x = f.x(m.target.year);
  const y = f.y(m.target.value);
  const w = textWidth(text);
  const marks = [...m.points.map((p) => [f.x(p.year), f.y(p.value)] as const), [x, y] as const];
  // [anchor x, baseline y, text-anchor]
  const places: [number, number, 'start' | 'end'][] = [
    [x - 10, y - 12, 'end'],
    [x - 10, y + 22, 'end'],
    [x - 14, y + 4, 'end'],
    [f.left + 4, y - 12, 'start'],
    [f.left + 4, y + 22, 'start'],
  ];
  if (m.required?.kind === 'reference') places.unshift([f.x(m.required.points[0]!.year) + 2, y - 10, 'start']);
  const clear = ([ax, by, anchor]: [number, number, 'start' | 'end']): boolean => {
    const [x0, x1] = anchor === 'end' ? [ax - w, ax] : [ax, ax + w];
    const [y0, y1] = [by - TICK_FONT, by + 3];
    if (x0 < f.left || x1 > f.width - 2 || y0 < 2 || y1 > f.height - f.bottom) return false;
    return marks.every(([mx, my]) => mx < x0 - 9 || mx > x1 + 9 || my < y0 - 9 || my > y1 + 9);
  };
  const [lx, ly, anchor] = places.find(clear) ?? places[0]!;
  return svg`<text class="target-label" x=${px(lx)} y=${px(ly)} text-anchor=${anchor}>${text}</text>`;
}

/** The SVG of the chart; `points` are the focusable marks with their accessible names. */
export function renderPlot(o: {
  v: TargetView;
  m: TrendModel;
  c: Catalog;
  width: number;
  active: number;
  names: readonly string[];
  label: string;
  onKey: (e: KeyboardEvent) => void;
  onPick: (i: number) => void;
}): TemplateResult {
  const { v, m, c } = o;
  const f = trendFrame(v, m, c, o.width);
  const solid = m.points.filter((p) => p.kind === 'base' || p.kind === 'observed');
  const pts = m.points;
  const focusable = pts.length > 0;
  return html`<svg class="plot-svg" part="svg" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${f.width} ${f.height}" width="100%" height=${f.height}
    preserveAspectRatio="xMinYMin meet" role=${focusable ? 'group' : nothing} aria-hidden=${focusable ? nothing : 'true'} aria-label=${focusable ? o.label : nothing}
    tabindex=${focusable ? 0 : nothing} aria-activedescendant=${focusable ? pointId(o.active) : nothing} @keydown=${o.onKey}>${axes(f, v, m, c)}<g class="lines" aria-hidden="true">${
      m.required ? svg`<path class="ln ln-required" d=${linePath(f, m.required.points)}></path>` : nothing
    }${m.projection ? svg`<path class="ln ln-projection" d=${linePath(f, m.projection)}></path>` : nothing}${
      solid.length > 1 ? svg`<path class="ln ln-observed" d=${linePath(f, solid)}></path>` : nothing
    }${marker(
      'target',
      f.x(m.target.year),
      f.y(m.target.value),
    )}${targetLabel(f, v, m, c)}</g><g class="points">${pts.map((p: TrendPoint, i) => {
      const x = f.x(p.year);
      const y = f.y(p.value);
      return svg`<g class="pt pt-${p.kind}${i === o.active ? ' active' : ''}" id=${pointId(i)} role="img" aria-label=${o.names[i] ?? ''} @click=${() => o.onPick(i)}>${
        i === o.active ? svg`<circle class="focus-ring" cx=${px(x)} cy=${px(y)} r="10"></circle>` : nothing
      }${marker(p.kind, x, y)}${p.bound !== 'exact' ? caret(x, y) : nothing}</g>`;
    })}</g></svg>`;
}

/** The legend: one entry per kind of mark or line drawn. */
export function renderLegend(v: TargetView, m: TrendModel, c: Catalog): TemplateResult {
  const kinds = new Set(m.points.map((p) => p.kind));
  const bound = m.points.some((p) => p.bound !== 'exact');
  const item = (key: PlainKey, swatch: SVGTemplateResult) =>
    html`<li><svg class="swatch" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">${swatch}</svg><span>${c[key]}</span></li>`;
  return html`<ul class="legend" part="legend">${kinds.has('observed') ? item('observed', svg`<path class="ln ln-observed" d="M2 8h24"></path>${marker('observed', 14, 8)}`) : nothing}${
    kinds.has('base') ? item('baseValue', marker('base', 14, 8)) : nothing
  }${
    bound
      ? item('legendBound', svg`${marker('bound', 14, 11)}<path class="mk-caret" d="M9 5l5-5 5 5"></path>`)
      : nothing
  }${kinds.has('part') ? item('legendPart', marker('part', 14, 8)) : nothing}${
    kinds.has('yoy') ? item('legendYoy', marker('yoy', 14, 8)) : nothing
  }${
    m.required
      ? item(
          m.required.kind === 'reference' ? 'legendReference' : 'legendRequired',
          svg`<path class="ln ln-required" d="M2 8h24"></path>`,
        )
      : nothing
  }${
    m.projection ? item('legendProjection', svg`<path class="ln ln-projection" d="M2 8h24"></path>`) : nothing
  }${item('target', marker('target', 14, 8))}</ul>`;
}
