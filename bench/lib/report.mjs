// The results file: the goals of issue 18 (met / not met), tables of each figure per library with
// the ratio to this library and to the hand-written floor, the one-card page, the CMS page at 4x
// CPU, the goals of issue 8, and where bytes and time go (metafile, trace, CPU profile,
// Lighthouse). Parts left out by BENCH_ONLY are left out of the report.
import { goalsTable } from './goals.mjs';
const kb = (b) => (b / 1024).toFixed(1);
const mb = (b) => (b / 1024 / 1024).toFixed(2);
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const x2 = (r) => `${r.toFixed(2)}×`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const table = (head, rows) =>
  [row(head), row(head.map((h, i) => (i === 0 ? '---' : '---:'))), ...rows.map(row)].join('\n');
const yes = (ok) => (ok ? '**met**' : '**missed**');

export function report(r) {
  const { sizes: s, render, lighthouse: lh, env } = r;
  const R = render?.summary ?? {};
  const L = 'qingdao-services-plan';
  const out = [];
  const push = (...l) => out.push(...l);
  const charts = Boolean(R['qd-trend'] && R.floor && R.echarts && R.chartjs);

  push(
    `# Benchmark: ${L} against the hand-written floor, ECharts and Chart.js — ${env.date} (${env.label})`,
    '',
    `Produced by \`npm run bench\` (bench/run.mjs) in one run of ${(env.seconds / 60).toFixed(1)} min, parts: ${env.parts.join(', ')}. Commit: \`${env.commit}\`. Issues 18 and 8.`,
    '',
    '## Machine and versions',
    '',
    `- CPU: ${env.cpu} — ${env.cores} cores; memory ${env.memGiB} GiB; ${env.os}`,
    `- \`uptime\` at the start: \`${env.uptimeStart}\``,
    `- \`uptime\` at the end: \`${env.uptimeEnd}\``,
    '- The machine is shared (other jobs ran during this run), so every time below is noisy: cases that are compared are measured interleaved in the same run, so that they see the same load, and ratios are more stable than the absolute times. Compare ratios between runs, not milliseconds.',
    `- Browser: ${render?.version ?? 'Chromium'} (${env.chrome}), headless, flags: \`${env.flags}\`; Node ${env.node}`,
    `- ${Object.entries(env.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `- Bundler for every size and page bundle: esbuild ${env.versions.esbuild} — bundle, minify, format esm, target es2022, tree-shaken, \`process.env.NODE_ENV="production"\`; gzip level 9; KB = 1024 bytes.`,
    '',
    '## Goals of issue 18 ("fast on a slow phone"), from this run',
    '',
    goalsTable(r.goals),
    '',
    'Sources of each figure: the 30-chart ratios from section 2 (median of the interleaved rounds); the card from section 5 (bytes: every script file the page loaded, each gzipped; time: median of the page loads at 4x CPU); the CMS page from section 6 and section 4 (Lighthouse); the CDN file is `dist/cdn/qingdao-services-plan.min.js` as built.',
    '',
  );

  if (s && charts) {
    const qdGz = s.qd.gzip;
    const sizeEcharts = s.echarts.gzip / qdGz;
    const sizeChartjs = s.chartjs.gzip / qdGz;
    const timeEcharts = R.echarts.ms / R['qd-trend'].ms;
    const timeChartjs = R.chartjs.ms / R['qd-trend'].ms;
    const g = lh.gallery;
    const perfOk = g && g.mobile.performance >= 95 && g.desktop.performance >= 95;
    const a11yOk = g && g.mobile.accessibility === 100 && g.desktop.accessibility === 100;
    const clsOk = g && g.mobile.clsMax === 0 && g.desktop.clsMax === 0;
    push(
      '## Goals of issue 8, each a ratio from this run',
      '',
      table(
        ['Goal', 'Measured', 'Result'],
        [
          [
            'Trend-chart entry (with its data) ≥ 3× smaller than ECharts',
            `ECharts ${kb(s.echarts.gzip)} KB / ${L} ${kb(qdGz)} KB gzip = ${x2(sizeEcharts)}`,
            yes(sizeEcharts >= 3),
          ],
          [
            'Trend-chart entry smaller than Chart.js',
            `Chart.js ${kb(s.chartjs.gzip)} KB / ${L} ${kb(qdGz)} KB gzip = ${x2(sizeChartjs)}`,
            yes(sizeChartjs > 1),
          ],
          [
            '30 charts render ≥ 5× faster than ECharts',
            `ECharts ${ms(R.echarts.ms)} ms / ${L} ${ms(R['qd-trend'].ms)} ms = ${x2(timeEcharts)}`,
            yes(timeEcharts >= 5),
          ],
          [
            '30 charts render faster than Chart.js',
            `Chart.js ${ms(R.chartjs.ms)} ms / ${L} ${ms(R['qd-trend'].ms)} ms = ${x2(timeChartjs)}`,
            yes(timeChartjs > 1),
          ],
          [
            'Gallery performance ≥ 95 (mobile and desktop)',
            g ? `mobile ${g.mobile.performance}, desktop ${g.desktop.performance}` : 'not run',
            g ? yes(perfOk) : 'not run',
          ],
          [
            'Gallery accessibility 100',
            g ? `mobile ${g.mobile.accessibility}, desktop ${g.desktop.accessibility}` : 'not run',
            g ? yes(a11yOk) : 'not run',
          ],
          [
            'Gallery CLS 0',
            g
              ? `mobile ${g.mobile.clsMax.toFixed(3)}, desktop ${g.desktop.clsMax.toFixed(3)} (largest of the runs)`
              : 'not run',
            g ? yes(clsOk) : 'not run',
          ],
        ],
      ),
      '',
    );
  }

  if (s) sizeSection(r, push);
  if (render) renderSections(r, push);
  if (lh && Object.keys(lh).length) lighthouseSection(r, push);
  if (r.card) cardSection(r, push);
  if (r.cms) cmsSection(r, push);
  if (s) bytesSection(r, push);
  if (render) timeSection(r, push);
  if (lh && Object.keys(lh).length) lighthouseDetails(r, push);
  if (r.analysis?.length) push(...r.analysis, '');
  methodNotes(r, push);
  return out.join('\n') + '\n';
}

