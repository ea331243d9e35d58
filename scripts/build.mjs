// npm run build: generates the model's schemas, validators and CSV columns
// (model/generated/) and the bundled plan's per-indicator modules
// (data/generated/), all gitignored; compiles model/, data/, src/ and
// components/ with tsc (JS + .d.ts in dist/); writes the published data
// files generated from the one source in data/ (plan.json, plan.csv,
// observations.json and .csv, the schemas); then Rollup bundles the CDN file.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/`;
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

rmSync(dist, { recursive: true, force: true });
run(process.execPath, ['scripts/gen-model.mjs']);
run(process.execPath, ['scripts/gen-indicator-data.mjs']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
// The generated JavaScript of the model (validators, columns) is not TypeScript: copy it with its declarations.
cpSync(`${root}model/generated/`, `${dist}model/generated/`, {
  recursive: true,
  filter: (f) => !f.endsWith('.json'),
});
run(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', 'rollup.config.js', '--silent']);
run(process.execPath, [
  'node_modules/@custom-elements-manifest/analyzer/cem.js',
  'analyze',
  '--config',
  'custom-elements-manifest.config.mjs',
  '--quiet',
]);
run(process.execPath, ['scripts/docs-widgets.mjs']);

const { planJson, planCsv, observationsJson } = await import(`${dist}src/publish.js`);
const { observations, observationsCsv } = await import(`${dist}src/index.js`);
mkdirSync(dist, { recursive: true });
writeFileSync(`${dist}plan.json`, JSON.stringify(planJson(), null, 2) + '\n');
writeFileSync(`${dist}plan.csv`, planCsv());
writeFileSync(`${dist}observations.json`, JSON.stringify(observationsJson(), null, 2) + '\n');
writeFileSync(`${dist}observations.csv`, observationsCsv(observations));
chmodSync(`${dist}src/cli.js`, 0o755);
// Types of the CDN bundle: the same as the components entry with the library.
writeFileSync(`${dist}cdn/qingdao-services-plan.min.d.ts`, "export * from '../components/cdn.js';\n");
for (const name of ['plan', 'observations'])
  copyFileSync(`${root}model/generated/${name}.schema.json`, `${dist}${name}.schema.json`);
// The observations template for statistics offices (docs/statistics-office.md), shipped as it is.
copyFileSync(`${root}examples/templates/observations-template.csv`, `${dist}observations-template.csv`);
run(process.execPath, ['scripts/build-examples.mjs']);
console.log('built dist/: src, data, plan.json, plan.csv, observations.json, observations.csv and their schemas');
