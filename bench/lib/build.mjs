// Builds what the bench needs into bench/.site/ (gitignored):
//   dist/      a snapshot of the library build (node scripts/build.mjs), so that other
//              people's rebuilds of dist/ during the run change nothing here;
//   examples/  the gallery as built (scripts/build-examples.mjs writes examples/generated/);
//   bench/     the pages of the render benchmark and their bundles;
// and the size bundles (esbuild: bundle, minify, esm, es2022, tree-shaken) with metafiles.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { cdnParts } from './cdn-parts.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const NEEDED = [
  'components/trend-chart/index.js',
  'components/target-table/index.js',
  'components/plan-dashboard/index.js',
  'components/cdn.js',
  'cdn/qingdao-services-plan.min.js',
  'src/index.js',
  'plan.json',
];

/** node scripts/build.mjs, then an immediate copy of dist/ (retried: others rebuild dist/ too). */
export async function buildLibrary(root, site, log) {
  for (let attempt = 1; ; attempt++) {
    try {
      execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      const missing = NEEDED.filter((f) => !existsSync(`${root}/dist/${f}`));
      if (missing.length) throw new Error(`dist/ incomplete after build: ${missing.join(', ')}`);
      rmSync(`${site}/dist`, { recursive: true, force: true });
      cpSync(`${root}/dist`, `${site}/dist`, { recursive: true });
      const still = NEEDED.filter((f) => !existsSync(`${site}/dist/${f}`));
      if (still.length) throw new Error(`dist/ changed while copying: ${still.join(', ')}`);
      return;
    } catch (e) {
      if (attempt >= 4) throw e;
      log(`  build attempt ${attempt} failed (${String(e.message).split('\n')[0].slice(0, 160)}); retrying in 10 s`);
      await sleep(10_000);
    }
  }
}

