/**
 * `ChartSource`: where a trend chart's `TargetView` and `TrendModel` come from. With the bundled plan at the
 * default as-of (no `<qd-plan>`, `src`, `observations`, table, `as-of` or `target`), they are the ones the build
 * computed for the indicator (components/generated/charts/<id>.js, written by scripts/gen-views.mjs; the same in
 * every language): plain data, no calculation. Otherwise, or where the build made none (an id without a target,
 * the one-file CDN bundle), the chart computes them with trend-compute.ts (`targetView`, `trendModel` and the
 * library's `assess`), which loads on demand, once per page. The choice is precomputed-source.ts's, shared with
 * the cards and bars (target-source.ts).
 */
import { Lazy, Precomputed, PrecomputedSource, type SourceHost } from './precomputed-source.js';
import type { TargetView } from './target-view.js';
import type { TrendModel } from './trend-series.js';

/** What a trend chart draws: the target's view and the chart's model. */
export interface ChartData {
  readonly view: TargetView;
  readonly model: TrendModel;
}

type Compute = typeof import('./trend-compute.js');

/**
 * One precomputed chart module. The single-file CDN bundle, which computes on the page, is built with `null`
 * here (rollup.config.js).
 */
const importChart = (id: string): Promise<{ chart: ChartData }> | null => import(`../generated/charts/${id}.js`);

/** Precomputed view and model by indicator id. */
const charts = new Precomputed<ChartData>();

/** The calculation module of the trend chart. */
const calc = new Lazy<Compute>(() => import('./trend-compute.js'));

/** Whether the chart's calculation module has been loaded on this page (a test asks). */
export const chartComputeLoaded = (): boolean => calc.value !== null;

export class ChartSource extends PrecomputedSource<Compute> {
  /** `tableRows` reads the rows of the host's light-DOM table. */
  constructor(host: SourceHost, tableRows: () => readonly unknown[]) {
    super(host, tableRows, calc, charts.missing);
  }

  protected override loadPrecomputed(id: string): Promise<void> | null {
    return charts.get(id) ? null : charts.load(id, id, () => importChart(id)?.then((m) => m.chart) ?? null);
  }

  /** The build's view and model for the chart (null: the chart computes, or they have not arrived yet). */
  get data(): ChartData | null {
    const id = this.candidate();
    return id === null ? null : (charts.get(id) ?? null);
  }
}
