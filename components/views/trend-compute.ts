/**
 * The calculation of a trend chart, in one module that the chart imports on
 * demand (`ChartSource` in chart-source.ts): only a chart that shows something
 * other than the bundled plan's precomputed view and model (another plan,
 * `src`, `observations`, a table, an `as-of`, a `target`) loads it, and with
 * it the library's calculations (`assess`).
 */
export { targetView, type TargetView } from './target-view.js';
export { trendModel, type TrendModel } from './trend-series.js';
