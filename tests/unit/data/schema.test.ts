import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as vocab from '../../../model/enums.js';
import { planJson } from '../../../src/publish.js';
import { planSchemaValidator as validatePlan } from '../../../src/io/index.js';

// Generated from the model by npm run build (scripts/gen-model.mjs), gitignored.
const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../model/generated/${name}.schema.json`, import.meta.url), 'utf8'));
const schema = read('plan');
const observationsSchema = read('observations');
const ajv = new Ajv({ allErrors: true });
ajv.addSchema(observationsSchema);
const ajvValidate = ajv.compile(schema);
const data = JSON.parse(JSON.stringify(planJson()));

describe('plan.schema.json', () => {
  it('the plan data (with its observations) validates against the schema (ajv at run time)', () => {
    expect(data.observations.length).toBeGreaterThan(0);
    expect(ajvValidate(data), JSON.stringify(ajvValidate.errors)).toBe(true);
  });

  it('the precompiled validator agrees, without compiling code at run time', () => {
    expect(validatePlan(data), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(readFileSync(new URL('../../../model/generated/validators.js', import.meta.url), 'utf8')).not.toMatch(
      /new Function|\beval\(/,
    );
  });

  it('rejects a figure without a quote, a non-kebab id, a string value and a target without a comparator', () => {
    const broken = structuredClone(data);
    delete broken.figures[0].source.quote;
    broken.figures[1].id = 'Not Kebab';
    broken.figures[2].value = '8.3';
    const t = broken.figures.find((f: { role: string }) => f.role === 'target');
    delete t.comparator;
    expect(validatePlan(broken)).toBe(false);
    const paths = (validatePlan.errors ?? []).map((e: { instancePath: string }) => e.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/figures/0/source', '/figures/1/id', '/figures/2/value']));
    expect(ajvValidate(broken)).toBe(false);
  });

  it('is built from the model: its vocabularies are the constant lists of model/enums.ts, and every field is described', () => {
    const defs = schema.definitions;
    expect(defs.unitKind.enum).toEqual([...vocab.UNIT_KINDS]);
    expect(defs.sourceDocument.properties.kind.enum).toEqual([...vocab.SOURCE_KINDS]);
    expect(defs.figure.properties.binding.enum).toEqual([...vocab.BINDINGS]);
    expect(defs.figure.properties.comparator.enum).toEqual([...vocab.COMPARATORS]);
    expect(defs.figure.properties.form.enum).toEqual([...vocab.TARGET_FORMS]);
    expect(observationsSchema.definitions.observation.properties.vintage.enum).toEqual([...vocab.VINTAGES]);
    const undescribed: string[] = [];
    const walk = (s: { properties?: Record<string, { description?: string; $ref?: string }> }, at: string) => {
      for (const [k, v] of Object.entries(s.properties ?? {}))
        if (!v.description && !v.$ref) undescribed.push(`${at}.${k}`);
    };
    for (const [name, def] of Object.entries(defs)) walk(def as never, name);
    walk(observationsSchema.definitions.observation, 'observation');
    expect(undescribed).toEqual([]);
  });
});
