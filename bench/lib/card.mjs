// The one-card page (issue 18): <qd-target-card> from the npm build (dist/, bundled by esbuild with
// code splitting, as a site's bundler would) against two floors of the same card:
//   lit    a LitElement with the card's template text and CSS, its indicator's data inlined and
//          cached Intl (bench/charts/lit-card.js);
//   plain  a plain custom element whose shadow root gets the card's rendered markup, text baked in,
//          and the same CSS (captured from the npm card in the browser).
// Each page is loaded at 4x CPU throttling (CDP Emulation.setCPUThrottlingRate) in a fresh context;
// measured: the gzip bytes of every script the page loaded (level 9, each file as the server sends
// it) and the time from navigation to the frame after the card's content first appears.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { ESBUILD } from './build.mjs';
import { cardData } from './data.mjs';

export const VARIANTS = ['npm', 'lit', 'plain'];
const TAGS = { npm: 'qd-target-card', lit: 'lit-floor-card', plain: 'plain-card' };
const MOBILE = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

const page = (title, js, body) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title><link rel="icon" href="data:,">
<style>body{margin:0;padding:16px;font:16px/1.5 system-ui,sans-serif}main>*{display:block;max-width:40rem}</style>
<script type="module" src="./${js}"></script></head>
<body><main>${body}</main></body></html>
`;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** The npm card's page, then its CSS and rendered markup captured, then the two floor pages. */
export async function cardPages({ bench, site, url, browser, indicator }) {
  const dir = `${site}/bench/card`;
  const qdDist = {
    name: 'qd-dist',
    setup(b) {
      b.onResolve({ filter: /^qd-dist\// }, (a) => ({ path: `${site}/dist/${a.path.slice('qd-dist/'.length)}` }));
    },
  };
  mkdirSync(`${dir}/npm`, { recursive: true });
  await build({
    ...ESBUILD,
    metafile: false,
    write: true,
    splitting: true,
    stdin: {
      contents: "import 'qd-dist/components/target-card/index.js';",
      resolveDir: `${bench}/charts`,
      sourcefile: 'card.js',
      loader: 'js',
    },
    outdir: `${dir}/npm`,
    entryNames: 'card',
    plugins: [qdDist],
  });
  writeFileSync(
    `${dir}/npm/index.html`,
    page('card (npm)', 'card.js', `<qd-target-card indicator="${indicator}"></qd-target-card>`),
  );

  // Capture the npm card's CSS and markup (Lit's comment markers removed).
  const ctx = await browser.createBrowserContext();
  let captured;
  try {
    const p = await ctx.newPage();
    await p.goto(`${url}/bench/card/npm/index.html`, { waitUntil: 'load' });
    await p.waitForFunction(
      () => document.querySelector('qd-target-card')?.shadowRoot?.querySelector('.card:not(.placeholder)'),
      { timeout: 30_000 },
    );
    captured = await p.evaluate(async () => {
      const el = document.querySelector('qd-target-card');
      await el.updateComplete;
      return {
        css: el.constructor.elementStyles.map((s) => s.cssText).join('\n'),
        html: el.shadowRoot.innerHTML.replace(/<!--[^]*?-->/g, ''),
      };
    });
  } finally {
    await ctx.close();
  }

  const d = await cardData(`${site}/dist`, indicator);
  mkdirSync(`${dir}/lit`, { recursive: true });
  const lit = await build({
    ...ESBUILD,
    metafile: false,
    stdin: {
      contents: `import { define } from './lit-card.js';\ndefine(${JSON.stringify(d)}, ${JSON.stringify(captured.css)});`,
      resolveDir: `${bench}/charts`,
      sourcefile: 'lit-card-page.js',
      loader: 'js',
    },
    outfile: 'card.js',
  });
  writeFileSync(`${dir}/lit/card.js`, lit.outputFiles[0].contents);
  writeFileSync(`${dir}/lit/index.html`, page('card (Lit floor)', 'card.js', '<lit-floor-card></lit-floor-card>'));

  mkdirSync(`${dir}/plain`, { recursive: true });
  writeFileSync(
    `${dir}/plain/card.js`,
    `const CSS=${JSON.stringify(captured.css)};const HTML=${JSON.stringify(captured.html)};
customElements.define('plain-card',class extends HTMLElement{connectedCallback(){const r=this.attachShadow({mode:'open'});const s=new CSSStyleSheet();s.replaceSync(CSS);r.adoptedStyleSheets=[s];r.innerHTML=HTML;}});
`,
  );
  writeFileSync(`${dir}/plain/index.html`, page('card (plain)', 'card.js', '<plain-card></plain-card>'));
  return { data: d };
}

/** One load of a card page at 4x CPU: ms from navigation to painted, and the scripts it loaded. */
async function loadOnce(browser, url, site, variant, rate) {
  const ctx = await browser.createBrowserContext();
  try {
    const p = await ctx.newPage();
    await p.setViewport(MOBILE);
    const cdp = await p.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const scripts = new Set();
    p.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
    });
    await p.evaluateOnNewDocument((tag) => {
      // Each frame: has the card's content appeared? Painted = the start of the next frame.
      const tick = () => {
        const done = document.querySelector(tag)?.shadowRoot?.querySelector('.card:not(.placeholder)');
        if (done) requestAnimationFrame(() => (window.__painted = performance.now()));
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, TAGS[variant]);
    await p.goto(`${url}/bench/card/${variant}/index.html`, { waitUntil: 'load' });
    await p.waitForFunction(() => window.__painted !== undefined, { timeout: 60_000, polling: 50 });
    const ms = await p.evaluate(() => window.__painted);
    const files = [...scripts].map((path) => {
      const body = readFileSync(`${site}${path}`);
      return {
        path: path.replace(/^\/bench\/card\//, ''),
        min: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
      };
    });
    return { ms, files };
  } finally {
    await ctx.close();
  }
}

/** `runs` measured rounds (after one discarded warm-up), the three pages interleaved. */
export async function cardBench({ browser, url, site, runs, rate = 4, log }) {
  const all = Object.fromEntries(VARIANTS.map((v) => [v, []]));
  for (let round = 0; round <= runs; round++) {
    const line = [];
    for (const v of VARIANTS) {
      const r = await loadOnce(browser, url, site, v, rate);
      if (round > 0) all[v].push(r);
      line.push(`${v} ${r.ms.toFixed(0)} ms`);
    }
    if (round === 0 || round === runs)
      log(`  card round ${round}/${runs}${round ? '' : ' (warm-up)'}: ${line.join(', ')}`);
  }
  const out = { rate, runs };
  for (const v of VARIANTS) {
    const rs = all[v];
    const files = rs[0].files;
    out[v] = {
      ms: median(rs.map((r) => r.ms)),
      min: Math.min(...rs.map((r) => r.ms)),
      max: Math.max(...rs.map((r) => r.ms)),
      all: rs.map((r) => Math.round(r.ms)),
      gzip: files.reduce((s, f) => s + f.gzip, 0),
      min_bytes: files.reduce((s, f) => s + f.min, 0),
      files,
    };
  }
  return out;
}
