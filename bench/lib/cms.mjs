// examples/cms.html (seven widgets and the single CDN file, as a CMS editor pastes them) at 4x CPU
// throttling (CDP Emulation.setCPUThrottlingRate) and Lighthouse's mobile viewport, fresh context
// per run. The page's own observers: long tasks (PerformanceObserver 'longtask'), first contentful
// paint, and the first widget painted (the frame after the first `qd-load` event's widget has
// rendered). Measured until the network is idle and then 2 s without a new long task.
// Total blocking time as Lighthouse counts it: the sum of (task - 50 ms) over long tasks after FCP.
const MOBILE = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function loadOnce(browser, pageUrl, rate) {
  const ctx = await browser.createBrowserContext();
  try {
    const p = await ctx.newPage();
    const errors = [];
    p.on('pageerror', (e) => errors.push(String(e.message ?? e)));
    await p.setViewport(MOBILE);
    const cdp = await p.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await p.evaluateOnNewDocument(() => {
      const perf = (window.__perf = { long: [], fcp: null, firstWidget: null, firstWidgetTag: null, loads: 0 });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) perf.long.push({ start: e.startTime, ms: e.duration });
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') perf.fcp = e.startTime;
      }).observe({ type: 'paint', buffered: true });
      document.addEventListener('qd-load', (e) => {
        perf.loads++;
        if (perf.firstWidgetTag) return;
        const el = e.composedPath()[0];
        perf.firstWidgetTag = el.localName;
        Promise.resolve(el.updateComplete).then(() =>
          requestAnimationFrame(() => requestAnimationFrame(() => (perf.firstWidget ??= performance.now()))),
        );
      });
    });
    await p.goto(pageUrl, { waitUntil: ['load', 'networkidle0'], timeout: 120_000 });
    // Quiet: 2 s with no new long task (at most 20 s).
    let seen = -1;
    for (let i = 0; i < 10; i++) {
      const n = await p.evaluate(() => window.__perf.long.length);
      if (n === seen) break;
      seen = n;
      await sleep(2000);
    }
    const perf = await p.evaluate(() => window.__perf);
    const widgets = await p.evaluate(
      () => [...document.querySelectorAll('main *')].filter((e) => e.localName.startsWith('qd-')).length,
    );
    const fcp = perf.fcp ?? 0;
    return {
      errors,
      widgets,
      loads: perf.loads,
      fcp: perf.fcp,
      firstWidget: perf.firstWidget,
      firstWidgetTag: perf.firstWidgetTag,
      longest: Math.max(0, ...perf.long.map((t) => t.ms)),
      tbt: perf.long.filter((t) => t.start >= fcp).reduce((s, t) => s + Math.max(0, t.ms - 50), 0),
      tbtAll: perf.long.reduce((s, t) => s + Math.max(0, t.ms - 50), 0),
      longTasks: perf.long.map((t) => ({ start: Math.round(t.start), ms: Math.round(t.ms) })),
    };
  } finally {
    await ctx.close();
  }
}

/** `runs` loads of the CMS page (after one discarded warm-up); medians. */
export async function cmsBench({ browser, url, runs, rate = 4, log, path = 'examples/cms.html' }) {
  const rs = [];
  for (let i = 0; i <= runs; i++) {
    const r = await loadOnce(browser, `${url}/${path}`, rate);
    if (r.errors.length) log(`  cms: page errors: ${r.errors.join(' | ')}`);
    if (i > 0) rs.push(r);
    log(
      `  cms run ${i}/${runs}${i ? '' : ' (warm-up)'}: longest task ${r.longest.toFixed(0)} ms, TBT ${r.tbt.toFixed(0)} ms, first widget ${r.firstWidget?.toFixed(0) ?? '—'} ms (${r.firstWidgetTag ?? 'none'})`,
    );
  }
  const m = (k) => median(rs.map((r) => r[k] ?? NaN));
  return {
    path,
    rate,
    runs: rs.length,
    longest: m('longest'),
    tbt: m('tbt'),
    tbtAll: m('tbtAll'),
    fcp: m('fcp'),
    firstWidget: m('firstWidget'),
    firstWidgetTag: rs[0]?.firstWidgetTag ?? null,
    widgets: rs[0]?.widgets ?? 0,
    loads: rs[0]?.loads ?? 0,
    all: rs.map((r) => ({
      longest: Math.round(r.longest),
      tbt: Math.round(r.tbt),
      firstWidget: r.firstWidget === null ? null : Math.round(r.firstWidget),
    })),
    // The long tasks of the run whose TBT is nearest the median.
    longTasks: [...rs].sort((a, b) => Math.abs(a.tbt - m('tbt')) - Math.abs(b.tbt - m('tbt')))[0]?.longTasks ?? [],
  };
}
