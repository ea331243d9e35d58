/**
 * The guides for a government bringing its own plan (docs/bring-your-own-plan.md) and for a
 * statistics office adding figures (docs/statistics-office.md) say only what is true: their
 * example files are valid (the minimal plan, the observations template, in the repository and
 * in dist/), every command of their shell blocks runs on those files (the built command line,
 * as `npx` would run it) and prints what the page shows after it, every JSON excerpt is a part
 * of the example plan, every CSV block is the template or a file the page names, every widget
 * snippet uses the example's ids and files, and every path the pages name exists.
 * The snippets are rendered in Chromium by tests/browser/distribution/other-plans-pages.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, checkPlan, parseObservationsCsv, planFromJson } from '../../../src/io/index.js';
import { bundledPlan } from '../../../src/data.js';

/** These tests start child processes (the command line); on a loaded 2-core machine one takes more than vitest's 5 s default. */
const CHILD_PROCESS_TIMEOUT = 60_000;

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const CLI = join(root, 'dist/src/cli.js');
const MINIMAL = 'examples/plans/minimal/plan.json';
const TEMPLATE = 'examples/templates/observations-template.csv';
const GUIDES = ['docs/bring-your-own-plan.md', 'docs/statistics-office.md'] as const;
const WIDGET_TAGS = [
  'qd-plan',
  'qd-target-card',
  'qd-progress-bar',
  'qd-trend-chart',
  'qd-share-chart',
  'qd-target-table',
  'qd-plan-dashboard',
];

const minimalJson = () =>
  JSON.parse(read(MINIMAL)) as Record<string, unknown> & {
    figures: { id: string; indicator: string; role: string; dimension?: string | null }[];
  };
const withoutBom = (text: string) => text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');

interface Block {
  readonly lang: string;
  readonly file: string | undefined;
  readonly body: string;
  /** The index in the page's list of blocks. */
  readonly n: number;
  /** Whether only white space separates it from the block before. */
  readonly follows: boolean;
}

/** The fenced code blocks of a page: ```lang file?. */
function blocks(md: string): Block[] {
  const out: Block[] = [];
  let end = 0;
  for (const m of md.matchAll(/^```(\w*)(?: ([\w.-]+))?\n([\s\S]*?)^```$/gm)) {
    out.push({
      lang: m[1]!,
      file: m[2],
      body: m[3]!.replace(/\n$/, ''),
      n: out.length,
      follows: out.length > 0 && md.slice(end, m.index).trim() === '',
    });
    end = m.index! + m[0].length;
  }
  return out;
}

/** A folder with the files the guides use: plan.json (the minimal plan), figures.csv (the template), and every CSV block named with a file. */
function workspace(page: Block[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'qd-guide-'));
  copyFileSync(join(root, MINIMAL), join(dir, 'plan.json'));
  copyFileSync(join(root, TEMPLATE), join(dir, 'figures.csv'));
  for (const b of page) if (b.file) writeFileSync(join(dir, b.file), `${b.body}\n`);
  return dir;
}

/** Runs one `npx qingdao-services-plan ...` line with the built command line in `cwd`. */
function run(line: string, cwd: string) {
  const args = line.replace(/^npx qingdao-services-plan\s+/, '').split(/\s+/);
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, output: (r.status === 0 ? r.stdout : r.stderr).trimEnd() };
}

/** Whether `part` is a part of `whole`: equal values, or for each key of an object, each element of an array found in the whole's. */
function isPartOf(part: unknown, whole: unknown): boolean {
  if (Array.isArray(part))
    return Array.isArray(whole) && part.every((p) => whole.some((w) => JSON.stringify(w) === JSON.stringify(p)));
  if (part && typeof part === 'object' && whole && typeof whole === 'object' && !Array.isArray(whole))
    return Object.entries(part).every(([k, v]) =>
      Array.isArray(v)
        ? isPartOf(v, (whole as Record<string, unknown>)[k])
        : JSON.stringify((whole as Record<string, unknown>)[k]) === JSON.stringify(v),
    );
  return JSON.stringify(part) === JSON.stringify(whole);
}