function sizeSection(r, push) {
  const s = r.sizes;
  const L = 'qingdao-services-plan';
  const qdGz = s.qd.gzip;
  const sizeEcharts = s.echarts.gzip / qdGz;
  const sizeChartjs = s.chartjs.gzip / qdGz;
  push(
    '## 1. Size: JavaScript a page loads to show one trend chart of one target with its data',
    '',
    `Target: \`${r.sizeTarget}\` (base, required path, target). Ratio = the bundle's gzip bytes / ${L}'s trend-chart entry.`,
    '',
    table(
      ['Bundle', 'Minified', 'Gzip', 'Ratio to this library'],
      [
        [
          `**${L}** trend-chart entry as a page loads it: dist/components/trend-chart/index.js + lit + d3, and the target's part of the bundled data (data/by-indicator/${r.sizeTarget}.js, imported on demand) — ${s.qd.chunks} files, each gzipped`,
          `${kb(s.qd.min)} KB`,
          `**${kb(qdGz)} KB**`,
          '1.00×',
        ],
        [
          `${L} full CDN bundle as shipped (dist/cdn, rollup + terser; every widget)`,
          `${kb(s.cdn.min)} KB`,
          `${kb(s.cdn.gzip)} KB`,
          x2(s.cdn.gzip / qdGz),
        ],
        [
          `${L} full CDN entry re-bundled with the same esbuild settings (one file: esbuild also inlines the 54 per-indicator data modules, which the shipped bundle leaves out since it registers the whole plan)`,
          `${kb(s.cdn.esbuildMin)} KB`,
          `${kb(s.cdn.esbuildGzip)} KB`,
          x2(s.cdn.esbuildGzip / qdGz),
        ],
        [
          'ECharts: echarts/core + LineChart + Grid + Tooltip + MarkLine + SVGRenderer, with the data',
          `${kb(s.echarts.min)} KB`,
          `${kb(s.echarts.gzip)} KB`,
          x2(sizeEcharts),
        ],
        [
          'Chart.js: LineController, LineElement, PointElement, LinearScale, Tooltip (+ a 10-line label plugin), with the data',
          `${kb(s.chartjs.min)} KB`,
          `${kb(s.chartjs.gzip)} KB`,
          x2(sizeChartjs),
        ],
      ],
    ),
    '',
    `This library's entry is bundled with code splitting (the others are one file each): what the page loads is counted (the entry chunk, the chunks it imports, and the one data module it imports for its target); not counted are the chunks it never requests on this page — the other indicators' data and the parser with the JSON-schema validators, loaded only when a site brings its own data (\`src\`, \`observations\`).`,
    '',
    'Chart.js needs no CategoryScale here (years on a linear x axis). No chartjs-plugin-annotation: the target label is drawn by an inline plugin, counted in its bundle.',
    '',
  );
}

