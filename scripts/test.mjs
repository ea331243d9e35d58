// npm test: builds, type-checks, runs every test runner, and ends with one line
// "N passed, N failed" that sums them all (CI reads it). A stage that is not a
// test runner (build, type-check) counts as one check. Exit code 1 on any failure.
// Usage: node scripts/test.mjs [--only unit,browser,...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = `${root}.tmp/`;
mkdirSync(tmp, { recursive: true });
const bin = (name) => `${root}node_modules/.bin/${name}`;
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

/** Stages in order; `count` turns a finished run into { passed, failed }. */
const stages = [
  { name: 'build', cmd: [process.execPath, ['scripts/build.mjs']], fatal: true },
  { name: 'format', cmd: [bin('prettier'), ['--check', '--log-level=warn', '.']] },
  // ESLint without its cache: a type-aware finding can come from a change in another file.
  { name: 'lint', cmd: [bin('eslint'), ['--max-warnings=0', '.']] },
  { name: 'templates', cmd: [process.execPath, ['scripts/lint-templates.mjs']] },
  {
    name: 'layers',
    cmd: [bin('depcruise'), ['model', 'data', 'src', 'components', 'examples', '--config', '.dependency-cruiser.cjs']],
  },
  { name: 'typecheck', cmd: [bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']] },
  {
    name: 'unit',
    cmd: [bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${tmp}vitest.json`]],
    before: () => rmSync(`${tmp}vitest.json`, { force: true }),
    count: () => {
      const r = readJson(`${tmp}vitest.json`);
      return r && { passed: r.numPassedTests, failed: r.numFailedTests + (r.numTotalTests === 0 ? 1 : 0) };
    },
  },
  {
    name: 'size',
    cmd: [process.execPath, ['scripts/size.mjs']],
    before: () => rmSync(`${tmp}size.json`, { force: true }),
    count: () => readJson(`${tmp}size.json`),
  },
  {
    name: 'package',
    cmd: [process.execPath, ['scripts/package-gates.mjs']],
    before: () => rmSync(`${tmp}package.json`, { force: true }),
    count: () => readJson(`${tmp}package.json`),
  },
  {
    name: 'browser',
    cmd: [bin('wtr'), ['--config', 'web-test-runner.config.mjs']],
    before: () => rmSync(`${tmp}wtr.json`, { force: true }),
    count: () => readJson(`${tmp}wtr.json`),
  },
];

let passed = 0;
let failed = 0;
for (const stage of stages) {
  if (only && !only.includes(stage.name)) continue;
  console.log(`\n=== ${stage.name} ===`);
  stage.before?.();
  const [cmd, args] = stage.cmd;
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const counted = stage.count?.();
  if (counted) {
    passed += counted.passed;
    failed += counted.failed + (res.status !== 0 && counted.failed === 0 ? 1 : 0);
  } else if (res.status === 0) passed += 1;
  else failed += 1;
  console.log(`=== ${stage.name}: ${res.status === 0 ? 'ok' : `failed (exit ${res.status})`} ===`);
  if (res.status !== 0 && stage.fatal) break;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