describe('the example files of the guides', () => {
  it('the minimal plan is a valid plan: planFromJson takes it, checkPlan finds nothing, with targets of three forms and two of one indicator', () => {
    const json = minimalJson();
    expect(checkPlan(json)).toEqual([]);
    const plan = planFromJson(json);
    expect(plan.targets.map((t) => t.form)).toEqual(['level', 'avg_annual_growth', 'share']);
    expect(plan.targets.filter((t) => t.indicator === 'services-value-added')).toHaveLength(2);
    expect(plan.observations.length).toBeGreaterThan(0);
    expect(plan.meta.title.en).toMatch(/constructed example/);
  });

  it('the observations template has the published columns and one example row, valid against the minimal plan and the bundled plan', () => {
    const text = read(TEMPLATE);
    expect(text.startsWith('\uFEFF'), 'a byte-order mark, for Excel').toBe(true);
    const [header, ...rows] = withoutBom(text).trimEnd().split('\n');
    expect(header).toBe(OBSERVATION_COLUMNS.join(','));
    expect(rows).toHaveLength(1);
    for (const plan of [planFromJson(minimalJson()), bundledPlan]) {
      const result = parseObservationsCsv(text, plan);
      expect(result.issues, plan.meta.id).toEqual([]);
      expect(result.observations).toHaveLength(1);
      expect(result.observations[0]!.note).toMatch(/example row/i);
    }
  });

  it('the build ships the template as dist/observations-template.csv, exported as qingdao-services-plan/observations-template.csv', () => {
    const pkg = JSON.parse(read('package.json')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./observations-template.csv']).toBe('./dist/observations-template.csv');
    expect(read('dist/observations-template.csv')).toBe(read(TEMPLATE));
  });
});

describe.each(GUIDES)('%s', (guide) => {
  const md = read(guide);
  const page = blocks(md);

  it('is linked from the README', () => {
    expect(read('README.md')).toContain(`](${guide})`);
  });

  it(
    'every command of its shell blocks runs on the example files, and prints what the page shows after it',
    { timeout: CHILD_PROCESS_TIMEOUT },
    () => {
      const dir = workspace(page);
      const shells = page.filter((b) => b.lang === 'sh');
      expect(shells.length).toBeGreaterThan(0);
      for (const b of shells) {
        const lines = b.body.split('\n').filter((l) => l.trim());
        for (const l of lines)
          expect(l, 'a command of the package').toMatch(/^npx qingdao-services-plan (check|scorecard) /);
        const results = lines.map((l) => ({ line: l, ...run(l, dir) }));
        const shown = page[b.n + 1]?.lang === 'text' && page[b.n + 1]!.follows ? page[b.n + 1]!.body : null;
        if (shown === null) {
          for (const r of results) expect(r.status, `${r.line}: ${r.output.slice(0, 300)}`).toBe(0);
        } else {
          expect(results.map((r) => r.output).join('\n'), lines.join('; ')).toBe(shown);
          const fails = shown.includes('problem(s)');
          for (const r of results) expect(r.status, r.line).toBe(fails ? 2 : 0);
        }
      }
    },
  );

  it('every JSON block is a part of the example plan, every CSV block the template or a file it names', () => {
    const plan = minimalJson();
    for (const b of page.filter((x) => x.lang === 'json'))
      expect(isPartOf(JSON.parse(b.body), plan), `JSON block ${b.n} is in ${MINIMAL}:\n${b.body}`).toBe(true);
    for (const b of page.filter((x) => x.lang === 'csv')) {
      if (b.file) expect(guide).toBe('docs/statistics-office.md');
      else expect(`${b.body}\n`).toBe(withoutBom(read(TEMPLATE)));
    }
  });

  it("every widget snippet uses the widgets' tags, the ids of its plan (the example's, else the bundled one) and the guide's files", () => {
    const minimal = planFromJson(minimalJson());
    const html = page.filter((b) => b.lang === 'html');
    expect(html.length).toBeGreaterThan(0);
    for (const b of html) {
      const plan = b.body.includes('src="plan.json"') ? minimal : bundledPlan;
      const targets = new Set(plan.targets.map((t) => t.id));
      const withTarget = new Set(plan.targets.map((t) => t.indicator));
      for (const m of b.body.matchAll(/<([a-z][\w-]*)/g)) expect(WIDGET_TAGS, b.body).toContain(m[1]);
      for (const m of b.body.matchAll(/ src="([^"]*)"/g)) expect(['plan.json', 'figures.csv']).toContain(m[1]);
      for (const m of b.body.matchAll(/ target="([^"]*)"/g)) expect(targets.has(m[1]!), m[1]).toBe(true);
      for (const m of b.body.matchAll(/ indicator="([^"]*)"/g)) expect(withTarget.has(m[1]!), m[1]).toBe(true);
    }
  });

  it('every path of the repository it names exists (dist/ once built)', () => {
    const paths = new Set(
      [...md.matchAll(/(?<![\w/.-])(?:examples|docs|dist|seeds|tests|scripts)\/[\w.-]+(?:\/[\w.-]+)*/g)].map((m) =>
        m[0].replace(/[.]$/, ''),
      ),
    );
    expect(paths.size).toBeGreaterThan(2);
    for (const p of paths) expect(existsSync(join(root, p)), p).toBe(true);
  });
});

describe('docs/bring-your-own-plan.md: the problem it shows', () => {
  it(
    "is what check prints for the example plan with the 2027 target's dimension changed to one the plan lacks",
    { timeout: CHILD_PROCESS_TIMEOUT },
    () => {
      const shown = blocks(read('docs/bring-your-own-plan.md')).find(
        (b) => b.lang === 'text' && b.body.includes('problem(s) in the plan'),
      )!;
      expect(shown).toBeDefined();
      const dir = mkdtempSync(join(tmpdir(), 'qd-guide-'));
      const json = minimalJson();
      json.figures.find((f) => f.id === 'services-va-2027')!.dimension = 'size';
      writeFileSync(join(dir, 'plan.json'), JSON.stringify(json, null, 2));
      const r = run('npx qingdao-services-plan check plan.json', dir);
      expect(r.status).toBe(2);
      expect(r.output).toBe(shown.body);
    },
  );
});
