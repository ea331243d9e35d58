// Writes docs/widgets.md, the widget reference, from custom-elements.json
// (itself generated from the widgets' JSDoc headers by `cem analyze`).
// Run by `npm run build` after the manifest.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
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
  "Generated from `custom-elements.json` (the widgets' JSDoc headers) by `npm run build`. Do not edit.",
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
mkdirSync(`${root}docs`, { recursive: true });
writeFileSync(`${root}docs/widgets.md`, out.join('\n'));
