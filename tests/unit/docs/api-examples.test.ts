/**
 * The `js` examples of docs/api.md run, against the built package (dist/, as a
 * user's `import ... from 'qingdao-services-plan/...'` resolves it through the
 * exports map), and each `// → value` comment is the value its line gives:
 * strings, booleans and arrays exactly, objects as a subset, and numbers to the
 * decimals the comment writes (`// → 0.053191` holds for 0.05319122...).
 * Browser examples are written as `html` blocks and are not run here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** These tests start child processes (node, depcruise); on a loaded 2-core machine one takes more than vitest's 5 s default. */
const CHILD_PROCESS_TIMEOUT = 60_000;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(`${root}${path}`, 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  name: string;
  exports: Record<string, string | { default: string }>;
};

/** `qingdao-services-plan/x` as the exports map resolves it, as an absolute file URL. */
function resolveSpecifier(spec: string): string {
  const key = spec === pkg.name ? '.' : `.${spec.slice(pkg.name.length)}`;
  const target = pkg.exports[key];
  if (!target) throw new Error(`docs/api.md imports ${spec}, which package.json does not export`);
  return pathToFileURL(`${root}${typeof target === 'string' ? target : target.default}`).href;
}

interface Block {
  readonly line: number;
  readonly code: string;
}

/** The fenced `js` blocks of a Markdown file, with the line each starts on. */
function jsBlocks(md: string): Block[] {
  const out: Block[] = [];
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```js') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end] !== '```') end++;
    out.push({ line: start + 1, code: lines.slice(start, end).join('\n') });
    i = end;
  }
  return out;
}

/** `expr; // → value` */
const CHECK = /^(\s*)(?!const |let |var |import |return )(.+?);\s*\/\/ → (.+)$/;

/** The block as a module: imports resolved, each `// →` line turned into a check; and how many checks. */
function toModule(block: Block, file: string): { source: string; checks: number } {
  let checks = 0;
  const body = block.code
    .replace(/from '(qingdao-services-plan(?:\/[^']*)?)'/g, (_, spec: string) => `from '${resolveSpecifier(spec)}'`)
    .split('\n')
    .map((text, i) => {
      const m = CHECK.exec(text);
      if (!m) return text;
      checks++;
      const [, indent, expr, expected] = m;
      const where = `${file}:${block.line + i}`;
      return `${indent}__check((${expr}), (${expected}), ${JSON.stringify(expected)}, ${JSON.stringify(where)});`;
    })
    .join('\n');
  return { source: `const __check = globalThis.__docCheck;\n${body}\n`, checks };
}

const decimals = (literal: string) => /\.(\d+)$/.exec(literal.trim())?.[1]?.length ?? 0;

(globalThis as Record<string, unknown>).__docCheck = (
  actual: unknown,
  expected: unknown,
  literal: string,
  where: string,
) => {
  if (typeof expected === 'number' && typeof actual === 'number' && decimals(literal) > 0) {
    const d = decimals(literal);
    expect(Math.round(actual * 10 ** d) / 10 ** d, where).toBe(expected);
  } else if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, where).toMatchObject(expected as Record<string, unknown>);
  } else {
    expect(actual, where).toEqual(expected);
  }
};

describe('docs/api.md: the examples run and give the values they say', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  const file = 'docs/api.md';
  const blocks = jsBlocks(read(file));
  const dir = `${root}.tmp/doc-examples/`;
  mkdirSync(dir, { recursive: true });

  it('has examples with checked values', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7);
    const checks = blocks.map((b) => toModule(b, file).checks);
    expect(
      checks.every((n) => n > 0),
      `every js block states a value: ${checks.join(', ')}`,
    ).toBe(true);
  });

  it.each(blocks.map((b) => [b.line, b] as const))(`the block at line %i`, async (_, block) => {
    const { source } = toModule(block, file);
    const path = `${dir}api-${block.line}.mjs`;
    writeFileSync(path, source);
    await import(/* @vite-ignore */ `${pathToFileURL(path).href}?${Date.now()}`);
  });
});
