/**
 * One indicator's part of the bundled plan, as a `PlanData` (the plan's
 * metadata and structure with that indicator's records): what a widget showing
 * one indicator needs, from `data/by-indicator/<id>.ts`.
 */
import { planMeta } from '../data/plan.js';
import { dimensionList, industryList } from '../data/structure.js';
import { planData, type PlanData } from './plan-data.js';
import type { IndicatorBundle, Observation } from './types.js';

/** The plan restricted to one indicator's records, and its bundled observations (marked `origin: 'bundled'`). */
export function indicatorPlan(bundle: IndicatorBundle): { plan: PlanData; observations: Observation[] } {
  const { indicators, figures, observations } = bundle;
  const plan = planData({ meta: planMeta, dimensions: dimensionList, industries: industryList, indicators, figures, origin: 'bundled' });
  return { plan, observations: observations.map((o) => ({ ...o, origin: 'bundled' as const })) };
}
