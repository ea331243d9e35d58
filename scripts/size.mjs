// Size budgets (gzip bytes) of what a page or a bundler pulls in: each entry
// is bundled from the built dist/ with esbuild (tree-shaken, minified, ESM,
// browser platform, code splitting) and gzipped at level 9. For each entry it
// prints what loads first and what loads on demand (the I/O chunk, a widget's
// part of the bundled plan, one language's UI texts), and checks that no
// browser bundle holds the schema library (TypeBox runs at build time only),
// that a widget showing one indicator does not load the whole plan, and that a
// widget's first load holds no language's texts (a page loads one catalog), and that a card's or bar's
// first load holds no calculation, formatting or d3 (their views of the bundled plan are precomputed).
// Exits 1 when a budget or a
// check fails. Run by npm test after the build; `--json` prints JSON.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Widgets that show one indicator: their first load must not hold the whole plan. */
const ONE_INDICATOR = ['target-card', 'progress-bar', 'trend-chart', 'share-chart'];

/**
 * Budgets of the component entries (gzip bytes of the first load, with lit and
 * d3), about 5% above the sizes measured on 2026-12-05 after issue 18's first
 * steps (cards and bars paint from precomputed views; the calculations load on
 * demand; the track needs no d3): card 21,532 B, bar 20,636 B, trend chart
 * 48,498 B, share chart 42,900 B, table 35,738 B, dashboard 36,148 B, qd-plan
 * 12,326 B. After the thin base with its viewport controller (issue 14, 18.4)
 * and the provisional status and method line (issue 15), 2026-12-05: card
 * 22,734 B, bar 21,807 B, trend chart 51,015 B, share chart 45,620 B, table
 * 38,192 B, dashboard 38,754 B. After the data controller's loading half
 * (data-tasks.ts) moved to a chunk of its own and the catalog controller left
 * @lit/task (budgets now about 2% above): card 20,255 B, bar 19,325 B, trend
 * chart 49,360 B, share chart 43,896 B, table 36,469 B, dashboard 37,073 B,
 * qd-plan 12,427 B. The chart frame and draw() (render/chart-frame.ts,
 * chart-dom.ts: 131 -> 82 nodes per trend chart) add about 1.3 KB to the share
 * chart, 45,209 B. The catalog controller back on @lit/task, as issue 14
 * asks of async loading (+0.65 KB each): card 20,981 B, bar 20,010 B, trend
 * chart 50,775 B, share chart 45,850 B, table 37,418 B, dashboard 38,079 B. The trend chart paints the bundled
 * plan from precomputed views and models (targetView, trendModel and assess on demand, formatting from ./format):
 * trend chart 42,498 B; card 21,258 B and bar 20,291 B with the source controller they now share with it
 * (precomputed-source.ts). A guard against growth; issue 18's goal for the card is 16 KB.
 */
const COMPONENT_BUDGETS = {
  'target-card': 21400,
  'progress-bar': 20400,
  'trend-chart': 43350,
  'share-chart': 46800,
  'target-table': 38200,
  'plan-dashboard': 38850,
  'qd-plan': 12700,
};

/** The CDN bundle with every widget, lit, d3, the plan data and the I/O entry (97,312 B on 2026-12-05 before the merges of issues 14, 15 and 18.4; 100,325 B after; 101,393 B with data.ts's loading half inlined beside it; 101,803 B, then 98,671 B with the compacted validators; 99,149 B with the chart frame): a guard against growth, about 2% above. */
const CDN_BUDGET = 100650;

/** name, what to measure (the module source of an entry to bundle, or a built `file` as it is), and the budget in bytes (gzip). */
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
  {
    // Loaded on demand, when a site brings a plan or observations: 19,032 B on 2026-12-04 (the schema of
    // issue 17: sources, units, industry groups, stretch targets; and the plan checks); 19,539 B on
    // 2026-12-05, then 14,869 B with the compacted validators (scripts/gen-model.mjs: no messages, no
    // schemaPath, no schema copies, the observation validator shared). Budget about 2% above.
    name: 'qingdao-services-plan/io (the I/O chunk: CSV, JSON, validators, plan checks)',
    source: "export * from './dist/src/io/index.js';",
    budget: 15200,
  },
  ...Object.entries(COMPONENT_BUDGETS).map(([c, budget]) => ({
    name: `qingdao-services-plan/components/${c}.js (first load, with lit and d3)`,
    source: `import './dist/components/${c}/index.js';`,
    component: c,
    budget,
  })),
  {
    name: 'CDN bundle dist/cdn/qingdao-services-plan.min.js (everything)',
    file: 'dist/cdn/qingdao-services-plan.min.js',
    budget: CDN_BUDGET,
  },
];

/** Widgets that paint the bundled plan from views precomputed at build time. */
const PRECOMPUTED = ['target-card', 'progress-bar'];
/** The calculations, the formatting and d3: loaded on demand by a card or bar that computes. */
const CALCULATION =
  /dist\/src\/(calc|format|assess)|dist\/components\/views\/(target-view|format)\.js|node_modules\/d3-/;

/** The trend chart's calculation (targetView, trendModel, assess): loaded on demand by a chart that computes. */
const CHART_CALCULATION = /dist\/components\/views\/(target-view|trend-series)\.js|dist\/src\/(calc\/)?assess\.js/;

/** The loading half of the data controller and the bundled plan's loader: a card's or bar's first load needs neither (@lit/task stays: the catalog controller runs on it). */
const LOADING = /dist\/components\/base\/data-tasks\.js|dist\/src\/bundled\.js/;

