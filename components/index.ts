/**
 * Every widget, registered (guarded). Import this once, or one widget's
 * entry (`components/target-card/index.js`) to get only that widget.
 */
export { QdTargetCard } from './target-card/index.js';
export { QdProgressBar } from './progress-bar/index.js';
export { QdTrendChart } from './trend-chart/index.js';
export { QdShareChart } from './share-chart/index.js';
export { QdTargetTable } from './target-table/index.js';
export { QdPlanDashboard } from './plan-dashboard/index.js';
export { QdElement, type Theme } from './shared/qd-element.js';
export { defineElement } from './shared/define.js';
export type { QdErrorDetail, QdLoadDetail, QdSelectDetail, QdEventMap } from './shared/events.js';
