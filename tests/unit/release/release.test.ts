/**
 * `npm run release` writes the self-hosting folder (release/NAME-VERSION/) that its README
 * (examples/self-host/README.md) describes: every file the README's table names is in it, the
 * observations template is the repository's, embed.js loads the bundle beside it, and meta.json's
 * integrity is the bundle's SRI hash. Runs after `npm run build` (the build stage of `npm test`).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/** The script zips the folder in a child process; on a loaded 2-core machine that takes more than vitest's 5 s default. */
const CHILD_PROCESS_TIMEOUT = 60_000;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
const folder = join(root, 'release', `${pkg.name}-${pkg.version}`);
const BUNDLE = 'qingdao-services-plan.min.js';

/** The file names in the first column of the self-host README's table (`a`, `b` (+ `.map`)). */
function namesInReadme(): string[] {
  const readme = readFileSync(join(root, 'examples/self-host/README.md'), 'utf8');
  const rows = readme.split('\n').filter((line) => line.startsWith('| `'));
  return rows.flatMap((row) => {
    const cell = row.split('|')[1]!;
    const names = [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    return names.flatMap((n) => (n.startsWith('.') ? [] : cell.includes('(+ `.map`)') && n === BUNDLE ? [n, `${n}.map`] : [n]));
  });
}

describe('npm run release', () => {
  let output = '';
  beforeAll(() => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/release.mjs')], { cwd: root, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    output = run.stdout;
  }, CHILD_PROCESS_TIMEOUT);

  it('writes every file the self-host README lists, and names the archive', () => {
    const names = namesInReadme();
    expect(names).toContain('observations-template.csv');
    expect(names.length).toBeGreaterThan(12);
    const present = new Set(readdirSync(folder));
    expect(names.filter((n) => !present.has(n))).toEqual([]);
    expect(output).toMatch(/wrote release\/.+\.(zip|tar\.gz)/);
  });

  it('ships the repository observations template as it is', () => {
    expect(readFileSync(join(folder, 'observations-template.csv'), 'utf8')).toBe(
      readFileSync(join(root, 'examples/templates/observations-template.csv'), 'utf8'),
    );
  });

  it('points embed.js at the bundle beside it', () => {
    const embed = readFileSync(join(folder, 'embed.js'), 'utf8');
    expect(embed).toContain(`'./${BUNDLE}'`);
    expect(embed).not.toContain('../dist/cdn/');
  });

  it('records the bundle integrity as sha384 of the bundle in meta.json', () => {
    const meta = JSON.parse(readFileSync(join(folder, 'meta.json'), 'utf8')) as { integrity: string; version: string };
    const hash = createHash('sha384').update(readFileSync(join(folder, BUNDLE))).digest('base64');
    expect(meta).toMatchObject({ integrity: `sha384-${hash}`, version: pkg.version });
    expect(existsSync(join(folder, 'README.md'))).toBe(true);
  });
});
