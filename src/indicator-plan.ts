/**
 * One indicator's part of the bundled plan, as a `PlanData` (the plan's
 * metadata with that indicator's records and the dimension or industry of its
 * target): what a widget showing
 * one indicator needs, from `data/by-indicator/<id>.ts`.
 */
import { planMeta } from '../data/plan.js';
import { planData, type PlanData } from './plan-data.js';
import type { IndicatorBundle, Observation } from './types.js';

/** The plan restricted to one indicator's records, and its bundled observations (marked `origin: 'bundled'`). */
export function indicatorPlan(bundle: IndicatorBundle): { plan: PlanData; observations: Observation[] } {
  const { dimensions, industries, indicators, figures, observations } = bundle;
  const plan = planData({ meta: planMeta, dimensions, industries, indicators, figures, origin: 'bundled' });
  return { plan, observations: observations.map((o) => ({ ...o, origin: 'bundled' as const })) };
}
