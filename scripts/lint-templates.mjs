// Type-checks the Lit templates and styles in components/ with lit-analyzer (strict rules), and fails on
// any finding that is not a known false positive listed below. `npm run lint:templates`; in `npm test`
// as the stage `templates`. Usage: node scripts/lint-templates.mjs [--verbose] (--verbose also prints
// the findings that the list excuses).
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { LitAnalyzer, DefaultLitAnalyzerContext, makeConfig } = require('lit-analyzer');
const { compileTypescript } = require('lit-analyzer/lib/cli/compile.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');

/**
 * Findings of lit-analyzer 2.0.3 that are wrong for this code, each with the rule, the file(s), the
 * message it gives and why it is a false positive. Keep it short: fix the template instead wherever
 * the finding is real.
 */
const FALSE_POSITIVES = [
  {
    rule: 'no-incompatible-type-binding',
    files: ['components/render/progress-track.ts'],
    message: /^The value 'meter' is not assignable to /,
    why: 'role="meter" is a WAI-ARIA 1.2 role; the analyzer\'s ARIA table predates it.',
  },
  {
    rule: 'no-incompatible-type-binding',
    files: ['components/render/chart-frame.ts', 'components/target-table/target-table.ts'],
    message: /^Type '.*Symbol\(undefined\).*' is not assignable to /,
    why: '`nothing` in an attribute binding removes the attribute (Lit 2+); the analyzer types it as a symbol.',
  },
  {
    rule: 'no-invalid-css',
    files: [
      'components/plan-dashboard/plan-dashboard.styles.ts',
      'components/render/chart-views.ts',
      'components/share-chart/share-chart.styles.ts',
      'components/target-card/target-card.styles.ts',
      'components/target-table/target-table.styles.ts',
      'components/trend-chart/trend-chart.styles.ts',
    ],
    message: /^Unknown (property: 'container-type'|at rule @container)$/,
    why: "CSS container queries (container-type, @container) postdate the analyzer's CSS data.",
  },
  {
    rule: 'no-invalid-css',
    files: ['components/share-chart/share-chart.styles.ts'],
    message: /^Unknown property: 'vector-effect'$/,
    why: 'vector-effect is an SVG presentation property, valid in CSS; the CSS data lacks it.',
  },
  {
    rule: 'no-invalid-css',
    files: ['components/styles/styles.ts'],
    message: /^Unknown property: 'forced-color-adjust'$/,
    why: 'forced-color-adjust (CSS Color Adjustment 1) postdates the CSS data.',
  },
];

/** Every .ts file under components/. */
const files = readdirSync(resolve(root, 'components'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => resolve(root, 'components', f))
  .sort();

const started = Date.now();
const { program, files: sourceFiles } = compileTypescript(files);
const context = new DefaultLitAnalyzerContext({ getProgram: () => program });
context.updateConfig(makeConfig({ strict: true }));
const analyzer = new LitAnalyzer(context);

const excused = (d, file) =>
  FALSE_POSITIVES.find((fp) => fp.rule === d.source && fp.files.includes(file) && fp.message.test(d.message));

let failures = 0;
let known = 0;
const used = new Set();
for (const sf of sourceFiles) {
  const file = relative(root, sf.fileName);
  for (const d of analyzer.getDiagnosticsInFile(sf)) {
    const { line, character } = sf.getLineAndCharacterOfPosition(d.location.start);
    const where = `${file}:${line + 1}:${character + 1}`;
    const fp = excused(d, file);
    if (fp) {
      known++;
      used.add(fp);
      if (verbose) console.log(`  known  ${where} ${d.source}: ${d.message}`);
    } else {
      failures++;
      console.log(`  ${d.severity}  ${where} ${d.source}: ${d.message}${d.fixMessage ? ` (${d.fixMessage})` : ''}`);
    }
  }
}
const stale = FALSE_POSITIVES.filter((fp) => !used.has(fp));
for (const fp of stale) {
  console.log(
    `  stale  FALSE_POSITIVES entry ${fp.rule} ${fp.message} matched nothing: remove it from ${relative(root, fileURLToPath(import.meta.url))}.`,
  );
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `lit-analyzer: ${sourceFiles.length} files, ${failures} finding(s), ${known} known false positive(s) excused, ${seconds} s.`,
);
process.exit(failures > 0 || stale.length > 0 ? 1 : 0);
