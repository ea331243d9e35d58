// Size budgets (gzip bytes) of what a page or a bundler pulls in: each entry
// is bundled from the built dist/ with esbuild (tree-shaken, minified, ESM,
// browser platform) and gzipped at level 9. Prints a table and exits 1 when a
// budget is exceeded. Run by npm test after the build; `--json` prints JSON.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Budgets of the component entries (gzip bytes): at most 10% above the size
 * measured on 2026-11-27 of what a page loads first (with lit and d3; the card,
 * bar and charts then import their indicator's data module, about 1 KB).
 */
const COMPONENT_BUDGETS = {
  'target-card': 46100,
  'progress-bar': 43600,
  'trend-chart': 54000,
  'share-chart': 47800,
  'target-table': 55900,
  'plan-dashboard': 55200,
};
/**
 * The CDN bundle with every widget, lit, d3, the plan data, the observations and
 * the parser: measured 87,851 B (88,337 B after the data review; 93,907 B after
 * the second data round of 2026-12-04, whose 91 more rejected candidates with
 * their reasons, which scorecard() reports, add 5.4 KB), budget about 5% above,
 * a guard against growth.
 * The goal of 45 KB (CDN_GOAL) is NOT met: FLOORS below measures what the file
 * holds before any widget code (lit, d3, the data: 38.2 KB; with the validators
 * 47.8 KB); the UI strings in two languages add about 6 KB, the widgets, their
 * kit and the calculations the rest.
 */
const CDN_BUDGET = 98600;

/**
 * name, what to measure (the module source of an entry to bundle, or a built
 * `file` as it is), and the budget in bytes (gzip). The component and CDN
 * budgets are 10% above the sizes measured on 2026-11-27.
 */
export const BUDGETS = [
  {
    name: "import { cagr } from 'qingdao-services-plan'",
    source: "export { cagr } from './dist/src/index.js';",
    budget: 1024,
  },
  {
    name: 'qingdao-services-plan/calc (whole entry)',
    source: "export * from './dist/src/calc-entry.js';",
    budget: 3072,
  },
  ...Object.entries(COMPONENT_BUDGETS).map(([c, budget]) => ({
    name: `qingdao-services-plan/components/${c}.js (first load, with lit and d3)`,
    source: `import './dist/components/${c}/index.js';`,
    budget,
  })),
  {
    name: 'CDN bundle dist/cdn/qingdao-services-plan.min.js (everything)',
    file: 'dist/cdn/qingdao-services-plan.min.js',
    budget: CDN_BUDGET,
  },
];

/**
 * Bytes of what a page loads: a built `file` as it is, or a `source` bundled
 * with code splitting, so that a module imported on demand (the data parser,
 * `import('./parse.js')`) becomes its own chunk: `min`/`gzip` count the entry
 * chunk and the chunks it imports statically; `lazyGzip` the chunks loaded
 * only on demand (a site's own data).
 */
export async function measure({ source, file }) {
  if (file) {
    const code = readFileSync(`${root}${file}`);
    return { min: code.length, gzip: gzipSync(code, { level: 9 }).length, lazyGzip: 0 };
  }
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    splitting: true,
    outdir: `${root}.tmp/size-out`,
    metafile: true,
  });
  const outputs = out.metafile.outputs;
  const entry = Object.keys(outputs).find((k) => outputs[k].entryPoint === '<stdin>');
  const eager = new Set();
  const visit = (k) => {
    if (eager.has(k)) return;
    eager.add(k);
    for (const i of outputs[k].imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(i.path);
  };
  visit(entry);
  let min = 0,
    gzip = 0,
    lazyGzip = 0;
  for (const f of out.outputFiles) {
    const key = Object.keys(outputs).find((k) => f.path.endsWith(k));
    if (!key || key.endsWith('.map')) continue;
    const gz = gzipSync(f.contents, { level: 9 }).length;
    if (eager.has(key)) {
      min += f.contents.length;
      gzip += gz;
    } else lazyGzip += gz;
  }
  return { min, gzip, lazyGzip };
}

/** The goal for the CDN bundle that issue #6 sets (45 KB gzip), which is not met. */
export const CDN_GOAL = 45 * 1024;

/**
 * What every CDN bundle must hold before any widget code, measured the same
 * way (bundled, minified, gzip): lit, the d3 functions the widgets use, and
 * the plan data with the observations (`data/index.js`), then the same with the
 * precompiled schema validators. Shown to say how far 45 KB is from reach; not
 * a budget.
 */
export const FLOORS = [
  {
    name: 'lit + d3 (scaleLinear, line) + plan data + observations, no widget code',
    source:
      "export * from './dist/data/index.js'; export { LitElement, html, svg, css, nothing } from 'lit'; export { scaleLinear } from 'd3-scale'; export { line } from 'd3-shape';",
  },
  {
    name: 'the same + the precompiled schema validators',
    source:
      "export * from './dist/data/index.js'; export { LitElement, html, svg, css, nothing } from 'lit'; export { scaleLinear } from 'd3-scale'; export { line } from 'd3-shape'; export * from './dist/src/schema/index.js';",
  },
];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  for (const b of BUDGETS) rows.push({ ...b, ...(await measure(b)) });
  const floors = [];
  for (const f of FLOORS) floors.push({ ...f, ...(await measure(f)) });
  if (process.argv.includes('--json'))
    console.log(
      JSON.stringify(
        {
          budgets: rows.map(({ source: _, ...r }) => r),
          cdnGoal: CDN_GOAL,
          floors: floors.map(({ source: _, ...r }) => r),
        },
        null,
        2,
      ),
    );
  else {
    for (const r of rows) {
      const ok = r.gzip <= r.budget;
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${String(r.gzip).padStart(6)} B gzip (${r.min} B min) / budget ${r.budget} B  ${r.name}${r.lazyGzip ? ` (+${r.lazyGzip} B gzip loaded on demand)` : ''}`,
      );
    }
    const cdn = rows.find((r) => r.file);
    console.log(
      `\nNOT MET: the CDN goal of issue #6 is ${CDN_GOAL} B gzip; the bundle is ${cdn.gzip} B (the budget above guards against growth).`,
    );
    console.log('What the CDN bundle holds before any widget code (not budgets):');
    for (const f of floors) console.log(`     ${String(f.gzip).padStart(6)} B gzip  ${f.name}`);
  }
  const over = rows.filter((r) => r.gzip > r.budget);
  mkdirSync(`${root}.tmp`, { recursive: true });
  writeFileSync(`${root}.tmp/size.json`, JSON.stringify({ passed: rows.length - over.length, failed: over.length }));
  if (over.length) process.exitCode = 1;
}