const CHART_ROWS = [
  ['**qingdao-services-plan** `<qd-trend-chart>` (SVG)', 'qd-trend'],
  ['hand-written floor (bench/charts/floor.js: one SVG string per chart into a shadow root)', 'floor'],
  ['ECharts (SVG renderer)', 'echarts'],
  ['Chart.js (canvas: it has no SVG renderer)', 'chartjs'],
];

function renderSections(r, push) {
  const R = r.render.summary;
  const L = 'qingdao-services-plan';
  const n = r.chartsPerPage;
  const rows = CHART_ROWS.filter(([, id]) => R[id]);
  const ours = R['qd-trend'];
  if (ours) {
    push(
      `## 2. Render time: ${n} trend charts on one page, from creation until painted`,
      '',
      `Median of ${ours.runs} runs per case (after 1 discarded warm-up round), each run in a fresh browser context and page, cases interleaved (A, B, C, D, A, B, C, D ...), no CPU throttling. ` +
        `Charts: the ${r.targets} targets of the plan, then the first ${n - r.targets} again. Ratios: the case's time / ${L}'s (above 1: ${L} is faster), and ${L}'s time / the floor's.`,
      '',
      table(
        ['Case', 'Median', 'Min', 'Max', 'Case / ours', 'Ours / case', 'Plots drawn (width px)'],
        rows.map(([label, id]) => [
          label,
          `**${ms(R[id].ms)} ms**`,
          `${ms(R[id].min)} ms`,
          `${ms(R[id].max)} ms`,
          x2(R[id].ms / ours.ms),
          x2(ours.ms / R[id].ms),
          `${R[id].census.plots} (${R[id].census.plotWidths.join(', ')})`,
        ]),
      ),
      '',
      r.fairness
        ? r.fairness.differences.length
          ? `**The floor differs from the widget** (checked before the rounds, each target rendered once by both): ${r.fairness.differences.map((d) => `${d.indicator} ${d.what}: ours \`${d.ours}\`, floor \`${d.floor}\``).join('; ')}.`
          : `The floor draws what the widget draws: checked before the rounds on the ${r.fairness.charts} targets, each rendered once by both, the same tick labels, number of points, target label and legend entries (bench/lib/fairness.mjs).`
        : '',
      '',
      "**Nodes per chart** (after the run; light DOM and every shadow root, walked with a TreeWalker; the page's one `<main>` left out; Lit's template markers are the comments):",
      '',
      table(
        ['Case', 'Nodes per chart', 'Elements', 'Text nodes', 'Comments', "Nodes / floor's"],
        rows.map(([label, id]) => {
          const c = R[id].census;
          const per = (x) => (x / n).toFixed(1);
          return [
            label,
            `**${per(c.nodes)}**`,
            per(c.elements),
            per(c.texts),
            per(c.comments),
            R.floor ? x2(c.nodes / R.floor.census.nodes) : '—',
          ];
        }),
      ),
      '',
    );
  }
  if (R['qd-table'] || R['qd-dashboard']) {
    push(
      "This library's widgets alone (one element, 960 px wide, median time to painted: every nested Lit element settled, then two frames):",
      '',
      table(
        ['Widget', 'Median', 'Min', 'Max', 'Runs', 'Nodes'],
        [
          ['`<qd-target-table>` (every target of the plan)', 'qd-table'],
          ['`<qd-plan-dashboard>`', 'qd-dashboard'],
        ]
          .filter(([, id]) => R[id])
          .map(([label, id]) => [
            label,
            `**${ms(R[id].ms)} ms**`,
            `${ms(R[id].min)} ms`,
            `${ms(R[id].max)} ms`,
            R[id].runs,
            R[id].census.nodes,
          ]),
      ),
      '',
    );
  }
  push(
    `All runs (ms): ${Object.entries(R)
      .map(([k, v]) => `${k}: ${v.all.join(', ')}`)
      .join('; ')}.`,
    '',
  );
  if (!ours) return;
  push(
    `## 3. Memory: JS heap after rendering the ${n} charts`,
    '',
    'CDP `HeapProfiler.collectGarbage` (twice), then `Runtime.getHeapUsage` (used size); median over the same runs. "Before" is the page with the library loaded, before any chart. DOM nodes from `Memory.getDOMCounters` (the whole renderer, so not comparable with the count above). Canvas backing stores and the DOM are not JS heap.',
    '',
    table(
      [
        'Case',
        'JS heap after',
        'Before',
        'Added by the charts',
        'Ratio (after) to this library',
        'DOM nodes',
        'JS event listeners',
      ],
      rows.map(([label, id]) => [
        label,
        `**${mb(R[id].heapAfter)} MB**`,
        `${mb(R[id].heapBefore)} MB`,
        `${mb(R[id].heapDelta)} MB`,
        x2(R[id].heapAfter / ours.heapAfter),
        R[id].nodes,
        R[id].listeners,
      ]),
    ),
    '',
  );
}

