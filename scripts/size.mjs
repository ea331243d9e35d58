// Size budgets (gzip bytes) of what a page or a bundler pulls in: each entry
// is bundled from the built dist/ with esbuild (tree-shaken, minified, ESM,
// browser platform) and gzipped at level 9. Prints a table and exits 1 when a
// budget is exceeded. Run by npm test after the build; `--json` prints JSON.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** name, the module source of the entry, and the budget in bytes (gzip). */
export const BUDGETS = [
  { name: "import { cagr } from 'qingdao-services-plan'", source: "export { cagr } from './dist/src/index.js';", budget: 1024 },
  { name: 'qingdao-services-plan/calc (whole entry)', source: "export * from './dist/src/calc-entry.js';", budget: 3072 },
];

export async function measure({ source }) {
  const out = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, logLevel: 'silent',
  });
  const code = out.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  for (const b of BUDGETS) rows.push({ ...b, ...(await measure(b)) });
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows.map(({ source: _, ...r }) => r), null, 2));
  else {
    for (const r of rows) {
      const ok = r.gzip <= r.budget;
      console.log(`${ok ? 'ok  ' : 'OVER'} ${String(r.gzip).padStart(6)} B gzip (${r.min} B min) / budget ${r.budget} B  ${r.name}`);
    }
  }
  const over = rows.filter((r) => r.gzip > r.budget);
  mkdirSync(`${root}.tmp`, { recursive: true });
  writeFileSync(`${root}.tmp/size.json`, JSON.stringify({ passed: rows.length - over.length, failed: over.length }));
  if (over.length) process.exitCode = 1;
}
