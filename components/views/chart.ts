/**
 * Scales, axes and paths of the chart widgets: a frame (margins, a d3
 * `scaleLinear` on years, never `scaleTime`, and one on values), tick values
 * that fit the width, and SVG path strings from d3-shape `line()` with
 * `.defined()` for gaps. Tick labels are formatted by the caller through
 * `format.ts` / `strings.ts`; text widths are estimated (not measured) so a
 * chart lays out the same in every browser and in SVG snapshots.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

/** Height of a chart's SVG in CSS pixels (reserved by CSS before data arrives). */
export const CHART_HEIGHT = 300;
/**
 * The narrowest width a chart lays out for (narrower containers scale the SVG down). A 320 px
 * wide screen leaves about 250 px inside a widget's padding: laying out for that width keeps
 * 12 px tick labels at 12 px instead of scaling a 320-unit drawing down to 9-10 px text.
 */
export const CHART_MIN_WIDTH = 240;
/** Font size of tick labels, in CSS px (SVG user units). */
export const TICK_FONT = 12;

/** A point in data space: a year (x) and a value (y). */
export interface DataPoint {
  readonly year: number;
  readonly value: number;
}

/** A position on an axis, in pixels, of a year or a value (a d3 linear scale; typed here so that d3's types stay a build-time dependency). */
export type Scale = (v: number) => number;

/** The margins, scales and ticks of a chart. */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
  readonly x: Scale;
  readonly y: Scale;
  readonly xTicks: readonly number[];
  readonly yTicks: readonly number[];
}

/** Options of `chartFrame`. */
export interface FrameOptions {
  /** The measured width (clamped to `CHART_MIN_WIDTH`). */
  readonly width: number;
  readonly height?: number;
  /** First and last year on the x axis. */
  readonly years: readonly [number, number];
  /** Every value drawn (points, paths, the target). */
  readonly values: readonly number[];
  /** Whether 0 must be on the value axis (growth rates). */
  readonly includeZero?: boolean;
  /** The label of a value tick (through format.ts). */
  readonly valueLabel: (v: number) => string;
  /** The label of a year tick (through strings.ts). */
  readonly yearLabel: (year: number) => string;
  /** Whether values are whole numbers (counts): only integer ticks. */
  readonly integer?: boolean;
  /** Extra room at the top (for a label above the highest mark). */
  readonly headroom?: number;
}

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** An estimate of a text's width at `size` px: CJK and full-width characters 1 em, others 0.6 em. */
export const textWidth = (text: string, size = TICK_FONT): number =>
  [...text].reduce((w, c) => w + (WIDE.test(c) ? size : size * 0.6), 0);

/** The value domain of `values` (with 0 where asked), padded where it is a single value. */
function valueDomain(values: readonly number[], includeZero: boolean): [number, number] {
  const all = includeZero ? [...values, 0] : [...values];
  let lo = Math.min(...all);
  let hi = Math.max(...all);
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [0, 1];
  if (lo === hi) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    lo -= pad;
    hi += pad;
  }
  return [lo, hi];
}

/** Years from `first` to `last` every `step` years, always ending on `last` (the target year). */
function yearTicks(first: number, last: number, step: number): number[] {
  const out: number[] = [];
  for (let y = last; y >= first; y -= step) out.unshift(y);
  return out;
}

/** Lays out a chart: margins sized to the tick labels, scales, and ticks that fit the width. */
export function chartFrame(o: FrameOptions): Frame {
  const width = Math.max(Math.round(o.width), CHART_MIN_WIDTH);
  const height = o.height ?? CHART_HEIGHT;
  const top = 16 + (o.headroom ?? 0);
  const bottom = 28;
  const y = scaleLinear()
    .domain(valueDomain(o.values, o.includeZero ?? false))
    .range([height - bottom, top])
    .nice(height < 240 ? 4 : 5);
  const yTicks = y.ticks(height < 240 ? 4 : 5).filter((v) => !o.integer || Number.isInteger(v));
  const left = Math.ceil(Math.max(...yTicks.map((v) => textWidth(o.valueLabel(v))), 0) + 14);
  const [first, last] = o.years;
  const lastLabel = textWidth(o.yearLabel(last));
  const right = Math.ceil(Math.max(lastLabel / 2, 12) + 8);
  const span = Math.max(last - first, 1);
  // Half a year of room on either side, so edge marks and their rings are not clipped.
  const x = scaleLinear()
    .domain([first - 0.3, last + 0.3])
    .range([left, width - right]);
  const perYear = x(first + 1) - x(first) || 1;
  const step = Math.max(1, Math.ceil((lastLabel + 10) / perYear));
  return {
    width,
    height,
    top,
    right,
    bottom,
    left,
    x,
    y,
    xTicks: span === 0 ? [first] : yearTicks(first, last, step),
    yTicks,
  };
}

/** The SVG path of points joined by straight lines; points where `defined` is false leave a gap. */
export function linePath<T extends DataPoint>(
  f: Frame,
  points: readonly T[],
  defined: (p: T) => boolean = () => true,
): string {
  return (
    line<T>()
      .defined(defined)
      .x((p) => f.x(p.year))
      .y((p) => f.y(p.value))(points as T[]) ?? ''
  );
}

/**
 * A point on the straight line through `a` and `b`, at `year` (extrapolated past `b`): how a linear
 * projection is placed on the chart, with a d3 linear scale doing the interpolation.
 */
export const onLine = (a: DataPoint, b: DataPoint, year: number): DataPoint => ({
  year,
  value: scaleLinear().domain([a.year, b.year]).range([a.value, b.value])(year),
});

/** Rounds an SVG coordinate to 0.1 px (shorter markup, stable snapshots). */
export const px = (v: number): number => Math.round(v * 10) / 10;