function lighthouseSection(r, push) {
  const lh = r.lighthouse;
  push(
    `## 4. Lighthouse ${r.env.versions.lighthouse}: the gallery and the CMS page, built and served statically`,
    '',
    `A copy of examples/ and dist/ (after \`node scripts/build.mjs\` and \`node scripts/build-examples.mjs\`) in bench/.site/, served by bench/lib/server.mjs (a static Node server: gzip, long cache for assets) — not the dev server. Categories performance, accessibility, best practices; the run with the median performance score (${r.lhRuns} runs per preset, the CMS page on desktop 1 run); CLS also as the largest of the runs. The mobile preset is Lighthouse's default: simulated slow 4G and 4x CPU slowdown.`,
    '',
    table(
      [
        'Page',
        'Preset',
        'Performance',
        'Accessibility',
        'Best practices',
        'CLS (max of runs)',
        'FCP',
        'LCP',
        'TBT',
        'Speed index',
        'Perf. scores of the runs',
      ],
      Object.entries(lh).flatMap(([page, presets]) =>
        Object.entries(presets).map(([preset, v]) => [
          `${page} (\`${v.path}\`)`,
          preset,
          `**${v.performance}**`,
          `**${v.accessibility}**`,
          v.bestPractices,
          `${v.cls.toFixed(3)} (${v.clsMax.toFixed(3)})`,
          `${ms(v.fcp)} ms`,
          `${ms(v.lcp)} ms`,
          `${ms(v.tbt)} ms`,
          `${ms(v.si)} ms`,
          v.scores.join(', '),
        ]),
      ),
    ),
    '',
  );
  if (r.lhNote) push(r.lhNote, '');
}

