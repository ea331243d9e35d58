// The results file: tables of each figure per library with the ratio to this library,
// the goals from issue 8, and where bytes and time go (metafile, trace, CPU profile, Lighthouse).
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
  const R = render.summary;
  const P = render.profiles;
  const L = 'qingdao-services-plan';
  const qdGz = s.qd.gzip;
  const out = [];
  const push = (...l) => out.push(...l);

  const sizeEcharts = s.echarts.gzip / qdGz;
  const sizeChartjs = s.chartjs.gzip / qdGz;
  const timeEcharts = R.echarts.ms / R['qd-trend'].ms;
  const timeChartjs = R.chartjs.ms / R['qd-trend'].ms;
  const g = lh.gallery;
  const perfOk = g && g.mobile.performance >= 95 && g.desktop.performance >= 95;
  const a11yOk = g && g.mobile.accessibility === 100 && g.desktop.accessibility === 100;
  const clsOk = g && g.mobile.clsMax === 0 && g.desktop.clsMax === 0;

  push(
    `# Benchmark: ${L} vs ECharts vs Chart.js — ${env.date}`,
    '',
    `Produced by \`npm run bench\` (bench/run.mjs) in one run of ${(env.seconds / 60).toFixed(1)} min. Issue 8.`,
    '',
    '## Machine and versions',
    '',
    `- CPU: ${env.cpu} — ${env.cores} cores; memory ${env.memGiB} GiB; ${env.os}`,
    `- Load average (1 min) at start / end of the run: ${env.loadStart} / ${env.loadEnd} (other jobs share this machine; every case is measured interleaved with the others, so they see the same load)`,
    `- Browser: ${render.version} (${env.chrome}), headless, flags: \`${env.flags}\`; Node ${env.node}`,
    `- ${Object.entries(env.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    `- Bundler for every size and page bundle: esbuild ${env.versions.esbuild} — bundle, minify, format esm, target es2022, tree-shaken, \`process.env.NODE_ENV="production"\`; gzip level 9.`,
    '',
  );

  push(
    '## Goals (issue 8), each a ratio from this run',
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
          yes(perfOk),
        ],
        [
          'Gallery accessibility 100',
          g ? `mobile ${g.mobile.accessibility}, desktop ${g.desktop.accessibility}` : 'not run',
          yes(a11yOk),
        ],
        [
          'Gallery CLS 0',
          g
            ? `mobile ${g.mobile.clsMax.toFixed(3)}, desktop ${g.desktop.clsMax.toFixed(3)} (largest of the runs)`
            : 'not run',
          yes(clsOk),
        ],
      ],
    ),
    '',
  );

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

  const n = r.chartsPerPage;
  const rows = [
    [`**${L}** \`<qd-trend-chart>\` (SVG)`, 'qd-trend'],
    ['ECharts (SVG renderer)', 'echarts'],
    ['Chart.js (canvas: it has no SVG renderer)', 'chartjs'],
  ];
  push(
    `## 2. Render time: ${n} trend charts on one page, from creation until painted`,
    '',
    `Median of ${R['qd-trend'].runs} runs per library (after 1 discarded warm-up round), each run in a fresh browser context and page, libraries interleaved (A, B, C, A, B, C ...). ` +
      `Charts: the ${r.targets} targets of the plan, then the first ${n - r.targets} again. Ratio = the library's time / ${L}'s (above 1: ${L} is faster).`,
    '',
    table(
      ['Library', 'Median', 'Min', 'Max', 'Ratio to this library', 'Plots drawn (width px)'],
      rows.map(([label, id]) => [
        label,
        `**${ms(R[id].ms)} ms**`,
        `${ms(R[id].min)} ms`,
        `${ms(R[id].max)} ms`,
        x2(R[id].ms / R['qd-trend'].ms),
        `${R[id].census.plots} (${R[id].census.plotWidths.join(', ')})`,
      ]),
    ),
    '',
    "This library's widgets alone (one element, 960 px wide, median time to painted: every nested Lit element settled, then two frames):",
    '',
    table(
      ['Widget', 'Median', 'Min', 'Max', 'Runs'],
      [
        [
          '`<qd-target-table>` (every target of the plan)',
          `**${ms(R['qd-table'].ms)} ms**`,
          `${ms(R['qd-table'].min)} ms`,
          `${ms(R['qd-table'].max)} ms`,
          R['qd-table'].runs,
        ],
        [
          '`<qd-plan-dashboard>`',
          `**${ms(R['qd-dashboard'].ms)} ms**`,
          `${ms(R['qd-dashboard'].min)} ms`,
          `${ms(R['qd-dashboard'].max)} ms`,
          R['qd-dashboard'].runs,
        ],
      ],
    ),
    '',
    `All runs (ms): ${Object.entries(R)
      .map(([k, v]) => `${k}: ${v.all.join(', ')}`)
      .join('; ')}.`,
    '',
  );

  push(
    `## 3. Memory: JS heap after rendering the ${n} charts`,
    '',
    'CDP `HeapProfiler.collectGarbage` (twice), then `Runtime.getHeapUsage` (used size); median over the same runs. "Before" is the page with the library loaded, before any chart. DOM nodes from `Memory.getDOMCounters`. Canvas backing stores and the DOM are not JS heap.',
    '',
    table(
      [
        'Library',
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
        x2(R[id].heapAfter / R['qd-trend'].heapAfter),
        R[id].nodes,
        R[id].listeners,
      ]),
    ),
    '',
  );

  push(
    '## 4. Lighthouse 12.2.3: the gallery, built and served statically',
    '',
    `A copy of examples/ and dist/ (after \`node scripts/build.mjs\` and \`node scripts/build-examples.mjs\`) in bench/.site/, served by bench/lib/server.mjs (a static Node server: gzip, long cache for assets) — not the dev server. Categories performance, accessibility, best practices; the run with the median performance score of ${r.lhRuns} per preset; CLS also as the largest of the runs.`,
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

  // ---- where the bytes go
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
  push(
    `Largest files of the ${L} entry: ${s.qd.files
      .slice(0, 8)
      .map((f) => `\`${f.path.replace('.site/', '')}\` ${kb(f.bytes)} KB`)
      .join(', ')}.`,
    '',
  );

  // ---- where the time goes
  push(
    '## Where the time goes (one extra profiled run per case, unminified bundle of the same code)',
    '',
    'Trace: self time of renderer main-thread events during the run (top 8). JS: CPU profile self time (100 µs sampling) by package; "(program)" is native browser work outside JS (style, layout, paint). Counts: Lit update cycles and Intl formatters constructed during the run. Profiling slows everything down, so compare the shares, not the totals.',
    '',
  );
  for (const [label, id] of [...rows, ['`<qd-target-table>`', 'qd-table'], ['`<qd-plan-dashboard>`', 'qd-dashboard']]) {
    const p = P[id];
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

  if (g) {
    push('## Lighthouse: where the gallery loses points', '');
    for (const [page, presets] of Object.entries(lh))
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
  push(...r.analysis, '');
  push(
    '## Method and fairness notes',
    '',
    "- The same job for every library: base, observations, dashed required path, labelled target mark, axes with year and unit labels, a 480×300 plot (ECharts and Chart.js: exactly 480×300; the widget: 300 px high, as wide as its 480 px box less padding), animation off, tooltip on, the target's name as an HTML caption above. ECharts uses its SVG renderer; Chart.js draws on canvas (it has no SVG renderer).",
    "- The widget does more than the job: it computes its model (assessment, required path, projection) from its indicator's bundled data inside the timed window, and renders a legend, view tabs (the table and sources views are built when opened), download buttons, a summary sentence and accessible names for every point. ECharts and Chart.js receive the already computed numbers (bench/lib/data.mjs takes them from the library: `targetView` + `trendModel`).",
    '- "Painted": the widget — every Lit element with no update pending (`updateComplete`), then two `requestAnimationFrame`s; ECharts — `init` + `setOption`, two frames; Chart.js — `new Chart`, two frames. If an update were still pending after the two frames the harness would settle and wait two more (never needed in this run: ' +
      `${Math.max(...Object.values(R).map((v) => v.extraRounds))} extra rounds).`,
    '- Each competitor creates its `Intl.NumberFormat` on first use inside the timed window, as the widget does (the first one in a page loads ICU locale data).',
    '- Page and data loading are outside the timed window; all 30 charts are created synchronously in one task.',
    `- Viewport 1280×900: most of the ${n} charts are below the fold for every library alike.`,
    '- Sources: bench/charts/ (the three chart implementations and the in-page harness), bench/pages/, bench/lib/. Raw numbers of this run: bench/.site/results.json (not committed).',
  );
  return out.join('\n') + '\n';
}
