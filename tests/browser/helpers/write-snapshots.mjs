#!/usr/bin/env node
// Writes the SVG snapshots of the chart tests: runs them in the web test runner, collects the
// `[qd-snapshot] <name> <base64>` lines a missing (or, with --update, changed) snapshot logs, and
// writes tests/browser/snapshots/<name>.svg. Tests never write snapshots themselves, so a missing
// snapshot always fails a test run (CI included) until someone runs this and commits the files.
//
//   node tests/browser/helpers/write-snapshots.mjs            # write missing snapshots
//   node tests/browser/helpers/write-snapshots.mjs --update   # also overwrite changed ones
//   node tests/browser/helpers/write-snapshots.mjs --files tests/browser/trend-chart.test.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = join(root, 'tests/browser/snapshots');
const args = process.argv.slice(2);
const update = args.includes('--update');
const i = args.indexOf('--files');
const files =
  i >= 0
    ? args.slice(i + 1).filter((a) => !a.startsWith('--'))
    : ['tests/browser/trend-chart.test.ts', 'tests/browser/share-chart.test.ts'];

const run = spawnSync(
  'npx',
  ['wtr', '--config', 'web-test-runner.config.mjs', ...files.flatMap((f) => ['--files', f])],
  { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
const out = `${run.stdout}\n${run.stderr}`;
const found = new Map();
for (const m of out.matchAll(/\[qd-snapshot\] ([\w-]+) ([A-Za-z0-9+/=]+)/g))
  found.set(m[1], Buffer.from(m[2], 'base64').toString('utf8'));

mkdirSync(dir, { recursive: true });
let written = 0;
for (const [name, svg] of found) {
  const file = join(dir, `${name}.svg`);
  if (existsSync(file) && !update) {
    console.log(`differs (kept; pass --update to overwrite): ${name}.svg`);
    continue;
  }
  writeFileSync(file, svg);
  written++;
  console.log(`wrote tests/browser/snapshots/${name}.svg`);
}
console.log(
  found.size
    ? `${written} snapshot(s) written; run the tests again, review the SVGs and commit them.`
    : 'No missing or changed snapshots reported.',
);
if (run.status !== 0 && !found.size) {
  console.error('The test run failed for another reason:\n' + out.slice(-4000));
  process.exit(1);
}
