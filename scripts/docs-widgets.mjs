// Writes the generated pages of the docs into dist/docs/ (gitignored, shipped in the package):
// - widgets.md, the widget reference, from custom-elements.json (itself generated from the
//   widgets' JSDoc headers by `cem analyze`);
// - sizes.md, the gzip size of every entry a page or a bundler loads, measured from the built
//   dist/ by scripts/size.mjs (the same measure and budgets as `npm run size`).
// Run by `npm run build` after the manifest and the CDN bundle. The docs link these pages and
// state no size by hand.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUDGETS, measure } from './size.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}dist/docs/`;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const cell = (s) =>
  String(s ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\n+/g, ' ');
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
        '',
      ]
    : [];

const out = [
  '# Widget reference',
  '',
  `Generated from \`custom-elements.json\` (the widgets' JSDoc headers) by \`npm run build\` (scripts/docs-widgets.mjs), version ${pkg.version}. Do not edit.`,
  '',
];
const elements = manifest.modules.flatMap((m) =>
  (m.declarations ?? []).filter((d) => d.tagName).map((d) => ({ ...d, path: m.path })),
);
elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
for (const d of elements) {
  out.push(`## \`<${d.tagName}>\``, '');
  if (d.summary) out.push(d.summary, '');
  if (d.description) out.push(d.description, '');
  const entry = d.path.replace(/^dist\//, '').replace(/\/[^/]+\.js$/, '');
  out.push(
    `Import: \`import 'qingdao-services-plan/${entry}.js'\` (or the whole \`qingdao-services-plan/components\`, or the CDN file).`,
    '',
  );
  out.push(
    '### Attributes',
    '',
    ...table(
      ['attribute', 'property', 'type', 'default', 'description'],
      (d.attributes ?? []).map((a) => [
        `\`${a.name}\``,
        a.fieldName && !/^[_#]/.test(a.fieldName) ? `\`${a.fieldName}\`` : '',
        a.type?.text,
        a.default,
        a.description,
      ]),
    ),
  );
  const props = (d.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && !(d.attributes ?? []).some((a) => a.fieldName === m.name),
  );
  if (props.length)
    out.push(
      '### Properties',
      '',
      ...table(
        ['property', 'type', 'description'],
        props.map((p) => [`\`${p.name}\``, p.type?.text, p.description]),
      ),
    );
  out.push(
    '### Events',
    '',
    ...table(
      ['event', 'description'],
      (d.events ?? []).map((e) => [`\`${e.name}\``, e.description]),
    ),
  );
  if (d.slots?.length)
    out.push(
      '### Slots',
      '',
      ...table(
        ['slot', 'description'],
        d.slots.map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]),
      ),
    );
  out.push(
    '### CSS parts',
    '',
    ...table(
      ['part', 'description'],
      (d.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]),
    ),
  );
  out.push(
    '### CSS custom properties',
    '',
    ...table(
      ['property', 'description'],
      (d.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description]),
    ),
  );
}
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}widgets.md`, out.join('\n'));

// sizes.md: what each entry weighs, as measured now.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const bytes = (n) => `${n.toLocaleString('en')} B`;
const sizeRows = [];
for (const b of BUDGETS) {
  const m = await measure(b);
  const lazy = Object.entries(m.lazy)
    .filter(([kind]) => kind !== 'shared')
    .map(([kind, v]) => `${kind}: ${kb(v)}`)
    .join('; ');
  sizeRows.push([b.name, `${bytes(m.gzip)} (${kb(m.gzip)})`, bytes(m.min), bytes(b.budget), lazy || '—']);
}
const sizes = [
  '# Sizes',
  '',
  `Measured by \`npm run build\` (scripts/docs-widgets.mjs with the measure of scripts/size.mjs), version ${pkg.version}. Do not edit.`,
  '',
  'Each entry is bundled from the built `dist/` with esbuild (tree-shaken, minified, ESM, browser, code splitting)',
  'and gzipped at level 9. "First load" is the entry chunk with the chunks it imports statically. "On demand" is the',
  "largest chunk of each kind that it imports only when needed: io (a site's own data: CSV, JSON, the validators),",
  "one indicator (the bundled plan's part for one indicator) and the whole plan. `npm test` fails when a first load",
  'exceeds its budget, and `npm run size` prints the same numbers.',
  '',
  ...table(['entry', 'first load (gzip)', 'minified', 'budget (gzip)', 'on demand (gzip)'], sizeRows),
];
writeFileSync(`${outDir}sizes.md`, sizes.join('\n'));
