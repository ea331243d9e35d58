import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { planJson } from '../../../src/publish.js';
import { planSchemaValidator as validatePlan } from '../../../src/schema/index.js';

const schema = JSON.parse(readFileSync(new URL('../../../src/schema/plan.schema.json', import.meta.url), 'utf8'));
const ajvValidate = new Ajv({ allErrors: true }).compile(schema);
const data = JSON.parse(JSON.stringify(planJson()));

describe('plan.schema.json', () => {
  it('the plan data validates against the schema (ajv at run time)', () => {
    expect(ajvValidate(data), JSON.stringify(ajvValidate.errors)).toBe(true);
  });

  it('the precompiled validator agrees, without compiling code at run time', () => {
    expect(validatePlan(data), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(readFileSync(new URL('../../../src/schema/validators.generated.ts', import.meta.url), 'utf8')).not.toMatch(
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

  it('the committed precompiled validators are up to date with the schemas', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/gen-validators.mjs', '--check'], { stdio: 'pipe' }),
    ).not.toThrow();
  });
});
