// node scripts/build-examples.mjs (after `npm run build`): writes examples/generated/
//   meta.json  { version, file, integrity, cdnBase, dataVersion, updated } for the snippet builder:
//              the package version and the sha384 (SRI) of the built CDN bundle
//   react.js   examples/react/app.js bundled with esbuild (React 19, createElement)
//   vue.js     examples/vue/app.js bundled with esbuild (Vue 3, h)
// The framework examples import the package by its name, resolved through the
// package.json exports map to the built files in dist/, as an npm user's bundler would.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}examples/generated/`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const bundlePath = `${root}${pkg.exports['./cdn'].default.replace(/^\.\//, '')}`;
if (!existsSync(bundlePath)) {
  console.error(`build-examples: ${bundlePath} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const bundle = readFileSync(bundlePath);
const file = bundlePath.split('/').pop();
const plan = JSON.parse(readFileSync(`${root}dist/plan.json`, 'utf8'));
const meta = {
  version: pkg.version,
  file,
  integrity: `sha384-${createHash('sha384').update(bundle).digest('base64')}`,
  cdnBase: `https://cdn.jsdelivr.net/npm/${pkg.name}@${pkg.version}/dist/cdn/`,
  dataVersion: plan.meta?.dataVersion ?? plan.dataVersion ?? null,
  updated: plan.meta?.updated ?? plan.updated ?? null,
};
mkdirSync(out, { recursive: true });
writeFileSync(`${out}meta.json`, JSON.stringify(meta, null, 2) + '\n');

/** Resolves `qingdao-services-plan[/sub]` through the exports map (the `default` condition) to dist/. */
const selfReference = {
  name: 'self-reference',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^${pkg.name}(/.*)?$`) }, (args) => {
      const sub = `.${args.path.slice(pkg.name.length)}`;
      const entry = pkg.exports[sub === '.' ? '.' : sub];
      const target = typeof entry === 'string' ? entry : entry?.default;
      if (!target) return { errors: [{ text: `${args.path} is not exported by package.json` }] };
      return { path: `${root}${target.replace(/^\.\//, '')}` };
    });
  },
};

const common = {
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [selfReference],
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
};
await build({ ...common, entryPoints: [`${root}examples/react/app.js`], outfile: `${out}react.js` });
await build({ ...common, entryPoints: [`${root}examples/vue/app.js`], outfile: `${out}vue.js` });
console.log(`built examples/generated/: meta.json (${pkg.name}@${meta.version}, ${meta.integrity}), react.js, vue.js`);
