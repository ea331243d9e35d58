/**
 * The bundled data a widget needs. A widget that shows one indicator (card,
 * bar, trend and share chart) imports only that indicator's records
 * (`data/by-indicator/<id>.js`, a small module loaded on demand); the table and
 * the dashboard, and any page that loads every widget (the CDN bundle,
 * `qingdao-services-plan/components`), register the whole plan with
 * `useWholeBundle` and never wait.
 */
import { indicatorPlan } from '../../src/indicator-plan.js';
import type { PlanData } from '../../src/plan-data.js';
import type { IndicatorBundle, Observation } from '../../src/types.js';

/** A plan and the library's observations that go with it. */
export interface Bundle {
  readonly plan: PlanData;
  /** The bundled (reviewed, sourced) observations, marked `origin: 'bundled'`. */
  readonly observations: readonly Observation[];
}

/** An indicator id (kebab-case, as in plan.schema.json): nothing else ever reaches `import()`. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

let whole: Bundle | null = null;
let wholeLoading: Promise<Bundle> | null = null;
const byIndicator = new Map<string, Bundle | Promise<Bundle>>();

/** Registers the whole bundled plan: every widget uses it at once, none loads a module. */
export function useWholeBundle(bundle: Bundle): void {
  whole = bundle;
}

function loadWhole(): Promise<Bundle> {
  wholeLoading ??= import('./bundled-all.js').then(
    (m) => (whole = m.wholeBundle),
    (e: unknown) => {
      wholeLoading = null;
      throw e;
    },
  );
  return wholeLoading;
}

/**
 * The bundle for `indicator` (null: the whole plan), at once when it is loaded,
 * else a promise. An id that is not an indicator's (malformed, or no module of
 * that name) gets the whole plan, whose lookups then name the closest ids.
 */
export function bundleFor(indicator: string | null): Bundle | Promise<Bundle> {
  if (whole) return whole;
  if (indicator === null || !ID.test(indicator)) return loadWhole();
  let hit = byIndicator.get(indicator);
  if (!hit) {
    // A bundler that cannot follow this computed import (Rollup without @rollup/plugin-dynamic-import-vars)
    // leaves it to fail at run time: the whole plan, imported by a plain path, takes its place.
    const loading = import(`../../data/by-indicator/${indicator}.js`).then(
      (m: { bundle: IndicatorBundle }) => {
        const b = indicatorPlan(m.bundle);
        byIndicator.set(indicator, b);
        return b;
      },
      () => loadWhole(),
    );
    loading.catch(() => byIndicator.delete(indicator));
    byIndicator.set(indicator, loading);
    hit = loading;
  }
  return hit;
}