/** The modules of a bundle's inputs that no browser bundle may hold. */
const FORBIDDEN = /node_modules\/@sinclair\/typebox\//;
/** Modules that hold the whole bundled plan. */
const WHOLE_PLAN = /dist\/data\/(index|figures\/|observations\/|indicators)/;
/** The UI texts of one language (components/i18n/<lang>.ts). */
const CATALOG = /dist\/components\/i18n\/(en|zh-CN)\.js/;

/**
 * Bytes of what a page loads: a built `file` as it is, or a `source` bundled
 * with code splitting: `min`/`gzip` count the entry chunk and the chunks it
 * imports statically (the first load); `lazy` the largest chunk loaded only on
 * demand of each kind; `eagerInputs`/`inputs` the source modules of each.
 */
export async function measure({ source, file }) {
  if (file) {
    const code = readFileSync(`${root}${file}`);
    // What the file holds, from its source map.
    const sources = JSON.parse(readFileSync(`${root}${file}.map`, 'utf8')).sources;
    return {
      min: code.length,
      gzip: gzipSync(code, { level: 9 }).length,
      lazy: {},
      inputs: sources,
      eagerInputs: sources,
    };
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
  let min = 0;
  let gzip = 0;
  /** Chunks loaded on demand, by kind: the I/O entry, the whole plan, one indicator's part, one language's texts (the largest). */
  const lazy = {};
  for (const f of out.outputFiles) {
    const key = Object.keys(outputs).find((k) => f.path.endsWith(k));
    if (!key || key.endsWith('.map')) continue;
    const gz = gzipSync(f.contents, { level: 9 }).length;
    if (eager.has(key)) {
      min += f.contents.length;
      gzip += gz;
      continue;
    }
    const inputs = Object.keys(outputs[key].inputs).join(' ');
    const kind = /dist\/src\/io\//.test(inputs)
      ? 'io'
      : /dist\/data\/index\.js/.test(inputs)
        ? 'whole plan'
        : /by-indicator\//.test(inputs)
          ? 'one indicator (largest)'
          : CATALOG.test(inputs)
            ? 'one language (largest)'
            : /generated\/views\//.test(inputs)
              ? 'one precomputed view (largest)'
              : /generated\/charts\//.test(inputs)
                ? 'one precomputed chart (largest)'
                : /components\/views\/target-compute\.js/.test(inputs)
                  ? 'calculation (card, bar)'
                  : /components\/views\/trend-compute\.js/.test(inputs)
                    ? 'calculation (trend chart)'
                    : 'shared';
    lazy[kind] = Math.max(lazy[kind] ?? 0, gz);
  }
  const inputsOf = (keys) => [...new Set(keys.flatMap((k) => Object.keys(outputs[k].inputs)))];
  return { min, gzip, lazy, inputs: inputsOf(Object.keys(outputs)), eagerInputs: inputsOf([...eager]) };
}

/**
 * The checks on a measured entry: no schema library anywhere; no whole plan in a one-indicator widget's first
 * load; no language's texts in a widget's first load.
 */
export function checks(row) {
  const out = [];
  out.push({
    name: `${row.name}: no schema library (TypeBox)`,
    ok: !row.inputs.some((i) => FORBIDDEN.test(i) || i === '@sinclair/typebox'),
  });
  if (row.component) {
    out.push({
      name: `${row.name}: first load holds no language's texts (one catalog loads on demand)`,
      ok: !row.eagerInputs.some((i) => CATALOG.test(i)),
    });
  }
  if (PRECOMPUTED.includes(row.component)) {
    out.push({
      name: `${row.name}: first load holds no calculation, formatting or d3 (the bundled plan's views are precomputed)`,
      ok: !row.eagerInputs.some((i) => CALCULATION.test(i)),
    });
    out.push({
      name: `${row.name}: first load holds no data loading (data-tasks, the bundled plan's loader)`,
      ok: !row.eagerInputs.some((i) => LOADING.test(i)),
    });
  }
  if (row.component === 'trend-chart') {
    out.push({
      name: `${row.name}: first load holds no targetView, trendModel or assess (the bundled plan's charts are precomputed)`,
      ok: !row.eagerInputs.some((i) => CHART_CALCULATION.test(i)),
    });
  }
  if (ONE_INDICATOR.includes(row.component)) {
    out.push({
      name: `${row.name}: first load holds no module of the whole plan`,
      ok: !row.eagerInputs.some((i) => WHOLE_PLAN.test(i)),
    });
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  for (const b of BUDGETS) rows.push({ ...b, ...(await measure(b)) });
  const results = rows.flatMap((r) => [{ name: `${r.name}: budget`, ok: r.gzip <= r.budget }, ...checks(r)]);
  if (process.argv.includes('--json')) {
    const budgets = rows.map(({ source: _, inputs: _i, eagerInputs: _e, ...r }) => r);
    console.log(JSON.stringify({ budgets, checks: results }, null, 2));
  } else {
    for (const r of rows) {
      const ok = r.gzip <= r.budget;
      const parts = Object.entries(r.lazy).map(([k, v]) => `${k} ${v} B`);
      const lazy = parts.length ? ` (on demand: ${parts.join(', ')})` : '';
      console.log(
        `${ok ? 'ok  ' : 'OVER'} ${String(r.gzip).padStart(6)} B gzip (${r.min} B min) / budget ${r.budget} B  ${r.name}${lazy}`,
      );
    }
    for (const c of results.filter((x) => !x.name.endsWith(': budget')))
      console.log(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  mkdirSync(`${root}.tmp`, { recursive: true });
  writeFileSync(`${root}.tmp/size.json`, JSON.stringify({ passed: results.length - failed, failed }));
  if (failed) process.exitCode = 1;
}
