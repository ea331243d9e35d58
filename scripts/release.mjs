// npm run release (after `npm run build`): writes release/qingdao-services-plan-VERSION.zip,
// the folder a site puts on its own server (public CDNs are slow or blocked for many users in
// mainland China): the CDN bundle and its source map, the iframe embed page (loading the bundle
// by a relative path), the data files and their schemas, the observations CSV template, custom-elements.json, a README
// (examples/self-host/README.md), the CHANGELOG and the LICENSE, and meta.json with the
// version and the bundle's SRI hash. Uses the `zip` command; without it, writes a .tar.gz.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const name = `${pkg.name}-${pkg.version}`;
const releaseDir = `${root}release/`;
const folder = `${releaseDir}${name}/`;
const BUNDLE = 'qingdao-services-plan.min.js';

const files = [
  [`dist/cdn/${BUNDLE}`, BUNDLE],
  [`dist/cdn/${BUNDLE}.map`, `${BUNDLE}.map`],
  ['examples/embed.html', 'embed.html'],
  ['examples/embed.css', 'embed.css'],
  ['examples/catalog.js', 'catalog.js'],
  ['dist/plan.json', 'plan.json'],
  ['dist/plan.csv', 'plan.csv'],
  ['dist/plan.schema.json', 'plan.schema.json'],
  ['dist/observations.json', 'observations.json'],
  ['dist/observations.csv', 'observations.csv'],
  ['dist/observations.schema.json', 'observations.schema.json'],
  ['dist/observations-template.csv', 'observations-template.csv'],
  ['custom-elements.json', 'custom-elements.json'],
  ['examples/self-host/README.md', 'README.md'],
  ['CHANGELOG.md', 'CHANGELOG.md'],
  ['LICENSE', 'LICENSE'],
];
const missing = files.filter(([from]) => !existsSync(`${root}${from}`)).map(([from]) => from);
if (missing.length) {
  console.error(`release: missing ${missing.join(', ')}; run \`npm run build\` first.`);
  process.exit(1);
}

rmSync(folder, { recursive: true, force: true });
mkdirSync(folder, { recursive: true });
for (const [from, to] of files) copyFileSync(`${root}${from}`, `${folder}${to}`);

// embed.js: in the repository it loads ../dist/cdn/; in the folder the bundle is beside it.
const embedJs = readFileSync(`${root}examples/embed.js`, 'utf8');
const from = `'../dist/cdn/${BUNDLE}'`;
if (!embedJs.includes(from)) throw new Error(`release: examples/embed.js no longer imports ${from}`);
writeFileSync(`${folder}embed.js`, embedJs.replace(from, `'./${BUNDLE}'`));

const bundle = readFileSync(`${folder}${BUNDLE}`);
const plan = JSON.parse(readFileSync(`${folder}plan.json`, 'utf8'));
const meta = {
  version: pkg.version,
  file: BUNDLE,
  integrity: `sha384-${createHash('sha384').update(bundle).digest('base64')}`,
  dataVersion: plan.meta?.dataVersion ?? null,
  updated: plan.meta?.updated ?? null,
};
writeFileSync(`${folder}meta.json`, JSON.stringify(meta, null, 2) + '\n');

let archive;
let hasZip = true;
try {
  execFileSync('zip', ['-v'], { stdio: 'ignore' });
} catch {
  hasZip = false;
}
if (hasZip) {
  archive = `${releaseDir}${name}.zip`;
  rmSync(archive, { force: true });
  execFileSync('zip', ['-r', '-X', '-q', archive, name], { cwd: releaseDir });
} else {
  archive = `${releaseDir}${name}.tar.gz`;
  rmSync(archive, { force: true });
  execFileSync('tar', ['-czf', archive, name], { cwd: releaseDir });
  console.warn('release: the `zip` command is not installed; wrote a .tar.gz instead.');
}
const sha256 = createHash('sha256').update(readFileSync(archive)).digest('hex');
console.log(`wrote ${archive.slice(root.length)} (${(statSync(archive).size / 1024).toFixed(1)} KB, sha256 ${sha256})`);
console.log(`  ${files.length + 2} files; bundle integrity ${meta.integrity}`);
