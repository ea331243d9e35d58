// Browser tests (widgets) in the system Chromium: `npm run test:browser`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { cspHeaders } from './examples/csp/csp-headers.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Writes .tmp/wtr.json ({ passed, failed, files: { <test file>: { passed, failed } } }) for scripts/test.mjs; a file that fails to load counts as failed. */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      const files = {};
      for (const s of sessions) {
        const file = relative(process.cwd(), s.testFile);
        const count = (files[file] ??= { passed: 0, failed: 0 });
        const walk = (suite) => {
          for (const t of suite.tests)
            if (t.passed) count.passed++;
            else count.failed++;
          suite.suites.forEach(walk);
        };
        if (s.testResults) walk(s.testResults);
        if (s.errors?.length || (!s.passed && !s.testResults)) count.failed++;
        passed += count.passed;
        failed += count.failed;
      }
      mkdirSync('.tmp', { recursive: true });
      writeFileSync('.tmp/wtr.json', JSON.stringify({ passed, failed, files }, null, 1));
    },
  };
}

/**
 * Whether this run may write SVG snapshots (tests/browser/helpers/snapshot.ts asks with the
 * `qd-snapshot-mode` command): only when asked, `UPDATE_SNAPSHOTS=1 npm run test:browser` or
 * `wtr --update-snapshots`. Otherwise a missing or different snapshot fails its test.
 */
function snapshotMode() {
  const update = process.env.UPDATE_SNAPSHOTS === '1' || process.argv.includes('--update-snapshots');
  return {
    name: 'qd-snapshot-mode',
    executeCommand: ({ command }) => (command === 'qd-snapshot-mode' ? { update } : undefined),
  };
}

/** A module the widgets import by a computed path (data/by-indicator/<id>.js) is served from its .ts source, as static imports are. */
async function tsSources(ctx, next) {
  if (ctx.path.endsWith('.js') && !existsSync(`.${ctx.path}`) && existsSync(`.${ctx.path.slice(0, -3)}.ts`))
    ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
  return next();
}

export default {
  files: 'tests/browser/**/*.test.ts',
  nodeResolve: true,
  middleware: [tsSources],
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 20000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' }), cspHeaders(), snapshotMode()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: CHROME,
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
      },
    }),
  ],
  reporters: [defaultReporter(), countReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
};
