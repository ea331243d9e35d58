// Render time and memory in headless Chromium (puppeteer-core): each case in a fresh
// browser context and page, cases interleaved round by round, the first round a
// discarded warm-up; then one profiled run per case (trace + JS CPU profile).
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { groupOf } from './build.mjs';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launch = () =>
  puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: [...FLAGS, '--js-flags=--expose-gc'],
    defaultViewport: { width: 1280, height: 900 },
  });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function heap(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await cdp.send('Runtime.getHeapUsage');
  const dom = await cdp.send('Memory.getDOMCounters');
  return { used: h.usedSize, total: h.totalSize, nodes: dom.nodes, listeners: dom.jsEventListeners };
}

async function openCase(browser, url, c, profile = false) {
  const ctx = await browser.createBrowserContext();
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${url}/bench/${c}${profile ? '.profile' : ''}.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__ready === true, { timeout: 30_000 });
  const cdp = await page.createCDPSession();
  return { ctx, page, cdp, errors };
}

/** One measured run of a case: time to painted, heap before/after (after forced GC). */
async function runOnce(browser, url, c, n, data) {
  const { ctx, page, cdp, errors } = await openCase(browser, url, c);
  try {
    const before = await heap(cdp);
    const r = await page.evaluate((arg) => window.__bench(arg), { n, data });
    const after = await heap(cdp);
    return { ...r, before, after, errors };
  } finally {
    await ctx.close();
  }
}

/** Self time of main-thread trace events by name (the bench window only). */
function traceSummary(buf) {
  const { traceEvents } = JSON.parse(new TextDecoder().decode(buf));
  const names = new Map(
    traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
  );
  const byThread = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const k = `${e.pid}:${e.tid}`;
    if (names.get(k) !== 'CrRendererMain') continue;
    if (!byThread.has(k)) byThread.set(k, []);
    byThread.get(k).push(e);
  }
  // The renderer main thread that did the work.
  let events = [];
  for (const evs of byThread.values())
    if (evs.reduce((s, e) => s + e.dur, 0) > events.reduce((s, e) => s + e.dur, 0)) events = evs;
  events.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  for (const e of events) {
    while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - Math.min(e.dur, parent.ts + parent.dur - e.ts));
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push(e);
  }
  return [...self]
    .map(([name, us]) => ({ name, ms: us / 1000 }))
    .filter((x) => x.ms >= 0.5)
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 10);
}

/** JS self time from a CPU profile, by package (module comments of the unminified bundle) and by function. */
function profileSummary(profile, bundleText, bundleUrl) {
  const lines = bundleText.split('\n');
  const starts = [];
  lines.forEach((l, i) => {
    const m = l.match(/^\/\/ (\S+\.(?:m?js|ts))$/);
    if (m) starts.push([i, m[1]]);
  });
  const moduleAt = (line) => {
    let p = null;
    for (const [i, path] of starts) {
      if (i <= line) p = path;
      else break;
    }
    return p;
  };
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byGroup = new Map();
  const byFn = new Map();
  for (const node of profile.nodes) {
    const us = self.get(node.id) ?? 0;
    if (!us) continue;
    const cf = node.callFrame;
    let group;
    let fn = cf.functionName || '(anonymous)';
    if (cf.url === bundleUrl) {
      const mod = moduleAt(cf.lineNumber);
      group = mod ? groupOf(mod) : 'bundle';
      fn = `${fn} (${mod ? mod.replace(/^.*?(node_modules\/|\.site\/dist\/|bench\/)/, '') : '?'})`;
    } else if (cf.url.startsWith('pptr:')) {
      // The instrumentation's wrapper around the Intl constructors: its self time is their native work.
      group = 'Intl formatter construction (native)';
      fn = 'new Intl.*Format (native)';
    } else if (!cf.url) group = fn.startsWith('(') ? fn : 'browser/native';
    else group = cf.url.replace(/^https?:\/\/[^/]+/, '');
    if (group === '(idle)') continue;
    byGroup.set(group, (byGroup.get(group) ?? 0) + us);
    byFn.set(fn, (byFn.get(fn) ?? 0) + us);
  }
  const top = (m, k) =>
    [...m]
      .map(([name, us]) => ({ name, ms: us / 1000 }))
      .filter((x) => x.name !== '(idle)')
      .sort((a, b) => b.ms - a.ms)
      .slice(0, k);
  return { groups: top(byGroup, 10), functions: top(byFn, 10) };
}

