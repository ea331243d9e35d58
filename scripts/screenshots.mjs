// npm run screenshots: every widget from the built CDN bundle at 320 px and
// 1280 px, zh-CN and en, light and dark, and at 200% zoom (half the CSS width
// at device scale 2), in headless Chromium. Writes .tmp/screenshots/*.png and
// an index.html contact sheet to look at. Needs `npm run build` first.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, '.tmp/screenshots');
const WIDGETS = ['target-card', 'progress-bar', 'trend-chart', 'share-chart', 'target-table', 'plan-dashboard'];
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

if (!existsSync(join(root, 'dist/cdn/qingdao-services-plan.min.js'))) {
  console.error('dist/cdn is missing: run npm run build first');
  process.exit(2);
}
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = readFileSync(join(root, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${server.address().port}/scripts/screenshots/page.html`;

mkdirSync(out, { recursive: true });
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
const shots = [];
const views = [
  { name: '320', width: 320, scale: 1 },
  { name: '1280', width: 1280, scale: 1 },
  { name: 'zoom200', width: 640, scale: 2 },
];
try {
  const page = await browser.newPage();
  for (const widget of WIDGETS) {
    for (const lang of ['zh-CN', 'en']) {
      for (const theme of ['light', 'dark']) {
        for (const v of views) {
          await page.setViewport({ width: v.width, height: 800, deviceScaleFactor: v.scale });
          await page.goto(`${base}?widget=${widget}&lang=${lang}&theme=${theme}`, { waitUntil: 'load' });
          const state = await page.evaluate(() =>
            Promise.race([window.ready, new Promise((r) => setTimeout(() => r('timeout'), 8000))]),
          );
          await page.evaluate(() =>
            document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
          );
          const file = `${widget}-${v.name}-${lang}-${theme}.png`;
          await page.screenshot({ path: join(out, file), fullPage: true });
          shots.push({ file, widget, state });
          if (state !== 'load') console.warn(`${file}: widget ${state}`);
        }
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
const sheet = shots
  .map(
    (s) =>
      `<figure><img src="${s.file}" alt="${s.file}" loading="lazy"><figcaption>${s.file} (${s.state})</figcaption></figure>`,
  )
  .join('\n');
writeFileSync(
  join(out, 'index.html'),
  `<!doctype html><meta charset="utf-8"><title>screenshots</title><style>figure{display:inline-block;vertical-align:top;margin:8px}img{max-width:640px;border:1px solid #ccc}</style>${sheet}`,
);
console.log(
  `${shots.length} screenshots in ${out} (open index.html); ${shots.filter((s) => s.state !== 'load').length} did not load`,
);