function cardSection(r, push) {
  const c = r.card;
  const rows = [
    ['**`<qd-target-card>` from the npm build** (dist/, esbuild with code splitting)', 'npm'],
    ['Lit floor card (bench/charts/lit-card.js: same template text and CSS, data inlined, cached Intl)', 'lit'],
    ["plain custom element, the card's markup with the text baked in, same CSS", 'plain'],
  ];
  push(
    `## 5. One target card (\`${c.indicator}\`) on its own page, at ${c.rate}x CPU`,
    '',
    `Each page loaded ${c.runs} times (after 1 discarded warm-up), the three interleaved, each load in a fresh browser context at Lighthouse's mobile viewport (412×823) with CDP \`Emulation.setCPUThrottlingRate\` ${c.rate}; served by bench/lib/server.mjs from localhost (no network throttling). Painted: the start of the animation frame after the one in which the card's content (\`.card\`, not the loading placeholder) is first in its shadow root, from navigation start. Bytes: every script the page loaded, each file gzipped (level 9) as the server sends it.`,
    '',
    table(
      ['Page', 'Painted (median)', 'Min', 'Max', '/ Lit floor', 'JS gzip', 'JS minified', 'Files'],
      rows.map(([label, id]) => [
        label,
        `**${ms(c[id].ms)} ms**`,
        `${ms(c[id].min)} ms`,
        `${ms(c[id].max)} ms`,
        x2(c[id].ms / c.lit.ms),
        `**${kb(c[id].gzip)} KB**`,
        `${kb(c[id].min_bytes)} KB`,
        c[id].files.length,
      ]),
    ),
    '',
    `Files of the npm card page: ${c.npm.files.map((f) => `\`${f.path}\` ${kb(f.gzip)} KB`).join(', ')}. All loads (ms): ${rows.map(([, id]) => `${id}: ${c[id].all.join(', ')}`).join('; ')}.`,
    '',
  );
}

function cmsSection(r, push) {
  const c = r.cms;
  push(
    `## 6. \`${c.path}\` (the CDN file and its widgets) at ${c.rate}x CPU`,
    '',
    `${c.runs} loads (after 1 discarded warm-up), each in a fresh browser context at Lighthouse's mobile viewport (412×823), CDP \`Emulation.setCPUThrottlingRate\` ${c.rate}, localhost without network throttling; measured by the page's own observers until the network is idle and then 2 s without a new long task. ${c.widgets} widget elements in the page, ${c.loads} \`qd-load\` events in the first measured load. Total blocking time as Lighthouse counts it: the sum of (task − 50 ms) over the long tasks after first contentful paint. First widget painted: two frames after the first widget to send \`qd-load\` (here \`${c.firstWidgetTag}\`) has finished its update.`,
    '',
    table(
      ['Measure (median)', 'Value'],
      [
        ['Longest task', `**${ms(c.longest)} ms**`],
        ['Total blocking time (after FCP)', `**${ms(c.tbt)} ms**`],
        ['Blocking time of every long task (also before FCP)', `${ms(c.tbtAll)} ms`],
        ['First contentful paint', `${ms(c.fcp)} ms`],
        ['First widget painted', `${ms(c.firstWidget)} ms`],
      ],
    ),
    '',
    `Runs (longest / TBT / first widget, ms): ${c.all.map((x) => `${x.longest} / ${x.tbt} / ${x.firstWidget ?? '—'}`).join('; ')}. Long tasks of the run with the TBT nearest the median (start, duration in ms): ${c.longTasks.map((t) => `${t.start}+${t.ms}`).join(', ') || 'none'}.`,
    '',
  );
}

