// Where the bytes of the single CDN file go, from its source map: each run of generated code
// belongs to the source it maps to; sources are grouped by npm package or by part of the
// library (components/<folder>, src/<folder>, data/<file>, model/<file>). Minified bytes are
// exact; `gzipAlone` is a part's code gzipped on its own (level 9): an upper bound of what the
// part adds to the file, which is gzipped as a whole. Used by lib/build.mjs (the bench's
// "Where the bytes go"), or alone after `npm run build`: `node bench/lib/cdn-parts.mjs [file]`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

/** The part a source belongs to: an npm package, or a folder (file, for data and model) of the library. */
export function partOf(source) {
  const s = source.replace(/^(\.\.\/)+/, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (pkg) return pkg[1];
  const lib = /^(?:dist\/)?(components|src|data|model)\/(?:generated\/)?([^/.]+)/.exec(s);
  return lib ? `${lib[1]}/${lib[2]}` : s;
}

/** `[{ name, bytes, gzipAlone }]` of `file` (with `file.map` beside it), largest first. */
export function cdnParts(file) {
  const code = readFileSync(file, 'utf8');
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')));
  const lines = code.split('\n');
  const mappings = [];
  map.eachMapping((m) => mappings.push(m), null, SourceMapConsumer.GENERATED_ORDER);
  const parts = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const line = lines[m.generatedLine - 1];
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
    const name = m.source ? partOf(m.source) : '(unmapped)';
    parts.set(name, (parts.get(name) ?? '') + line.slice(m.generatedColumn, end));
  });
  return [...parts]
    .map(([name, text]) => ({ name, bytes: Buffer.byteLength(text), gzipAlone: gzipSync(text, { level: 9 }).length }))
    .sort((a, b) => b.bytes - a.bytes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'dist/cdn/qingdao-services-plan.min.js';
  const size = readFileSync(file).length;
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${file}: ${kb(size)} minified, ${kb(gzipSync(readFileSync(file), { level: 9 }).length)} gzip\n`);
  console.log('| Part | Minified | Share | Gzip alone |\n| --- | ---: | ---: | ---: |');
  for (const p of cdnParts(file))
    console.log(`| ${p.name} | ${kb(p.bytes)} | ${((100 * p.bytes) / size).toFixed(1)} % | ${kb(p.gzipAlone)} |`);
}
