#!/usr/bin/env node
// npm run bench: builds the library and the gallery, then measures in headless Chromium, in one
// run (each part can be run alone, see BENCH_ONLY):
//   size       bundle sizes of one trend chart (this library, its CDN file, ECharts, Chart.js);
//   charts     30 trend charts: this library, the hand-written floor, ECharts, Chart.js (time,
//              heap, nodes per chart);
//   widgets    the target table and the dashboard alone;
//   card       one target card (npm build) against a Lit floor card and a plain element, 4x CPU;
//   cms        examples/cms.html at 4x CPU (longest task, TBT, first widget) and Lighthouse mobile
//              on it (median of BENCH_LH_RUNS);
//   lighthouse Lighthouse on the gallery (mobile and desktop) and the CMS page on desktop.
// Writes bench/results/<YYYY-MM-DD>-<label>.md with the goals of issue 18 marked met or not.
// Env: BENCH_ONLY (comma-separated parts, default all), BENCH_LABEL (default "local"),
//      BENCH_ROUNDS (rounds of the 30-chart and widget cases, default 15), BENCH_RUNS (page loads
//      of the card and CMS cases, default 7), BENCH_LH_RUNS (Lighthouse runs per preset, default 3),
//      BENCH_SKIP_BUILD=1 (reuse bench/.site/dist), CHROME_PATH (default /usr/bin/chromium).
import { cpus, loadavg, totalmem, release } from 'node:os';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildLibrary, buildSite, renderPages, sizeBundles } from './lib/build.mjs';
import { targetData } from './lib/data.mjs';
import { serve } from './lib/server.mjs';
import { CHROME, FLAGS, launch, renderBench } from './lib/render.mjs';
import { layoutShifts } from './lib/shifts.mjs';
import { lighthouse } from './lib/lighthouse.mjs';
import { cardBench, cardPages } from './lib/card.mjs';
import { cmsBench } from './lib/cms.mjs';
import { floorFairness } from './lib/fairness.mjs';
import { report } from './lib/report.mjs';
import { analysis } from './lib/analysis.mjs';
import { goals } from './lib/goals.mjs';

const bench = fileURLToPath(new URL('.', import.meta.url)).replace(/\/$/, '');
const root = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
const site = `${bench}/.site`;
const started = Date.now();
const loadStart = loadavg().map((x) => x.toFixed(2));
const uptimeStart = uptime();
const log = (m) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${m}`);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const LABEL = (process.env.BENCH_LABEL ?? 'local').replace(/[^\w.-]+/g, '-');
const PARTS = ['size', 'charts', 'widgets', 'card', 'cms', 'lighthouse'];
const ONLY = (process.env.BENCH_ONLY ?? PARTS.join(','))
  .split(',')
  .map((x) => x.trim())
  .filter(Boolean);
for (const p of ONLY)
  if (!PARTS.includes(p)) throw new Error(`BENCH_ONLY: unknown part '${p}': use some of ${PARTS.join(',')}`);
const run = (part) => ONLY.includes(part);
const N = 30;
const SIZE_TARGET = 'services-trade';
const CARD_TARGET = 'services-trade';

function uptime() {
  try {
    return execFileSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(', ')}`;
  }
}

