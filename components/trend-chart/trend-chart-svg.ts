/**
 * The drawing of `<qd-trend-chart>`: axes, the required path (dashed), the
 * observations (solid line and points; bounds, part-year figures and
 * year-on-year rates as hollow marks), the projection (dotted) and the target
 * as a labelled mark. Marks differ by shape and line style as well as colour;
 * the legend (HTML, so it wraps and scales with the text) names each one.
 * Drawn as plain data (`El`, see render/chart-dom.ts), not nested templates: no
 * Lit markers between the marks.
 */
import type { El } from '../render/chart-dom.js';
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

/** The mark of a point kind, centred on (x, y) (the target's is two circles). */
export function marker(kind: PointKind | 'target', x: number, y: number): El[] {
  const [X, Y] = [px(x), px(y)];
  switch (kind) {
    case 'base':
      return [['rect', { class: 'mk mk-base', x: X - 5, y: Y - 5, width: 10, height: 10 }]];
    case 'observed':
      return [['circle', { class: 'mk mk-observed', cx: X, cy: Y, r: 5 }]];
    case 'bound':
      return [['circle', { class: 'mk mk-hollow', cx: X, cy: Y, r: 5 }]];
    case 'part':
      return [['path', { class: 'mk mk-hollow', d: `M${X} ${Y - 6.5}l6.5 6.5-6.5 6.5-6.5-6.5z` }]];
    case 'yoy':
      return [['rect', { class: 'mk mk-hollow', x: X - 5, y: Y - 5, width: 10, height: 10 }]];
    default:
      return [
        ['circle', { class: 'mk mk-target-ring', cx: X, cy: Y, r: 7 }],
        ['circle', { class: 'mk mk-target-dot', cx: X, cy: Y, r: 2.5 }],
      ];
  }
}

/** The caret above a lower bound (the value is at least this). */
const caret = (x: number, y: number): El => ['path', { class: 'mk-caret', d: `M${px(x) - 5} ${px(y) - 9}l5-6 5 6` }];

// The grid lines are one path, the baseline and year ticks another (two elements, not one per tick).
function axes(f: Frame, v: TargetView, m: TrendModel, c: Catalog): El {
  const unit = v.target.unit;
  const baseline = f.height - f.bottom;
  const right = f.width - f.right;
  const grid = f.yTicks.map((y) => `M${f.left} ${px(f.y(y))}H${right}`).join('');
  const axis = `M${f.left} ${baseline}H${right}${f.xTicks.map((y) => `M${px(f.x(y))} ${baseline}v5`).join('')}`;
  return [
    'g',
    { class: 'axes', 'aria-hidden': 'true' },
    ['path', { class: 'grid', d: grid }],
    ['path', { class: 'axis', d: axis }],
    ...f.yTicks.map((y): El => [
      'text',
      { class: 'tick', dy: '0.32em', 'text-anchor': 'end', x: f.left - 8, y: px(f.y(y)) },
      formatValue(y, unit, { locale: c.lang }),
    ]),
    ...f.xTicks.map((y): El => [
      'text',
      { class: 'tick', 'text-anchor': 'middle', x: px(f.x(y)), y: baseline + 8 + TICK_FONT },
      c.yearOf({ year: y }),
    ]),
  ];
}

/**
 * Where the target's label goes: the first of a few places beside the mark (or, for a reference
 * line, above its start) that stays inside the chart and clear of every point.
 */
function targetLabel(f: Frame, v: TargetView, m: TrendModel, c: Catalog): El {
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
  return ['text', { class: 'target-label', x: px(lx), y: px(ly), 'text-anchor': anchor }, text];
}

/** The index of the point an event happened on (its mark's group `#pt-<i>`), or null. */
export function pointIndexOf(e: Event): number | null {
  const g = (e.target as Element | null)?.closest?.('.pt');
  const i = g ? Number(g.id.slice(3)) : NaN;
  return Number.isInteger(i) ? i : null;
}

/**
 * The SVG of the chart; `names` are the focusable marks' accessible names. Keys and clicks are
 * handled where it is drawn (`pointIndexOf` finds the point clicked).
 */
export function plotSvg(o: {
  v: TargetView;
  m: TrendModel;
  c: Catalog;
  width: number;
  active: number;
  names: readonly string[];
  label: string;
}): El {
  const { v, m, c } = o;
  const f = trendFrame(v, m, c, o.width);
  const solid = m.points.filter((p) => p.kind === 'base' || p.kind === 'observed');
  const pts = m.points;
  const focusable = pts.length > 0;
  return [
    'svg',
    {
      class: 'plot-svg',
      part: 'svg',
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${f.width} ${f.height}`,
      width: '100%',
      height: f.height,
      preserveAspectRatio: 'xMinYMin meet',
      role: focusable && 'group',
      'aria-hidden': !focusable && 'true',
      'aria-label': focusable && o.label,
      tabindex: focusable && 0,
      'aria-activedescendant': focusable && pointId(o.active),
    },
    axes(f, v, m, c),
    [
      'g',
      { class: 'lines', 'aria-hidden': 'true' },
      m.required && ['path', { class: 'ln ln-required', d: linePath(f, m.required.points) }],
      m.projection && ['path', { class: 'ln ln-projection', d: linePath(f, m.projection) }],
      solid.length > 1 && ['path', { class: 'ln ln-observed', d: linePath(f, solid) }],
      ...marker('target', f.x(m.target.year), f.y(m.target.value)),
      targetLabel(f, v, m, c),
    ],
    [
      'g',
      { class: 'points' },
      ...pts.map((p: TrendPoint, i): El => {
        const x = f.x(p.year);
        const y = f.y(p.value);
        return [
          'g',
          {
            class: `pt pt-${p.kind}${i === o.active ? ' active' : ''}`,
            id: pointId(i),
            role: 'img',
            'aria-label': o.names[i] ?? '',
          },
          i === o.active && ['circle', { class: 'focus-ring', cx: px(x), cy: px(y), r: 10 }],
          ...marker(p.kind, x, y),
          p.bound !== 'exact' && caret(x, y),
        ];
      }),
    ],
  ];
}

const line = (cls: string): El => ['path', { class: `ln ${cls}`, d: 'M2 8h24' }];

/** The legend: one entry per kind of mark or line drawn. */
export function legend(m: TrendModel, c: Catalog): El {
  const kinds = new Set(m.points.map((p) => p.kind));
  const bound = m.points.some((p) => p.bound !== 'exact');
  const item = (key: PlainKey, ...swatch: El[]): El => [
    'li',
    {},
    [
      'svg',
      { class: 'swatch', viewBox: '0 0 28 16', width: 28, height: 16, 'aria-hidden': 'true', focusable: 'false' },
      ...swatch,
    ],
    ['span', {}, c[key]],
  ];
  return [
    'ul',
    { class: 'legend', part: 'legend' },
    kinds.has('observed') && item('observed', line('ln-observed'), ...marker('observed', 14, 8)),
    kinds.has('base') && item('baseValue', ...marker('base', 14, 8)),
    bound && item('legendBound', ...marker('bound', 14, 11), ['path', { class: 'mk-caret', d: 'M9 5l5-5 5 5' }]),
    kinds.has('part') && item('legendPart', ...marker('part', 14, 8)),
    kinds.has('yoy') && item('legendYoy', ...marker('yoy', 14, 8)),
    m.required && item(m.required.kind === 'reference' ? 'legendReference' : 'legendRequired', line('ln-required')),
    m.projection && item('legendProjection', line('ln-projection')),
    item('target', ...marker('target', 14, 8)),
  ];
}