/** One profiled run per case: trace (main-thread self time by event) and CPU profile (JS by package). */
async function profileCase(browser, url, site, c, n, data) {
  const { ctx, page, cdp } = await openCase(browser, url, c, true);
  try {
    // Counts during the bench window: Lit update cycles, Intl formatters constructed.
    await page.evaluate(() => {
      const stats = (window.__stats = { litUpdates: 0, numberFormats: 0, dateTimeFormats: 0, intlMs: 0 });
      for (const tag of ['qd-trend-chart', 'qd-target-table', 'qd-plan-dashboard']) {
        const C = customElements.get(tag);
        if (!C) continue;
        let proto = C.prototype;
        while (proto && !Object.prototype.hasOwnProperty.call(proto, 'update')) proto = Object.getPrototypeOf(proto);
        if (!proto || proto.update.__counted) break;
        const update = proto.update;
        proto.update = function (...a) {
          stats.litUpdates++;
          return update.apply(this, a);
        };
        proto.update.__counted = true;
        break;
      }
      for (const [name, key] of [
        ['NumberFormat', 'numberFormats'],
        ['DateTimeFormat', 'dateTimeFormats'],
      ]) {
        const Orig = Intl[name];
        const Wrapped = function (...a) {
          const t = performance.now();
          const f = new Orig(...a);
          stats[key]++;
          stats.intlMs += performance.now() - t;
          return f;
        };
        Wrapped.prototype = Orig.prototype;
        Object.assign(Wrapped, { supportedLocalesOf: Orig.supportedLocalesOf });
        Intl[name] = Wrapped;
      }
    });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.tracing.start({
      categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline'],
    });
    await cdp.send('Profiler.start');
    const r = await page.evaluate((arg) => window.__bench(arg), { n, data });
    const { profile } = await cdp.send('Profiler.stop');
    const trace = await page.tracing.stop();
    const bundleUrl = `${url}/bench/${c}.profile.js`;
    const stats = await page.evaluate(() => window.__stats);
    return {
      ms: r.ms,
      stats,
      trace: traceSummary(trace),
      js: profileSummary(profile, readFileSync(`${site}/bench/${c}.profile.js`, 'utf8'), bundleUrl),
    };
  } finally {
    await ctx.close();
  }
}

export async function renderBench({ url, site, cases, targets, rounds, log }) {
  const browser = await launch();
  const version = await browser.version();
  const runs = Object.fromEntries(cases.map((c) => [c.id, []]));
  try {
    for (let round = 0; round <= rounds; round++) {
      const last = {};
      for (const c of cases) {
        const r = await runOnce(browser, url, c.id, c.n, targets);
        if (r.errors.length) throw new Error(`${c.id}: page errors: ${r.errors.join(' | ')}`);
        if (round > 0) runs[c.id].push(r);
        last[c.id] = r.ms;
      }
      if (round === 0 || round % 5 === 0 || round === rounds)
        log(
          `  round ${round}/${rounds}${round === 0 ? ' (warm-up, discarded)' : ''}: ${cases.map((c) => `${c.id} ${last[c.id].toFixed(0)} ms`).join(', ')}`,
        );
    }
    const profiles = {};
    for (const c of cases) profiles[c.id] = await profileCase(browser, url, site, c.id, c.n, targets);
    const summary = {};
    for (const c of cases) {
      const rs = runs[c.id];
      const ms = rs.map((r) => r.ms);
      summary[c.id] = {
        runs: rs.length,
        ms: median(ms),
        min: Math.min(...ms),
        max: Math.max(...ms),
        heapAfter: median(rs.map((r) => r.after.used)),
        heapBefore: median(rs.map((r) => r.before.used)),
        heapDelta: median(rs.map((r) => r.after.used - r.before.used)),
        nodes: median(rs.map((r) => r.after.nodes)),
        listeners: median(rs.map((r) => r.after.listeners)),
        extraRounds: Math.max(...rs.map((r) => r.extraRounds)),
        census: rs[0].census,
        all: ms.map((x) => Math.round(x * 10) / 10),
      };
    }
    return { version, summary, profiles };
  } finally {
    await browser.close();
  }
}
