/**
 * The calculation and formatting of a card or bar, in one module that the
 * widgets import on demand (`loadCompute` in target-source.ts): only a widget
 * that shows something other than the bundled plan's precomputed view (another
 * plan, `src`, `observations`, a table, an `as-of`, a `target`) loads it, and
 * with it the library's calculations and Intl.
 */
export { targetView, type TargetView } from './target-view.js';
export { targetDisplay } from './target-display.js';
