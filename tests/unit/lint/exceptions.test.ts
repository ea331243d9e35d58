// docs/contributing.md lists every inline lint exception of the project: each
// `eslint-disable` comment in the code is a row of its table (file and rule), and each row is
// still in the code, so the list cannot go stale.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** `file rule` of every eslint-disable comment in the tracked source files. */
function exceptionsInCode(): string[] {
  const files = execFileSync('git', ['ls-files', '*.ts', '*.js', '*.mjs', '*.cjs'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('tests/unit/lint/'));
  return files.flatMap((file) =>
    [...readFileSync(`${root}${file}`, 'utf8').matchAll(/eslint-disable(?:-next-line|-line)? ([\w@/-]+)/g)].map(
      (m) => `${file} ${m[1]}`,
    ),
  );
}

/** `file rule` of every row of the inline exceptions table in docs/contributing.md. */
function exceptionsInDocs(): string[] {
  const doc = readFileSync(`${root}docs/contributing.md`, 'utf8');
  const table = doc.slice(doc.indexOf('The inline exceptions'), doc.indexOf('**lit-analyzer**'));
  return [...table.matchAll(/^\| `([^`]+)`(?: \((\d+)\))?\s*\| `([^`]+)`/gm)].flatMap((m) =>
    Array.from({ length: Number(m[2] ?? 1) }, () => `${m[1]} ${m[3]}`),
  );
}

describe('the inline lint exceptions', () => {
  it('are each listed in docs/contributing.md, and the list holds no other', () => {
    const inCode = exceptionsInCode().sort();
    expect(inCode.length).toBeGreaterThan(0);
    expect(exceptionsInDocs().sort()).toEqual(inCode);
  });
});
