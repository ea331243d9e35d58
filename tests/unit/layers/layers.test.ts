// The layer checker of npm test (.dependency-cruiser.cjs) on the project and on a
// fixture folder where every rule is broken once on purpose (tests/unit/layers/fixture).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IConfiguration } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

/** These tests start child processes (node, depcruise); on a loaded 2-core machine one takes more than vitest's 5 s default. */
const CHILD_PROCESS_TIMEOUT = 60_000;

const config = createRequire(import.meta.url)('../../../.dependency-cruiser.cjs') as IConfiguration;
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = fileURLToPath(new URL('./fixture/', import.meta.url));

async function violations(baseDir: string, tsConfig: boolean): Promise<{ rule: string; from: string; to: string }[]> {
  const { tsConfig: _, ...options } = config.options ?? {};
  const result = await cruise(['model', 'data', 'src', 'components'], {
    ...options,
    ...(tsConfig ? { tsConfig: { fileName: `${root}tsconfig.json` } } : {}),
    ruleSet: { forbidden: config.forbidden ?? [] },
    validate: true,
    baseDir,
  } as never);
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => ({ rule: v.rule.name, from: v.from, to: v.to }));
}

describe('the layer rules (.dependency-cruiser.cjs)', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it('the project keeps them: no violation', async () => {
    expect(await violations(root, true)).toEqual([]);
  });

  it('catch a wrong-way import, a type-only cycle and a folder cycle planted in a fixture', async () => {
    const found = await violations(fixture, false);
    const rules = new Set(found.map((v) => v.rule));
    expect(found).toContainEqual({ rule: 'model-layer-one-way', from: 'model/types.ts', to: 'src/helper.ts' });
    expect(rules).toContain('model-imports-nothing');
    expect(found.find((v) => v.rule === 'no-circular')?.from).toMatch(/^src\/(a|b)\.ts$/);
    expect(rules).toContain('no-folder-cycle');
  });

  it('catch imports past the public entries, of the data by a widget, and of another widget, and the data reached by import()', async () => {
    const found = await violations(fixture, false);
    const of = (rule: string) => found.filter((v) => v.rule === rule).map((v) => `${v.from} -> ${v.to}`);
    expect(of('src-public-entries')).toEqual(['components/target-card/card.ts -> src/internal.ts']);
    expect(of('components-no-data')).toEqual(['components/target-card/card.ts -> data/plan.ts']);
    expect(of('widget-not-another-widget')).toEqual([
      'components/target-card/card.ts -> components/trend-chart/chart.ts',
    ]);
    expect(of('core-and-io-never-reach-data')).toHaveLength(1);
    // The kit may import the I/O entry: no rule names components/base/kit.ts.
    expect(found.filter((v) => v.from === 'components/base/kit.ts')).toEqual([]);
  });
});
