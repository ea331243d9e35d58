// Package gates, run by npm test on the packed tarball: publint --strict, attw
// (esm-only profile; non-JS exports excluded), and a consumer project that
// installs the tarball and (a) imports the root, /calc, /assess and /data in
// plain Node, (b) type-checks under moduleResolution bundler and nodenext,
// (c) runs `npx qingdao-services-plan scorecard`. Writes .tmp/package.json.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tmp = `${root}.tmp/package/`;
const consumer = `${tmp}consumer/`;
const bin = (name) => `${root}node_modules/.bin/${name}`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const NON_JS = Object.keys(pkg.exports).filter((k) => /\.(json|csv)$/.test(k));

const results = [];
function check(name, cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', cwd: opts.cwd ?? root, env: { ...process.env, ...opts.env } });
  const ok = r.status === 0 && (!opts.expect || opts.expect.test(r.stdout));
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  if (!ok) console.log((r.stdout ?? '') + (r.stderr ?? ''));
  return r;
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(consumer, { recursive: true });
const pack = check('npm pack', 'npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', tmp]);
const tarball = `${tmp}${pack.stdout.trim().split('\n').pop()}`;

check('publint --strict', bin('publint'), ['--strict', tarball]);
check('attw --profile esm-only', bin('attw'), [tarball, '--profile', 'esm-only', '--exclude-entrypoints', ...NON_JS]);

cpSync(`${root}tests/package/consumer/`, consumer, { recursive: true });
writeFileSync(
  `${consumer}package.json`,
  JSON.stringify(
    { name: 'consumer', private: true, type: 'module', dependencies: { 'qingdao-services-plan': `file:${tarball}` } },
    null,
    2,
  ),
);
check(
  'consumer: npm install of the tarball',
  'npm',
  ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'],
  { cwd: consumer },
);
check('consumer: imports in plain Node', process.execPath, ['run.mjs'], {
  cwd: consumer,
  expect: /consumer imports ok/,
});
const tsc = `${root}node_modules/typescript/bin/tsc`;
for (const [module, resolution] of [
  ['esnext', 'bundler'],
  ['nodenext', 'nodenext'],
]) {
  const compilerOptions = {
    noEmit: true,
    strict: true,
    target: 'es2022',
    lib: ['es2022', 'dom'],
    skipLibCheck: false,
    types: [],
    module,
    moduleResolution: resolution,
  };
  writeFileSync(
    `${consumer}tsconfig.${resolution}.json`,
    JSON.stringify({ compilerOptions, files: ['index.ts'] }, null, 2),
  );
  check(
    `consumer: type-check, moduleResolution ${resolution}`,
    process.execPath,
    [tsc, '-p', `tsconfig.${resolution}.json`],
    { cwd: consumer },
  );
}
check(
  'consumer: npx qingdao-services-plan scorecard',
  'npx',
  ['--no-install', 'qingdao-services-plan', 'scorecard', '--lang', 'en'],
  { cwd: consumer, expect: /Port container throughput/ },
);

const failed = results.filter((r) => !r.ok).length;
mkdirSync(`${root}.tmp`, { recursive: true });
writeFileSync(`${root}.tmp/package.json`, JSON.stringify({ passed: results.length - failed, failed }));
process.exitCode = failed ? 1 : 0;
