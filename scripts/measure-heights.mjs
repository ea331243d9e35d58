// node scripts/measure-heights.mjs: the rendered height of every widget from the built CDN
// bundle, in headless Chromium, in the column of examples.css's <main> at 1,248 px (viewport
// 1,280) and 380 px (viewport 412), zh-CN and en: the numbers behind docs/embedding.md's placeholder
// heights (`qd-*:not(:defined) { min-height }`) and the gallery's and CMS page's reserves in
// examples/examples.css. Then examples/cms.html itself: the height each widget's rule reserves
// against the height it renders at, and the page's layout shifts. Needs `npm run build` first.
// Prints a table (rem = px / 16); `--json` prints the raw numbers, `--cms` measures only cms.html.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { layoutShifts } from '../bench/lib/shifts.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>measure</title><link rel="stylesheet" href="/examples/examples.css"></head><body><main id="m"></main>
<script type="module" src="/dist/cdn/qingdao-services-plan.min.js"></script></body></html>`;

if (!existsSync(join(root, 'dist/cdn/qingdao-services-plan.min.js'))) {
  console.error('dist/cdn is missing: run npm run build first');
  process.exit(2);
}
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  if (path === '/__measure.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
  try {
    const body = readFileSync(join(root, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--font-render-hinting=none',
  ],
});

const VIEWS = [
  { name: '1248px', viewport: { width: 1280, height: 900 } },
  { name: '380px', viewport: { width: 412, height: 823 } },
];

/** In the page: renders each case in <main>, waits until it shows figures and its height holds for 10 frames, returns the heights. */
async function measureCases(page, cases) {
  return page.evaluate(async (cases) => {
    await customElements.whenDefined('qd-plan-dashboard');
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const main = document.getElementById('m');
    const out = [];
    for (const c of cases) {
      const el = document.createElement(c.tag);
      for (const [n, v] of Object.entries(c.attrs)) el.setAttribute(n, v);
      main.replaceChildren(el);
      const start = performance.now();
      for (;;) {
        const root = el.shadowRoot;
        if (
          root &&
          !root.querySelector('.loading') &&
          !root.querySelector('[part~="error"]') &&
          /\d/.test(root.textContent)
        )
          break;
        if (root?.querySelector('[part~="error"]'))
          throw new Error(`${c.tag} ${JSON.stringify(c.attrs)}: ${root.querySelector('[part~="error"]').textContent}`);
        if (performance.now() - start > 10000) throw new Error(`${c.tag} ${JSON.stringify(c.attrs)} did not render`);
        await frame();
      }
      let last = -1;
      let still = 0;
      while (still < 10) {
        await frame();
        const h = el.getBoundingClientRect().height;
        still = h === last ? still + 1 : 0;
        last = h;
      }
      out.push({ ...c, px: last, width: main.clientWidth - 32 });
    }
    main.replaceChildren();
    return out;
  }, cases);
}

const page = await browser.newPage();
await page.goto(`${origin}/__measure.html`);
const lib = await page.evaluate(async () => {
  const m = await import('/dist/cdn/qingdao-services-plan.min.js');
  // The bundled plan as a value (the CDN file exports the library for any plan and loadBundledPlan).
  const p = await m.loadBundledPlan();
  const observed = p.observations.filter((o) => o.vintage !== 'plan');
  return {
    targets: [...new Set(p.targets.map((t) => t.indicator))],
    shares: p.indicators
      .filter((i) => i.kind === 'share' && i.whole)
      .map((i) => i.id)
      .filter((id) => p.targets.some((t) => t.indicator === id) || observed.some((o) => o.indicator === id)),
    dimensions: p.dimensions.map((d) => d.id),
    industries: p.industries.map((d) => d.id).filter((id) => p.targets.some((t) => t.industry === id)),
  };
});

const cases = [];
for (const lang of ['zh-CN', 'en']) {
  for (const id of lib.targets)
    for (const tag of ['qd-target-card', 'qd-progress-bar', 'qd-trend-chart'])
      cases.push({ tag, attrs: { indicator: id, lang } });
  for (const id of lib.shares) cases.push({ tag: 'qd-share-chart', attrs: { indicator: id, lang } });
  cases.push({ tag: 'qd-target-table', attrs: { lang } });
  for (const id of lib.dimensions) cases.push({ tag: 'qd-target-table', attrs: { dimension: id, lang } });
  for (const id of lib.industries) cases.push({ tag: 'qd-target-table', attrs: { industry: id, lang } });
  cases.push({ tag: 'qd-plan-dashboard', attrs: { lang } });
  cases.push({ tag: 'qd-plan-dashboard', attrs: { lang, 'heading-level': '3' } });
}

const results = {};
if (!process.argv.includes('--cms'))
  for (const v of VIEWS) {
    await page.setViewport(v.viewport);
    await page.goto(`${origin}/__measure.html`);
    results[v.name] = await measureCases(page, cases);
  }

// examples/cms.html: what each rule reserves (the bundle blocked) against what renders.
const cms = {};
for (const v of VIEWS) {
  const p = await browser.newPage();
  await p.setViewport(v.viewport);
  await p.setRequestInterception(true);
  p.on('request', (r) => (r.url().endsWith('.min.js') ? r.abort() : r.continue()));
  await p.goto(`${origin}/examples/cms.html`, { waitUntil: 'load' });
  const reserved = await p.evaluate(() =>
    [...document.querySelectorAll('main *')]
      .filter((e) => e.localName.startsWith('qd-'))
      .map((e) => ({
        el: e.outerHTML.replace(/><\/.*$/, '>'),
        top: e.getBoundingClientRect().top,
        px: e.getBoundingClientRect().height,
      })),
  );
  await p.close();
  const q = await browser.newPage();
  await q.setViewport(v.viewport);
  await q.goto(`${origin}/examples/cms.html`, { waitUntil: 'load' });
  const rendered = await q.evaluate(async () => {
    const els = [...document.querySelectorAll('main *')].filter((e) => e.localName.startsWith('qd-'));
    for (
      let i = 0;
      i < 200 &&
      els.some((e) => !e.shadowRoot || e.shadowRoot.querySelector('.loading') || !/\d/.test(e.shadowRoot.textContent));
      i++
    )
      await new Promise((r) => setTimeout(r, 25));
    await new Promise((r) => setTimeout(r, 500));
    return els.map((e) => ({ top: e.getBoundingClientRect().top, px: e.getBoundingClientRect().height }));
  });
  await q.close();
  cms[v.name] = {
    widgets: reserved.map((r, i) => ({
      el: r.el,
      reserved: r.px,
      rendered: rendered[i].px,
      topBefore: r.top,
      topAfter: rendered[i].top,
    })),
    shifts: await layoutShifts(browser, `${origin}/examples/cms.html`, v.name === '380px' ? 'mobile' : 'desktop'),
  };
}

await browser.close();
server.close();

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ results, cms }, null, 2));
} else {
  const rem = (px) => `${(px / 16).toFixed(2)}rem`;
  const attrs = (a) =>
    Object.entries(a)
      .filter(([n]) => n !== 'lang')
      .map(([n, v]) => `${n}=${v}`)
      .join(' ') || '(default)';
  const groups = new Map();
  for (const [view, list] of Object.entries(results)) {
    for (const r of list) {
      const key = `${r.tag} ${r.attrs.lang}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push({ view, ...r });
    }
  }
  if (groups.size) console.log('widget heights (rem = px/16) in the column of examples.css <main>:');
  for (const [key, list] of groups) {
    for (const view of VIEWS.map((v) => v.name)) {
      const rows = list.filter((r) => r.view === view);
      const max = rows.reduce((m, r) => (r.px > m.px ? r : m));
      const min = rows.reduce((m, r) => (r.px < m.px ? r : m));
      console.log(
        `  ${key.padEnd(24)} ${view.padStart(6)}: ${rows.length > 1 ? `min ${rem(min.px)} (${attrs(min.attrs)}), max ${rem(max.px)} (${attrs(max.attrs)})` : rem(max.px)}`,
      );
      const named = rows.filter(
        (r) =>
          ['services-trade', 'port-container-throughput', 'producer-services-share-of-services'].includes(
            r.attrs.indicator,
          ) ||
          r.tag === 'qd-target-table' ||
          r.tag === 'qd-plan-dashboard',
      );
      for (const r of named) console.log(`      ${attrs(r.attrs).padEnd(48)} ${rem(r.px)}`);
    }
  }
  for (const [view, c] of Object.entries(cms)) {
    console.log(`examples/cms.html, column ${view}: reserved (bundle blocked) / rendered`);
    for (const w of c.widgets)
      console.log(
        `  ${w.el.padEnd(80)} ${rem(w.reserved).padStart(9)} / ${rem(w.rendered).padStart(9)}  top ${Math.round(w.topBefore)} -> ${Math.round(w.topAfter)}`,
      );
    console.log(
      `  layout shift total ${c.shifts.total.toFixed(4)}${c.shifts.shifts.length ? `: ${JSON.stringify(c.shifts.shifts)}` : ''}`,
    );
  }
}