function bytesSection(r, push) {
  const s = r.sizes;
  const L = 'qingdao-services-plan';
  push('## Where the bytes go (esbuild metafile: minified bytes in the output, by package or part of the library)', '');
  for (const [id, label] of [
    ['qd', `${L} trend-chart entry`],
    ['echarts', 'ECharts'],
    ['chartjs', 'Chart.js'],
  ]) {
    const total = s[id].min;
    push(
      `**${label}** (${kb(total)} KB minified, ${kb(s[id].gzip)} KB gzip):`,
      '',
      table(
        ['Part', 'Minified', 'Share'],
        s[id].groups
          .slice(0, 12)
          .map((x) => [x.name, `${kb(x.bytes)} KB`, `${((100 * x.bytes) / total).toFixed(1)} %`]),
      ),
      '',
    );
  }
  if (s.cdn?.parts) {
    const total = s.cdn.min;
    push(
      `**${L} CDN file as shipped** (dist/cdn, rollup + terser; ${kb(total)} KB minified, ${kb(s.cdn.gzip)} KB gzip), from its source map (bench/lib/cdn-parts.mjs); "gzip alone" is the part gzipped on its own, an upper bound of what it adds:`,
      '',
      table(
        ['Part', 'Minified', 'Share', 'Gzip alone'],
        s.cdn.parts
          .slice(0, 24)
          .map((x) => [
            x.name,
            `${kb(x.bytes)} KB`,
            `${((100 * x.bytes) / total).toFixed(1)} %`,
            `${kb(x.gzipAlone)} KB`,
          ]),
      ),
      '',
    );
  }
  push(
    `Largest files of the ${L} entry: ${s.qd.files
      .slice(0, 8)
      .map((f) => `\`${f.path.replace('.site/', '')}\` ${kb(f.bytes)} KB`)
      .join(', ')}.`,
    '',
  );
}

function timeSection(r, push) {
  const P = r.render.profiles;
  push(
    '## Where the time goes (one extra profiled run per case, unminified bundle of the same code)',
    '',
    'Trace: self time of renderer main-thread events during the run (top 8). JS: CPU profile self time (100 µs sampling) by package; "(program)" is native browser work outside JS (style, layout, paint). Counts: Lit update cycles and Intl formatters constructed during the run. Profiling slows everything down, so compare the shares, not the totals.',
    '',
  );
  for (const [label, id] of [
    ...CHART_ROWS,
    ['`<qd-target-table>`', 'qd-table'],
    ['`<qd-plan-dashboard>`', 'qd-dashboard'],
  ]) {
    const p = P[id];
    if (!p) continue;
    push(
      `**${label.replace(/\*\*/g, '')}** — profiled run ${ms(p.ms)} ms; Lit updates ${p.stats.litUpdates}, \`Intl.NumberFormat\` ${p.stats.numberFormats}, \`Intl.DateTimeFormat\` ${p.stats.dateTimeFormats} (${ms(p.stats.intlMs)} ms constructing them)`,
      '',
      `- main thread: ${p.trace
        .slice(0, 8)
        .map((e) => `${e.name} ${ms(e.ms)}`)
        .join(' · ')}`,
      `- JS by package: ${p.js.groups
        .slice(0, 8)
        .map((e) => `${e.name} ${ms(e.ms)}`)
        .join(' · ')}`,
      `- JS functions: ${p.js.functions
        .slice(0, 8)
        .map((e) => `\`${e.name}\` ${ms(e.ms)}`)
        .join(' · ')}`,
      '',
    );
  }
}

function lighthouseDetails(r, push) {
  push('## Lighthouse: where the pages lose points', '');
  for (const [page, presets] of Object.entries(r.lighthouse))
    for (const [preset, v] of Object.entries(presets)) {
      const fails = Object.entries(v.failing).flatMap(([cat, list]) =>
        list.map((f) => `${cat}: ${f.title}${f.value ? ` (${f.value})` : ''} score ${f.score}`),
      );
      push(
        `**${page}, ${preset}** — ${fails.length ? fails.join('; ') : 'no failing weighted audit'}.`,
        `Main thread: ${v.mainthread.map((m) => `${m.group} ${ms(m.ms)} ms`).join(', ')}; JS boot-up ${ms(v.bootup ?? 0)} ms; transfer ${kb(v.transfer ?? 0)} KB.` +
          (v.longTasks.length
            ? ` Long tasks: ${v.longTasks.map((t) => `${t.url || '(page)'} ${ms(t.ms)} ms`).join(', ')}.`
            : '') +
          (v.shifts?.shifts.length
            ? ` Layout shifts seen by the page at this preset's viewport (sum ${v.shifts.total.toFixed(3)}; largest): ${v.shifts.shifts.map((l) => `${l.value.toFixed(3)} at ${l.t} ms moving ${l.sources.map((x) => `\`${x.node}\` (${x.dy >= 0 ? '+' : ''}${x.dy} px)`).join(', ')}`).join('; ')}.`
            : ''),
        '',
      );
    }
}

