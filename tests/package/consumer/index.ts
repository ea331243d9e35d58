// A consumer of the packed tarball: type-checked under moduleResolution bundler and nodenext.
import { getTarget, scorecard, formatValue, type Target, type Scorecard } from 'qingdao-services-plan';
import { cagr, requiredCagr, CalcError } from 'qingdao-services-plan/calc';
import { assess, type Assessment } from 'qingdao-services-plan/assess';
import { getFigure, type FigureId } from 'qingdao-services-plan/data';
import { QdTrendChart } from 'qingdao-services-plan/components/trend-chart.js';
import type { QdSelectDetail } from 'qingdao-services-plan/components';
import { QdPlan } from 'qingdao-services-plan/components/qd-plan.js';
import { scorecardOf, type PlanData, type PlanDocument } from 'qingdao-services-plan/core';
import { planFromJson } from 'qingdao-services-plan/io';
import { loadBundledPlan } from 'qingdao-services-plan/bundled';

const t: Target = getTarget('services-trade-2025');
const id: FigureId = 'services-va-2020';
const rate: number = requiredCagr(getFigure(id).value, t.value, 5) + cagr(1, 2, 1);
const card: Scorecard = scorecard({ asOf: 2025 });
const a: Assessment = assess(t, []);
const label: string = formatValue(rate, '%', { locale: 'en' });
const err: CalcError | null = null;
// The widgets' types, and their events typed on any element (skipLibCheck is off: the shipped .d.ts
// files must compile without d3's or lit's dev-only types).
const chart: QdTrendChart = document.createElement('qd-trend-chart');
chart.indicator = 'port-container-throughput';
chart.addEventListener('qd-select', (e) => {
  const picked: QdSelectDetail = e.detail;
  const year: number | null = e.detail.year;
  return [picked, year];
});
document.addEventListener('qd-error', (e) => e.detail.code.toUpperCase());
// Any plan: a document typed by the model, read and scored without the bundled data.
const doc: PlanDocument | null = null;
const own: PlanData | null = doc ? planFromJson(doc) : null;
const scored: Promise<Scorecard> = loadBundledPlan('services-trade').then((plan) => scorecardOf({ plan }));
const provider: QdPlan = document.createElement('qd-plan');
provider.src = 'plan.json';
export { card, a, label, err, chart, own, scored, provider };
