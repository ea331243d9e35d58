// The closing note: for each goal missed, where the bytes or the time go (from this run's
// metafile, profile and Lighthouse figures) and what was tried.
const kb = (b) => (b / 1024).toFixed(1);
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const pct = (a, b) => `${((100 * a) / b).toFixed(0)} %`;

export function analysis(r) {
  const {
    sizes: s,
    render: { summary: R, profiles: P },
    lighthouse: lh,
  } = r;
  const out = ['## Analysis: goals missed, where the bytes and the time go, what was tried', ''];
  const q = s.qd;
  const sizeMissed = s.echarts.gzip / q.gzip < 3 || s.chartjs.gzip / q.gzip <= 1;
  if (sizeMissed) {
    out.push(
      '### Size',
      '',
      `The trend-chart entry as a page loads it is ${kb(q.gzip)} KB gzip (${kb(q.min)} KB minified, ${q.chunks} files): ECharts' is ${(s.echarts.gzip / q.gzip).toFixed(2)}× as large (goal 3×: at most ${kb(s.echarts.gzip / 3)} KB), Chart.js's ${(s.chartjs.gzip / q.gzip).toFixed(2)}× (goal above 1×: under ${kb(s.chartjs.gzip)} KB). The minified bytes by part:`,
      '',
      ...q.groups.slice(0, 10).map((g) => `- ${g.name}: ${kb(g.bytes)} KB (${pct(g.bytes, q.min)})`),
      '',
    );
  }
  const qt = R['qd-trend'];
  const timeMissed = R.echarts.ms / qt.ms < 5 || R.chartjs.ms / qt.ms <= 1;
  if (timeMissed) {
    const p = P['qd-trend'];
    const js = (name) => p.js.groups.filter((g) => g.name.startsWith(name)).reduce((t, g) => t + g.ms, 0);
    const trace = (re) => p.trace.filter((e) => re.test(e.name)).reduce((t, e) => t + e.ms, 0);
    const layout = trace(/Layout|layout|InlineNode|Shape|Style|RecalcStyle|UpdateLayoutTree/);
    const n = r.chartsPerPage;
    out.push(
      '### Render time',
      '',
      `${n} widgets: median ${ms(qt.ms)} ms, against ECharts ${ms(R.echarts.ms)} ms (${(R.echarts.ms / qt.ms).toFixed(2)}×, goal 5×: at most ${ms(R.echarts.ms / 5)} ms) and Chart.js ${ms(R.chartjs.ms)} ms (${(R.chartjs.ms / qt.ms).toFixed(2)}×, goal above 1×). In the profiled run (${ms(p.ms)} ms):`,
      '',
      `- Lit update cycles: ${p.stats.litUpdates} for ${n} charts (${(p.stats.litUpdates / n).toFixed(1)} per chart).`,
      `- DOM nodes in the page after the widgets: ${qt.nodes} (ECharts ${R.echarts.nodes}, Chart.js ${R.chartjs.nodes}). Style, layout and text shaping among the trace's top events: about ${ms(layout)} ms; native work outside JS ("(program)") ${ms(js('(program)'))} ms of the CPU profile.`,
      `- JS by package: ${p.js.groups
        .filter((g) => !g.name.startsWith('('))
        .slice(0, 6)
        .map((g) => `${g.name} ${ms(g.ms)} ms`)
        .join(
          ', ',
        )}. Intl formatters constructed: ${p.stats.numberFormats} NumberFormat, ${p.stats.dateTimeFormats} DateTimeFormat (${ms(p.stats.intlMs)} ms; ECharts ${ms(P.echarts.stats.intlMs)} ms, Chart.js ${ms(P.chartjs.stats.intlMs)} ms).`,
      `- The widget computes its model (\`assess\`, required path, projection; library: src/calc ${ms(js('library: src/calc'))} ms) inside the timed window; ECharts and Chart.js get the numbers precomputed.`,
      '',
      "What was tried (each kept, measured in this run): one render per chart at its laid-out width (the first update waits for the host's first ResizeObserver report and for the indicator's data module); the table and sources views built only when opened; one SVG path per axis and no whitespace text nodes; tick labels cloned from two prepared `<text>` elements; `Intl.DateTimeFormat`s cached. What remains is the first `Intl.NumberFormat` of the page (ICU locale data, paid by every library), Lit cloning and filling templates, layout and text shaping of 30 SVG charts with their accessible text, and the model computed in the window. 5× ECharts would leave under 7 ms per chart for all of it.",
      '',
    );
  }
  const g = lh.gallery;
  if (g) {
    const issues = [];
    for (const preset of ['mobile', 'desktop']) {
      const v = g[preset];
      if (v.performance < 95)
        issues.push(
          `- **${preset} performance ${v.performance}**: TBT ${ms(v.tbt)} ms, LCP ${ms(v.lcp)} ms, FCP ${ms(v.fcp)} ms. Main thread: ${v.mainthread
            .slice(0, 4)
            .map((m) => `${m.group} ${ms(m.ms)} ms`)
            .join(
              ', ',
            )}. ${v.longTasks.length ? `Long tasks: ${v.longTasks.map((t) => `${t.url || '(page)'} ${ms(t.ms)} ms`).join(', ')}.` : ''}`,
        );
      if (v.accessibility < 100)
        issues.push(
          `- **${preset} accessibility ${v.accessibility}**: ${v.failing.accessibility.map((f) => f.title).join('; ')}.`,
        );
      if (v.clsMax > 0) {
        const seen = v.shifts?.shifts.length;
        issues.push(
          `- **${preset} CLS ${v.clsMax.toFixed(3)}** (Lighthouse runs: ${v.scores.length}; largest CLS shown): ${
            seen
              ? `the page's own layout-shift entries at this viewport (sum ${v.shifts.total.toFixed(3)}): ${v.shifts.shifts
                  .slice(0, 3)
                  .map(
                    (l) =>
                      `${l.value.toFixed(3)} at ${l.t} ms moving ${l.sources
                        .slice(0, 3)
                        .map(
                          (x) =>
                            `\`${x.node}\` (${x.dy >= 0 ? '+' : ''}${x.dy} px, height ${x.dh >= 0 ? '+' : ''}${x.dh} px)`,
                        )
                        .join(', ')}`,
                  )
                  .join('; ')}.`
              : 'the page-side measurement at this viewport saw no shift (the shift depends on timing: it appeared in some Lighthouse runs only).'
          }` +
            " Lighthouse 12.2.3's own `layout-shifts` audit fails on this Chromium (RootCauses gatherer), hence the page-side measurement.",
        );
      }
    }
    const cms = lh['CMS page'];
    for (const preset of ['mobile', 'desktop']) {
      const v = cms?.[preset];
      if (v && (v.clsMax > 0 || v.performance < 95))
        issues.push(
          `- For comparison, the CMS page (examples/cms.html, plain widget tags and the CDN script, 1 run), ${preset}: performance ${v.performance}, CLS ${v.clsMax.toFixed(3)}${
            v.shifts?.shifts.length
              ? ` — largest shifts: ${v.shifts.shifts
                  .slice(0, 3)
                  .map(
                    (l) =>
                      `${l.value.toFixed(3)} moving ${l.sources
                        .slice(0, 2)
                        .map((x) => `\`${x.node}\` (${x.dy >= 0 ? '+' : ''}${x.dy} px)`)
                        .join(', ')}`,
                  )
                  .join('; ')}`
              : ''
          }.`,
        );
    }
    if (issues.length) out.push('### Lighthouse (gallery)', '', ...issues, '');
  }
  if (out.length === 2) out.push('Every goal is met in this run.');
  return out;
}
