// The goals of issue 18, each compared with this run's figure: met, not met, or not run (a part
// left out by BENCH_ONLY). KB = 1024 bytes, gzip level 9, as the rest of the report.
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const ms = (x) => `${Math.round(x).toLocaleString('en')} ms`;
const x2 = (r) => `${r.toFixed(2)}×`;

/** Rows { measure, issue, measured, goal, met (true | false | null) }. */
export function goals(r) {
  const R = r.render?.summary ?? {};
  const ours = R['qd-trend'];
  const rows = [];
  const add = (measure, issue, goal, value, show, ok) =>
    rows.push({
      measure,
      issue,
      goal,
      value: value ?? null,
      measured: value === null || value === undefined ? 'not run' : show(value),
      met: value === null || value === undefined ? null : ok(value),
    });
  add(
    '30 trend charts / hand-written floor',
    '1.7-1.9×',
    '≤ 1.3×',
    ours && R.floor ? ours.ms / R.floor.ms : null,
    (v) => `${x2(v)} (${ms(ours.ms)} / ${ms(R.floor.ms)})`,
    (v) => v <= 1.3,
  );
  add(
    'ECharts / ours, 30 charts',
    '2.0×',
    '≥ 2.7×',
    ours && R.echarts ? R.echarts.ms / ours.ms : null,
    (v) => `${x2(v)} (${ms(R.echarts.ms)} / ${ms(ours.ms)})`,
    (v) => v >= 2.7,
  );
  add(
    'card first load, npm (gzip, all JS the page loads)',
    '42.5 KB',
    '≤ 16 KB',
    r.card?.npm.gzip,
    (v) => `${kb(v)} (${r.card.npm.files.length} files)`,
    (v) => v <= 16 * 1024,
  );
  add(
    'card painted at 4x / Lit floor card',
    '1.26×',
    '≤ 1.1×',
    r.card ? r.card.npm.ms / r.card.lit.ms : null,
    (v) => `${x2(v)} (${ms(r.card.npm.ms)} / ${ms(r.card.lit.ms)})`,
    (v) => v <= 1.1,
  );
  add(
    'cms.html at 4x: longest task',
    '1,218 ms',
    '≤ 300 ms',
    r.cms?.longest,
    (v) => ms(v),
    (v) => v <= 300,
  );
  add(
    'cms.html at 4x: total blocking time',
    '1,510 ms',
    '≤ 500 ms',
    r.cms?.tbt,
    (v) => ms(v),
    (v) => v <= 500,
  );
  const lhm = r.lighthouse?.['CMS page']?.mobile;
  add(
    `cms.html Lighthouse mobile performance (median of ${lhm?.scores.length ?? r.lhRuns} runs)`,
    '88',
    '≥ 98',
    lhm?.performance,
    (v) => `${v} (runs: ${lhm.scores.join(', ')})`,
    (v) => v >= 98,
  );
  add(
    'CDN single file (gzip)',
    '88.3 KB',
    '≤ 64 KB',
    r.cdn?.gzip,
    (v) => kb(v),
    (v) => v <= 64 * 1024,
  );
  return rows;
}

/** The goals as a markdown table. */
export function goalsTable(rows) {
  const mark = (m) => (m === null ? 'not run' : m ? '**met**' : '**not met**');
  return [
    '| measure (4x CPU where it says so) | issue 18 "today" | this run | goal | result |',
    '| --- | ---: | ---: | ---: | --- |',
    ...rows.map((g) => `| ${g.measure} | ${g.issue} | ${g.measured} | ${g.goal} | ${mark(g.met)} |`),
  ].join('\n');
}
