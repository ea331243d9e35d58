/**
 * `qingdao-services-plan/format`: the library's formatting (numbers and
 * values with their units, targets with their qualifier, status, reason and
 * method labels, decimal-correct rounding) and CSV text, without the
 * calculations. The widgets import these from here rather than from `./core`,
 * so that a bundler with code splitting keeps the calculations (`assess`) in
 * the chunk that loads only when a widget computes: a trend chart of the
 * bundled plan formats and draws a precomputed view. Everything here is also
 * exported by `./core` and the root.
 */
export * from './format/index.js';
export { toCsv, BOM } from './csv.js';