/** The gallery's own build step, then a copy of examples/ (and the manifest it links to). */
export function buildSite(root, site, log) {
  try {
    execFileSync(process.execPath, ['scripts/build-examples.mjs'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    log(
      `  scripts/build-examples.mjs failed (${String(e.stderr ?? e.message).split('\n')[0]}); using examples/ as it is`,
    );
  }
  rmSync(`${site}/examples`, { recursive: true, force: true });
  cpSync(`${root}/examples`, `${site}/examples`, { recursive: true, filter: (src) => !src.includes('node_modules') });
  if (existsSync(`${root}/custom-elements.json`))
    cpSync(`${root}/custom-elements.json`, `${site}/custom-elements.json`);
}

/** The same settings for every bundle. */
export const ESBUILD = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  treeShaking: true,
  platform: 'browser',
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'error',
  metafile: true,
  write: false,
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** `qd-dist/...` -> the dist/ snapshot. */
const qdDist = (site) => ({
  name: 'qd-dist',
  setup(b) {
    b.onResolve({ filter: /^qd-dist\// }, (a) => ({ path: `${site}/dist/${a.path.slice('qd-dist/'.length)}` }));
  },
});

async function bundle(bench, site, { entry, contents, minify = true, extra = [] }) {
  const r = await build({
    ...ESBUILD,
    minify,
    ...(entry
      ? { entryPoints: [entry] }
      : { stdin: { contents, resolveDir: `${bench}/charts`, sourcefile: 'entry.js', loader: 'js' } }),
    outfile: 'out.js',
    plugins: [qdDist(site), ...extra],
  });
  const code = r.outputFiles[0].contents;
  const inputs = Object.values(r.metafile.outputs)[0].inputs;
  return { code, inputs };
}

/** Which package or part of the library an input path belongs to. */
export function groupOf(path) {
  const nm = path.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const m = path.match(/\.site\/dist\/(src|components)\/(.*)$/);
  if (m) {
    if (m[1] === 'src') {
      if (/^(data|plan-data)\.js$/.test(m[2]) || m[2].startsWith('data/')) return 'library: plan data';
      if (/^observations/.test(m[2])) return 'library: observations';
      if (m[2].startsWith('schema/')) return 'library: schema validators';
      return `library: src/${m[2].split('/')[0].replace(/\.js$/, '')}`;
    }
    return `widgets: ${m[2].split('/')[0].replace(/\.js$/, '')}`;
  }
  const d = path.match(/\.site\/dist\/(.*)$/);
  if (d) return `library: ${d[1].split('/')[0]}`;
  if (path.includes('bench/charts/')) return 'bench chart code + inlined data';
  return path;
}

function breakdown(inputs) {
  const groups = new Map();
  const files = [];
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    if (!bytesInOutput) continue;
    const g = groupOf(path);
    groups.set(g, (groups.get(g) ?? 0) + bytesInOutput);
    files.push({ path: path.replace(/^.*?(node_modules\/|\.site\/)/, '$1'), bytes: bytesInOutput });
  }
  return {
    groups: [...groups].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes),
    files: files.sort((a, b) => b.bytes - a.bytes).slice(0, 12),
  };
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/**
 * This library's entry bundled as a page loads it: code splitting on, so that
 * modules imported on demand become chunks; counted are the entry chunk, the
 * chunks it imports statically, and the chunks of the modules a page showing
 * `indicator` imports on demand (its part of the data, data/by-indicator/);
 * not the others (other indicators' data, the parser for a site's own data).
 * Each file is gzipped on its own, as a server sends it.
 */
async function bundlePage(bench, site, contents, indicator) {
  const r = await build({
    ...ESBUILD,
    stdin: { contents, resolveDir: `${bench}/charts`, sourcefile: 'entry.js', loader: 'js' },
    splitting: true,
    outdir: `${site}/bench/size-split`,
    plugins: [qdDist(site)],
  });
  const outputs = r.metafile.outputs;
  const keys = Object.keys(outputs).filter((k) => !k.endsWith('.map'));
  const loaded = new Set();
  const visit = (k) => {
    if (loaded.has(k)) return;
    loaded.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(keys.find((k) => outputs[k].entryPoint?.endsWith('entry.js')));
  const wanted = new RegExp(`/by-indicator/${indicator}\\.js$`);
  for (const k of keys) if (Object.keys(outputs[k].inputs).some((p) => wanted.test(p))) visit(k);
  let min = 0,
    gzip = 0;
  const inputs = {};
  for (const f of r.outputFiles) {
    const k = keys.find((key) => f.path.endsWith(key));
    if (!k || !loaded.has(k)) continue;
    min += f.contents.length;
    gzip += gz(f.contents);
    for (const [p, v] of Object.entries(outputs[k].inputs))
      inputs[p] = { bytesInOutput: (inputs[p]?.bytesInOutput ?? 0) + v.bytesInOutput };
  }
  return { min, gzip, files: loaded.size, inputs };
}

/** The size bundles: one trend chart of one target with its data, per library. */
export async function sizeBundles(bench, site, d) {
  const data = JSON.stringify(d);
  const entries = {
    qd: `import 'qd-dist/components/trend-chart/index.js';
const el = document.createElement('qd-trend-chart');
el.setAttribute('indicator', ${JSON.stringify(d.indicator)});
document.body.append(el);`,
    echarts: `import { render } from './echarts.js';\nrender(document.body, ${data});`,
    chartjs: `import { render } from './chartjs.js';\nrender(document.body, ${data});`,
  };
  const out = {};
  const page = await bundlePage(bench, site, entries.qd, d.indicator);
  out.qd = { min: page.min, gzip: page.gzip, chunks: page.files, ...breakdown(page.inputs) };
  for (const [name, contents] of Object.entries(entries)) {
    if (name === 'qd') continue;
    const { code, inputs } = await bundle(bench, site, { contents });
    mkdirSync(`${site}/bench/size`, { recursive: true });
    writeFileSync(`${site}/bench/size/${name}.js`, code);
    out[name] = { min: code.length, gzip: gz(code), ...breakdown(inputs) };
  }
  // The CDN bundle as shipped (rollup + terser), and re-bundled with the same esbuild settings.
  const cdn = readFileSync(`${site}/dist/cdn/qingdao-services-plan.min.js`);
  const re = await bundle(bench, site, { entry: `${site}/dist/components/cdn.js` });
  out.cdn = {
    min: cdn.length,
    gzip: gz(cdn),
    esbuildMin: re.code.length,
    esbuildGzip: gz(re.code),
    ...breakdown(re.inputs),
    // The shipped file's own parts, from its source map.
    parts: cdnParts(`${site}/dist/cdn/qingdao-services-plan.min.js`),
  };
  return out;
}

/** The pages of the render benchmark: one bundle and one HTML page per case. */
export async function renderPages(bench, site, cases, targets) {
  const dir = `${site}/bench`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/targets.json`, JSON.stringify(targets));
  const sizes = {};
  for (const c of cases) {
    const { code } = await bundle(bench, site, { entry: `${bench}/pages/${c}.js` });
    writeFileSync(`${dir}/${c}.js`, code);
    sizes[c] = { min: code.length, gzip: gz(code) };
    // The same page unminified, for the profiled run (readable names, module comments).
    writeFileSync(
      `${dir}/${c}.profile.js`,
      (await bundle(bench, site, { entry: `${bench}/pages/${c}.js`, minify: false })).code,
    );
    for (const [html, js] of [
      [`${c}.html`, `${c}.js`],
      [`${c}.profile.html`, `${c}.profile.js`],
    ])
      writeFileSync(
        `${dir}/${html}`,
        `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>bench ${c}</title><link rel="icon" href="data:,">
<style>body{margin:0;font:14px system-ui,sans-serif}#host{display:flex;flex-wrap:wrap;gap:8px;align-items:flex-start}figure{margin:0}.plot{width:480px}</style>
<script type="module" src="./${js}"></script></head>
<body><main id="host"></main></body></html>
`,
      );
  }
  return sizes;
}
