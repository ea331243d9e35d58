/**
 * `qingdao-services-plan/bundled`: the bundled plan as a value, loaded on
 * demand: the whole plan, or one indicator's part of it (that indicator, its
 * figures, the dimension or industry of its target and its observations;
 * about 1 KB), which is what a widget showing one indicator needs.
 */
import { PlanError, describeValue } from './errors.js';
import type { PlanSource } from './types.js';
import { planData, type PlanData } from './plan/plan-data.js';

/** An indicator id (kebab-case, as in plan.schema.json): nothing else ever reaches `import()`. */
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const cache = new Map<string, Promise<PlanData>>();

function once(key: string, load: () => Promise<PlanData>): Promise<PlanData> {
  let hit = cache.get(key);
  if (!hit) {
    hit = load();
    hit.catch(() => cache.delete(key));
    cache.set(key, hit);
  }
  return hit;
}

const whole = (): Promise<PlanData> =>
  once('', () => import('../data/index.js').then((m) => planData(m.qingdaoPlan, 'bundled')));

/**
 * One indicator's module of the bundled plan. The single-file CDN bundle, which
 * holds the whole plan anyway, is built with `null` here (rollup.config.js).
 */
const importPart = (id: string): Promise<{ part: PlanSource }> | null =>
  import(`../data/generated/by-indicator/${id}.js`);

/**
 * The bundled plan, or with `indicator` only that indicator's part of it. An
 * id that is not an indicator's (malformed, or no module of that name) gets
 * the whole plan, whose lookups then name the closest ids. A bundler that
 * cannot follow the computed import (Rollup without
 * @rollup/plugin-dynamic-import-vars) also falls back to the whole plan.
 */
export function loadBundledPlan(indicator?: string | null): Promise<PlanData> {
  if (indicator !== undefined && indicator !== null && typeof indicator !== 'string') {
    throw new PlanError(
      'invalid_argument',
      `loadBundledPlan expects an indicator id (a string) or nothing for the whole plan, got ${describeValue(indicator)}.`,
    );
  }
  if (!indicator || !ID.test(indicator)) return whole();
  return once(indicator, () => {
    const part = importPart(indicator);
    return part ? part.then((m) => planData(m.part, 'bundled'), whole) : whole();
  });
}