function methodNotes(r, push) {
  const R = r.render?.summary ?? {};
  const n = r.chartsPerPage;
  push('## Method and fairness notes', '');
  if (R['qd-trend'])
    push(
      "- The same job for every chart case: base, observations, dashed required path, labelled target mark, axes with year and unit labels, a 480×300 plot (ECharts and Chart.js: exactly 480×300; the widget and the floor: 300 px high, as wide as the 480 px box less padding, 446), animation off, the target's name as a caption above. ECharts uses its SVG renderer (tooltip on); Chart.js draws on canvas (it has no SVG renderer).",
      "- The hand-written floor (bench/charts/floor.js) draws what the widget's chart view draws — the same tick values (d3-scale's `scaleLinear().nice(5).ticks(5)`, the widget's call), the same tick labels (zh-CN, the value's own decimals, grouped, through a cached `Intl.NumberFormat`), the same margins from the same text-width estimate, the same paths, point marks, carets, target mark and label placement, and the same legend entries — as one HTML string per chart written with `innerHTML` into the chart's own shadow root, with one shared constructed style sheet; no framework. It does not draw the summary sentence, the view tabs, the download buttons, the points' accessible names or keyboard navigation, and gets the model's numbers precomputed (bench/lib/data.mjs, from the library). A test (tests/browser/bench-floor.test.ts) checks that the floor's tick labels and point count equal the widget's for a series.",
      "- The widget does more than the job: it computes its model (assessment, required path, projection) from its indicator's bundled data inside the timed window, and renders a legend, view tabs (the table and sources views are built when opened), download buttons, a summary sentence and accessible names for every point. ECharts, Chart.js and the floor receive the already computed numbers (bench/lib/data.mjs takes them from the library: `targetView` + `trendModel`).",
      '- "Painted": the widget — every Lit element with no update pending (`updateComplete`), then two `requestAnimationFrame`s; the floor, ECharts, Chart.js — created synchronously, then two frames. If an update were still pending after the two frames the harness would settle and wait two more (in this run: ' +
        `${Math.max(...Object.values(R).map((v) => v.extraRounds))} extra rounds).`,
      '- Each case creates its `Intl.NumberFormat` on first use inside the timed window, as the widget does (the first one in a page loads ICU locale data).',
      `- Page and data loading are outside the timed window; all ${n} charts are created synchronously in one task. Viewport 1280×900: most of the ${n} charts are below the fold for every case alike.`,
    );
  if (r.card)
    push(
      "- The one-card page: the Lit floor card has the card's template text (copied from components/target-card/target-card.ts and components/render/progress-track.ts) and its CSS (the built card's `elementStyles`, captured in the browser), but no data loading, no calculation, no base class, no size controller (its track is drawn in a fixed viewBox scaled by CSS), and the meter's `aria-valuetext` precomputed; the plain element gets the npm card's rendered markup as one string. The time includes loading and evaluating each page's scripts from localhost.",
    );
  if (r.cms)
    push(
      "- The CMS page at 4x CPU is measured by this bench (the page's long-task observer); Lighthouse's TBT on the same page (section 4) is computed by Lighthouse's own simulation (slow 4G, 4x CPU) and differs.",
    );
  push(
    '- Sources: bench/charts/ (the chart implementations, the floors and the in-page harness), bench/pages/, bench/lib/. Raw numbers of this run: bench/.site/results.json (not committed).',
  );
}
