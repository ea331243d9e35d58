#!/usr/bin/env node
// npm run bench: builds the library and the gallery, then measures in headless Chromium,
// in one run: bundle sizes, render time and JS heap for 30 trend charts (this library,
// ECharts, Chart.js), the target table and dashboard alone, and Lighthouse on the gallery.
// Writes bench/results/<YYYY-MM-DD>.md and bench/results/latest.md.
// Env: BENCH_ROUNDS (measured rounds, default 15), BENCH_LH_RUNS (Lighthouse runs per preset, default 3),
//      BENCH_SKIP_BUILD=1 (reuse bench/.site/dist), CHROME_PATH (default /usr/bin/chromium).
import { cpus, loadavg, totalmem, release } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLibrary, buildSite, renderPages, sizeBundles } from './lib/build.mjs';
import { targetData } from './lib/data.mjs';
import { serve } from './lib/server.mjs';
import { CHROME, FLAGS, launch, renderBench } from './lib/render.mjs';
import { layoutShifts } from './lib/shifts.mjs';
import { lighthouse } from './lib/lighthouse.mjs';
import { report } from './lib/report.mjs';
import { analysis } from './lib/analysis.mjs';

const bench = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const site = `${bench}/.site`;
const started = Date.now();
const loadStart = loadavg()[0].toFixed(1);
const log = (m) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${m}`);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const N = 30;
const SIZE_TARGET = 'services-trade';

mkdirSync(site, { recursive: true });
if (process.env.BENCH_SKIP_BUILD === '1' && existsSync(`${site}/dist/components/trend-chart/index.js`))
  log('reusing bench/.site/dist (BENCH_SKIP_BUILD=1)');
else {
  log('building the library (node scripts/build.mjs) and snapshotting dist/ into bench/.site/');
  await buildLibrary(root, site, log);
}
log('building the gallery (node scripts/build-examples.mjs) and copying examples/');
buildSite(root, site, log);

const targets = await targetData(`${site}/dist`);
log(`data of ${targets.length} targets from the library (targetView + trendModel)`);
const sizes = await sizeBundles(
  bench,
  site,
  targets.find((t) => t.indicator === SIZE_TARGET),
);
log(
  `sizes (gzip): this library ${sizes.qd.gzip}, CDN ${sizes.cdn.gzip}, ECharts ${sizes.echarts.gzip}, Chart.js ${sizes.chartjs.gzip}`,
);
const cases = [
  { id: 'qd-trend', n: N },
  { id: 'echarts', n: N },
  { id: 'chartjs', n: N },
  { id: 'qd-table', n: 1 },
  { id: 'qd-dashboard', n: 1 },
];
await renderPages(
  bench,
  site,
  cases.map((c) => c.id),
  targets,
);

const { server, url } = await serve(site);
try {
  log(`render benchmark: ${ROUNDS} rounds + 1 warm-up, cases interleaved, fresh context per run (${url})`);
  const render = await renderBench({ url, site, cases, targets, rounds: ROUNDS, log });
  log(
    `medians: ${Object.entries(render.summary)
      .map(([k, v]) => `${k} ${v.ms.toFixed(0)} ms`)
      .join(', ')}`,
  );

  // Lighthouse: the gallery (examples/index.html), or the CMS page if the gallery is missing.
  const lh = {};
  let lhNote = '';
  const pages = [];
  if (existsSync(`${site}/examples/index.html`)) pages.push(['gallery', 'examples/index.html', LH_RUNS]);
  else lhNote = 'examples/index.html is missing: the CMS page stands in for the gallery.';
  if (existsSync(`${site}/examples/cms.html`))
    pages.push([pages.length ? 'CMS page' : 'gallery', 'examples/cms.html', pages.length ? 1 : LH_RUNS]);
  for (const [name, path, runs] of pages) {
    lh[name] = {};
    for (const preset of ['mobile', 'desktop']) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        try {
          results.push(
            await lighthouse({
              bench,
              url: `${url}/${path}`,
              outDir: `${site}/lighthouse`,
              preset,
              tag: `${name.replace(/\W+/g, '-')}-${i}`,
            }),
          );
        } catch (e) {
          log(`  lighthouse ${name} ${preset} run ${i + 1} failed: ${String(e.message).split('\n')[0]}`);
        }
      }
      if (!results.length) continue;
      const sorted = [...results].sort((a, b) => a.performance - b.performance);
      const med = sorted[(sorted.length - 1) >> 1];
      lh[name][preset] = {
        ...med,
        path,
        scores: results.map((x) => x.performance),
        clsMax: Math.max(...results.map((x) => x.cls)),
      };
      log(
        `  lighthouse ${name} ${preset}: performance ${results.map((x) => x.performance).join('/')}, accessibility ${med.accessibility}, best practices ${med.bestPractices}, CLS ${med.cls.toFixed(3)}`,
      );
    }
  }
  if (lh.gallery && (!lh.gallery.mobile || !lh.gallery.desktop)) delete lh.gallery;
  // Where layout shifts come from (Lighthouse's own audit of them errors on this Chromium).
  const browser = await launch();
  try {
    for (const [name, path] of pages)
      for (const preset of ['mobile', 'desktop'])
        if (lh[name]?.[preset]) lh[name][preset].shifts = await layoutShifts(browser, `${url}/${path}`, preset);
  } finally {
    await browser.close();
  }

  const date = new Date().toISOString().slice(0, 10);
  const cpuModel =
    (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? cpus()[0]?.model ?? 'unknown';
  const ver = (dir, name) => {
    try {
      return JSON.parse(readFileSync(`${dir}/node_modules/${name}/package.json`, 'utf8')).version;
    } catch {
      return '?';
    }
  };
  const env = {
    date,
    seconds: (Date.now() - started) / 1000,
    cpu: cpuModel,
    cores: cpus().length,
    memGiB: (totalmem() / 2 ** 30).toFixed(1),
    os: `Linux ${release()}`,
    loadStart,
    loadEnd: loadavg()[0].toFixed(1),
    chrome: CHROME,
    flags: FLAGS.join(' '),
    node: process.version,
    versions: {
      lit: ver(root, 'lit'),
      'd3-scale': ver(root, 'd3-scale'),
      'd3-shape': ver(root, 'd3-shape'),
      echarts: ver(bench, 'echarts'),
      zrender: ver(bench, 'zrender'),
      'chart.js': ver(bench, 'chart.js'),
      lighthouse: ver(bench, 'lighthouse'),
      esbuild: ver(root, 'esbuild'),
      'puppeteer-core': ver(root, 'puppeteer-core'),
    },
  };
  const results = {
    env,
    sizes,
    render,
    lighthouse: lh,
    lhNote,
    lhRuns: LH_RUNS,
    chartsPerPage: N,
    targets: targets.length,
    sizeTarget: SIZE_TARGET,
  };
  results.analysis = analysis(results);
  writeFileSync(`${site}/results.json`, JSON.stringify(results, null, 2));
  const md = report(results);
  mkdirSync(`${bench}/results`, { recursive: true });
  writeFileSync(`${bench}/results/${date}.md`, md);
  writeFileSync(`${bench}/results/latest.md`, md);
  log(`wrote bench/results/${date}.md and bench/results/latest.md (${(env.seconds / 60).toFixed(1)} min)`);
} finally {
  server.close();
}
