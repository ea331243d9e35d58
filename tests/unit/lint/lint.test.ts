// The lint stage of npm test (eslint.config.js) catches what it should: snippets with one planted
// mistake each, linted with the project's own config as if they were files of the project.
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Type-aware linting builds the TypeScript program of the project; on a loaded 2-core machine that takes more than vitest's 5 s default. */
const HEAVY_TIMEOUT = 60_000;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The rules that report on `code`, linted as the file `file` (a path from the project's root). */
async function rulesOn(code: string, file: string): Promise<(string | null)[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? []).map((m) => m.ruleId);
}

// An existing file's path, so that the type-aware rules find it in tsconfig.json; its text is replaced.
const WIDGET = 'components/target-card/target-card.ts';

describe('the lint config (eslint.config.js)', { timeout: HEAVY_TIMEOUT }, () => {
  it('passes a clean widget module', async () => {
    const clean = `import { html, type TemplateResult } from 'lit';
export const view = (name: string): TemplateResult => html\`<p class="name">\${name}</p>\`;
`;
    expect(await rulesOn(clean, WIDGET)).toEqual([]);
  });

  it('reports a promise left floating in a widget (typescript-eslint, type-aware)', async () => {
    const floating = `export function load(): void {
  fetch('/data.json');
}
`;
    expect(await rulesOn(floating, WIDGET)).toEqual(['@typescript-eslint/no-floating-promises']);
  });

  it('reports a template that binds the same attribute twice (eslint-plugin-lit)', async () => {
    const twice = `import { html, type TemplateResult } from 'lit';
export const view = (a: string, b: string): TemplateResult => html\`<p title=\${a} title=\${b}></p>\`;
`;
    expect(await rulesOn(twice, WIDGET)).toContain('lit/no-duplicate-template-bindings');
  });

  it('reports an element that sets attributes in its constructor (eslint-plugin-wc)', async () => {
    const early = `export class QdEarly extends HTMLElement {
  constructor() {
    super();
    this.setAttribute('role', 'img');
  }
}
`;
    expect(await rulesOn(early, WIDGET)).toEqual(['wc/no-constructor-attributes']);
  });

  it('reports an explicit any in a test file (typescript-eslint, without types)', async () => {
    const loose = `export const parse = (text: string): any => JSON.parse(text);\n`;
    expect(await rulesOn(loose, 'tests/unit/lint/planted.test.ts')).toEqual(['@typescript-eslint/no-explicit-any']);
  });
});