let commit = '?';
try {
  commit = execFileSync('git', ['-C', root, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' })
    .trim()
    .replace(/^(.{90}).+$/, '$1…');
} catch {
  // not a git checkout: the report says '?'
}
log(`parts: ${ONLY.join(', ')}; ${uptimeStart}`);
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
let sizes = null;
if (run('size')) {
  sizes = await sizeBundles(
    bench,
    site,
    targets.find((t) => t.indicator === SIZE_TARGET),
  );
  log(
    `sizes (gzip): this library ${sizes.qd.gzip}, CDN ${sizes.cdn.gzip}, ECharts ${sizes.echarts.gzip}, Chart.js ${sizes.chartjs.gzip}`,
  );
}
// The CDN file's gzip size, for the goals table whatever parts run.
const cdnFile = readFileSync(`${site}/dist/cdn/qingdao-services-plan.min.js`);
const cdn = { min: cdnFile.length, gzip: (await import('node:zlib')).gzipSync(cdnFile, { level: 9 }).length };

const cases = [
  ...(run('charts')
    ? [
        { id: 'qd-trend', n: N },
        { id: 'floor', n: N },
        { id: 'echarts', n: N },
        { id: 'chartjs', n: N },
      ]
    : []),
  ...(run('widgets')
    ? [
        { id: 'qd-table', n: 1 },
        { id: 'qd-dashboard', n: 1 },
      ]
    : []),
];
if (cases.length)
  await renderPages(
    bench,
    site,
    cases.map((c) => c.id),
    targets,
  );

const { server, url } = await serve(site);
try {
  let render = null;
  let fairness = null;
  if (run('charts')) {
    const browser = await launch();
    try {
      fairness = await floorFairness(browser, url, targets);
    } finally {
      await browser.close();
    }
    log(
      `floor against the widget, ${fairness.charts} charts: ${fairness.differences.length ? fairness.differences.map((d) => `${d.indicator} ${d.what}`).join(', ') : 'same tick labels, points, target labels and legends'}`,
    );
  }
  if (cases.length) {
    log(`render benchmark: ${ROUNDS} rounds + 1 warm-up, cases interleaved, fresh context per run (${url})`);
    render = await renderBench({ url, site, cases, targets, rounds: ROUNDS, log });
    log(
      `medians: ${Object.entries(render.summary)
        .map(([k, v]) => `${k} ${v.ms.toFixed(0)} ms`)
        .join(', ')}`,
    );
  }

  let card = null;
  let cms = null;
  if (run('card') || run('cms')) {
    const browser = await launch();
    try {
      if (run('card')) {
        log(`one-card page (${CARD_TARGET}): npm build, Lit floor, plain element; ${RUNS} runs + 1 warm-up at 4x CPU`);
        await cardPages({ bench, site, url, browser, indicator: CARD_TARGET });
        card = { indicator: CARD_TARGET, ...(await cardBench({ browser, url, site, runs: RUNS, log })) };
        log(
          `  card medians: npm ${card.npm.ms.toFixed(0)} ms ${card.npm.gzip} B, Lit floor ${card.lit.ms.toFixed(0)} ms ${card.lit.gzip} B, plain ${card.plain.ms.toFixed(0)} ms ${card.plain.gzip} B`,
        );
      }
      if (run('cms') && existsSync(`${site}/examples/cms.html`)) {
        log(`examples/cms.html at 4x CPU: ${RUNS} runs + 1 warm-up`);
        cms = await cmsBench({ browser, url, runs: RUNS, log });
      }
    } finally {
      await browser.close();
    }
  }

  // Lighthouse: the gallery (lighthouse part: mobile and desktop, LH_RUNS each) and the CMS page
  // (cms part: mobile, LH_RUNS; lighthouse part: desktop, 1 run).
  const lh = {};
  let lhNote = '';
  const jobs = [];
  if (run('lighthouse')) {
    if (existsSync(`${site}/examples/index.html`))
      for (const preset of ['mobile', 'desktop']) jobs.push(['gallery', 'examples/index.html', preset, LH_RUNS]);
    else lhNote = 'examples/index.html is missing: no gallery figures.';
  }
  if (existsSync(`${site}/examples/cms.html`)) {
    if (run('cms')) jobs.push(['CMS page', 'examples/cms.html', 'mobile', LH_RUNS]);
    if (run('lighthouse')) jobs.push(['CMS page', 'examples/cms.html', 'desktop', 1]);
  }
  for (const [name, path, preset, runs] of jobs) {
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
    lh[name] ??= {};
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
  if (lh.gallery && (!lh.gallery.mobile || !lh.gallery.desktop)) delete lh.gallery;
  // Where layout shifts come from (Lighthouse's own audit of them errors on this Chromium).
  if (jobs.length) {
    const browser = await launch();
    try {
      for (const [name, path, preset] of jobs)
        if (lh[name]?.[preset]) lh[name][preset].shifts = await layoutShifts(browser, `${url}/${path}`, preset);
    } finally {
      await browser.close();
    }
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
    label: LABEL,
    parts: ONLY,
    commit,
    seconds: (Date.now() - started) / 1000,
    cpu: cpuModel,
    cores: cpus().length,
    memGiB: (totalmem() / 2 ** 30).toFixed(1),
    os: `Linux ${release()}`,
    loadStart: loadStart[0],
    loadEnd: loadavg()[0].toFixed(2),
    uptimeStart,
    uptimeEnd: uptime(),
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
    cdn,
    render,
    fairness,
    card,
    cms,
    lighthouse: lh,
    lhNote,
    lhRuns: LH_RUNS,
    rounds: ROUNDS,
    runs: RUNS,
    chartsPerPage: N,
    targets: targets.length,
    sizeTarget: SIZE_TARGET,
  };
  results.goals = goals(results);
  results.analysis = sizes && render?.summary.echarts && render.summary['qd-trend'] ? analysis(results) : [];
  writeFileSync(`${site}/results.json`, JSON.stringify(results, null, 2));
  const md = report(results);
  mkdirSync(`${bench}/results`, { recursive: true });
  const file = `results/${date}-${LABEL}.md`;
  writeFileSync(`${bench}/${file}`, md);
  log(`wrote bench/${file} (${(env.seconds / 60).toFixed(1)} min); ${env.uptimeEnd}`);
} finally {
  server.close();
}
