/**
 * Every widget, registered (guarded). Import this once, or one widget's
 * entry (`components/target-card/index.js`) to get only that widget.
 */
// The provider first: widgets already in the page then find their plan when they upgrade.
export { QdPlan } from './qd-plan/index.js';
export { QdTargetCard } from './target-card/index.js';
export { QdProgressBar } from './progress-bar/index.js';
export { QdTrendChart } from './trend-chart/index.js';
export { QdShareChart } from './share-chart/index.js';
export { QdTargetTable } from './target-table/index.js';
export { QdPlanDashboard } from './plan-dashboard/index.js';
export { QdElement } from './base/qd-element.js';
export type { Theme } from './base/inputs.js';
export { defineElement } from './base/define.js';
export { planContext, type Provision } from './base/context.js';
export type { QdErrorDetail, QdLoadDetail, QdSelectDetail, QdEventMap } from './base/events.js';
