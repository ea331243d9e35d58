import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planJson } from '../../../src/publish.js';
import { observationsSchemaValidator, planSchemaValidator } from '../../../src/index.js';

// The published schemas (model/generated/, built by npm run build), compiled by ajv at run time as a reference.
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../model/generated/${name}.schema.json`, import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
ajv.addSchema(read('observations'));
const runtimePlan = ajv.compile(read('plan'));
const runtimeObservations = ajv.getSchema(read('observations').$id)!;

// The plan with two items of each list (a smaller document, every kind of item kept).
const whole = JSON.parse(JSON.stringify(planJson()));
const plan = Object.fromEntries(Object.entries(whole).map(([k, v]) => [k, Array.isArray(v) ? pick(k, v) : v]));
/** Two items of a plan's list; of the figures, the first of each role (targets carry conditional fields). */
function pick(key: string, list: unknown[]): unknown[] {
  if (key !== 'figures') return list.slice(0, 2);
  const roles = new Map<unknown, unknown>();
  for (const f of list as { role: unknown }[]) if (!roles.has(f.role)) roles.set(f.role, f);
  return [...roles.values()];
}
const observations = { observations: (whole.observations as unknown[]).slice(0, 3) };

type Path = (string | number)[];
/** Every path of `value`, the first two items of each array. */
function paths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(value)) value.slice(0, 2).forEach((v, i) => paths(v, [...path, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...path, k], out);
  return out;
}
const REMOVE = Symbol('remove');
const EXTRA = Symbol('extra field');
const BAD: unknown[] = [REMOVE, EXTRA, null, -5, 1.5, 'x', '', 'a'.repeat(2100), [], { zz: 1 }, true];
/** `doc` with the value at `path` removed, replaced, or given an unknown field. */
function mutate(doc: unknown, path: Path, bad: unknown): unknown {
  if (!path.length) return bad === EXTRA ? { ...(doc as object), zz: 1 } : bad === REMOVE ? undefined : bad;
  const copy = structuredClone(doc) as Record<string | number, unknown>;
  let o = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (bad === REMOVE) {
    if (Array.isArray(o)) o.splice(last as number, 1);
    else delete o[last];
  } else if (bad === EXTRA) o[last] = { ...(o[last] as object), zz: 1 };
  else o[last] = bad;
  return copy;
}
const errors = (
  list: readonly { instancePath: string; keyword: string; params: object; message?: string }[] | null | undefined,
) => (list ?? []).map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }));

describe('the precompiled validators', () => {
  for (const [name, precompiled, runtime, doc, least] of [
    ['planSchemaValidator', planSchemaValidator, runtimePlan, plan, 2000],
    ['observationsSchemaValidator', observationsSchemaValidator, runtimeObservations, observations, 300],
  ] as const) {
    it(`${name} reports the same errors (path, keyword, params, message, in order) as ajv compiling the published schema at run time, for every field removed, replaced or extended`, () => {
      let invalid = 0;
      const differ: string[] = [];
      for (const path of paths(doc))
        for (const bad of BAD) {
          const data = mutate(doc, path, bad);
          const ok = runtime(data);
          const mine = JSON.stringify([precompiled(data), errors(precompiled.errors)]);
          if (mine !== JSON.stringify([ok, errors(runtime.errors)]))
            differ.push(`${path.join('/')} ${String(bad)}: ${mine}`);
          if (!ok) invalid++;
        }
      expect(differ.slice(0, 3)).toEqual([]);
      expect(invalid).toBeGreaterThan(least);
    }, 30_000);
  }
});
