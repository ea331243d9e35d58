// The command line, spawned as a process from the built package (npm run build first).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planYears } from '../../../src/core.js';
import { parseCsv } from '../../../src/io/index.js';
import { bundledPlan } from '../../../src/data.js';

/** These tests start child processes (node, depcruise); on a loaded 2-core machine one takes more than vitest's 5 s default. */
const CHILD_PROCESS_TIMEOUT = 60_000;

const CLI = fileURLToPath(new URL('../../../dist/src/cli.js', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('npx qingdao-services-plan scorecard', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it('is built (run npm run build before these tests)', () => {
    expect(existsSync(CLI)).toBe(true);
  });

  it('prints a zh-CN table by default, with statuses, sources and totals, and exits 0', () => {
    const r = run('scorecard');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('港口集装箱吞吐量');
    expect(r.stdout).toContain('提前实现');
    expect(r.stdout).toContain('青岛日报');
    expect(r.stdout).toMatch(/合计: 19 项 · 已实现 2, 无法评估 17 · 评估年份 2025/);
  });

  it('prints English with --lang en', () => {
    const r = run('scorecard', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /Port container throughput\s+reach 25\.8 million TEU\s+30\.9 million TEU \(2024\)\s+Achieved early/,
    );
  });

  it('shows as latest only a figure after the base year (the 2020 base is not progress), and words growth targets as growth', () => {
    const r = run('scorecard', '--lang', 'en');
    expect(r.stdout).toMatch(/Trade in services\s+reach CNY 110 billion\s+—\s+Not assessable/);
    expect(r.stdout).toMatch(/growth of 15%\s+147% \(2024\)\s+Achieved early/);
    const { records } = parseCsv(run('scorecard', '--format', 'csv').stdout);
    expect(records.find((x) => x.fields.target === 'services-trade-2025')!.fields).toMatchObject({
      latest_value: '',
      latest_year: '',
    });
  });

  it('prints CSV with a BOM, one row a target', () => {
    const r = run('scorecard', '--format', 'csv', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const { records } = parseCsv(r.stdout);
    expect(records).toHaveLength(19);
    expect(records.find((x) => x.fields.target === 'port-container-throughput-2025')!.fields).toMatchObject({
      status: 'achieved',
      achieved_early: 'true',
      latest_value: '3087',
    });
  });

  it('prints JSON that parses, with totals and entries', () => {
    const r = run('scorecard', '--format', 'json', '--as-of', '2025');
    expect(r.status).toBe(0);
    const card = JSON.parse(r.stdout);
    expect(card.totals.achieved).toBe(2);
    expect(card.entries).toHaveLength(19);
  });

  it('merges --observations FILE (CSV) over the bundled ones', () => {
    const r = run('scorecard', '--format', 'json', '--observations', fixture('own-observations.csv'));
    expect(r.status).toBe(0);
    const card = JSON.parse(r.stdout);
    expect(card.entries.find((e: { target: { id: string } }) => e.target.id === 'logistics-va-2025').status).toBe(
      'achieved',
    );
  });

  it.each([
    [['scorecard', '--lang', 'fr'], /--lang must be zh-CN or en/],
    [['scorecard', '--format', 'xml'], /--format must be table, csv or json/],
    [
      ['scorecard', '--as-of', 'soon'],
      /--as-of must be a year from 2020 to 2025 .*got 'soon'; pass one of these, or omit it for 2025/,
    ],
    [['scorecard', '--as-of', '2019'], /--as-of must be a year from 2020 to 2025 .*got '2019'/],
    [['scorecard', '--as-of', '2030'], /--as-of must be a year from 2020 to 2025 .*got '2030'/],
    [
      ['scorecard', '--bogus'],
      /^qingdao-services-plan: Unknown option '--bogus'\. The options are --plan, --lang, --format, --as-of, --observations, --vintage, --preset, --version, --help; see below\.\n\nUsage:/,
    ],
    [['scorecard', '-x'], /Unknown option '-x'\. The options are --plan, --lang/],
    [['scorecard', '--formt', 'csv'], /Unknown option '--formt'\. Did you mean --format\?/],
    [['scorecard', '--lang'], /--lang needs a value, as in --lang en or --lang=en\./],
    [['scorecard', '--as-of', '--lang', 'en'], /--as-of needs a value, as in --as-of 2025/],
    [['scorecard', '--help=yes'], /--help takes no value; write --help alone\./],
    [
      ['scorecard', '--preset', 'oecd'],
      /--preset must be one of eurostat, unsd2022, unsd2023, escap, ndrc, got 'oecd'/,
    ],
    [['report'], /unknown command 'report'/],
    [[], /missing the command/],
    [['scorecard', '--observations', '/nonexistent.csv'], /cannot read --observations/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/To specify a positional argument|argument missing|\n\s+at /);
    expect(r.stderr).toContain('Usage: qingdao-services-plan <command>');
    expect(r.stdout).toBe('');
  });

  it('assesses with --preset and names the preset in the totals line and the JSON', () => {
    const r = run('scorecard', '--format', 'json', '--preset', 'ndrc');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).preset).toBe('ndrc');
    expect(run('scorecard', '--lang', 'en', '--preset', 'escap').stdout).toMatch(
      /· method ESCAP anticipated progress \(escap\) ·/,
    );
  });

  it('shows a provisional status apart from the verdict in the table, CSV and JSON, and never counts it', () => {
    const file = fixture('provisional-observations.csv');
    const en = run('scorecard', '--lang', 'en', '--observations', file).stdout;
    const row = en.split('\n').find((l) => l.startsWith('Trade in services'))!;
    expect(row).toContain('Not assessable · provisional: on track as of 2024 (the 2025 figure is not published yet)');
    expect(en).toMatch(/Achieved 2, Not assessable 17 \(provisional, not counted: On track 1\)/);
    const zh = run('scorecard', '--observations', file).stdout;
    expect(zh).toContain('无法评估 · 暂判：基本符合或快于预期（据2024年数据，2025年数据尚未发布）');
    expect(zh).toMatch(/已实现 2, 无法评估 17 \(暂判（不计入合计）: 基本符合或快于预期 1\)/);
    expect(zh).toContain('方法 Eurostat 增长率比（eurostat）');
    const { records } = parseCsv(run('scorecard', '--format', 'csv', '--lang', 'en', '--observations', file).stdout);
    expect(records.find((x) => x.fields.target === 'services-trade-2025')!.fields).toMatchObject({
      status: 'not_assessable',
      provisional_status: 'on_track',
      provisional_year: '2024',
      provisional_label: 'provisional: on track as of 2024 (the 2025 figure is not published yet)',
    });
    const card = JSON.parse(run('scorecard', '--format', 'json', '--observations', file).stdout);
    expect(card.totals).toMatchObject({ achieved: 2, not_assessable: 17 });
    expect(card.provisionalTotals).toEqual({
      on_track: 1,
      needs_acceleration: 0,
      insufficient_progress: 0,
      moving_away: 0,
    });
  });

  it('exits 2 for an invalid observations file, naming each bad line', () => {
    const r = run('scorecard', '--observations', fixture('bad-observations.csv'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/2 invalid observation\(s\)/);
    expect(r.stderr).toMatch(/line 2: value must be number/);
    expect(r.stderr).toMatch(/line 3: unknown indicator 'logistics-valu-added'; did you mean logistics-value-added/);
  });

  it('prints help with -h', () => {
    const r = run('-h');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--observations FILE');
  });

  it("accepts --as-of through the range the widgets accept, the plan's base year to its last target year", () => {
    const { asOfMin, asOfMax } = planYears(bundledPlan);
    expect([asOfMin, asOfMax]).toEqual([bundledPlan.meta.baseYear, bundledPlan.meta.targetYear]);
    for (const year of [asOfMin, asOfMax]) {
      const r = run('scorecard', '--format', 'json', '--as-of', String(year));
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).asOf).toBe(year);
    }
    const r = run('scorecard', '--as-of', String(asOfMax + 1));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--as-of must be a year from ${asOfMin} to ${asOfMax}`);
    expect(run('-h').stdout).toContain('--as-of YEAR                evaluation year, from the plan');
  });

  it('prints the package version with --version and -v, with or without the command', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const args of [['--version'], ['-v'], ['scorecard', '--version']]) {
      const r = run(...args);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
      expect(r.stderr).toBe('');
    }
    expect(run('-h').stdout).toContain('-v, --version');
  });

  it('ends quietly with exit 0 when the reader closes the pipe before reading (EPIPE)', async () => {
    const child = spawn(process.execPath, [CLI, 'scorecard', '--format', 'json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // Close our end at once: every write of the child fails with EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on('close', (c, s) => resolve([c, s])),
    );
    expect(stderr).toBe('');
    expect([code, signal]).toEqual([0, null]);
  });

  it('ends quietly with exit 0 under `| head -c 100` (the output is longer than the pipe buffer)', () => {
    // More than a pipe buffer (64 KiB): the CLI is still writing when head exits.
    expect(Buffer.byteLength(run('scorecard', '--format', 'json').stdout)).toBeGreaterThan(70_000);
    const r = spawnSync(
      'bash',
      [
        '-c',
        '"$0" "$1" scorecard --format json | head -c 100; echo; echo "exit ${PIPESTATUS[0]}"',
        process.execPath,
        CLI,
      ],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('{\n  "asOf": 2025,')).toBe(true);
    expect(r.stdout.endsWith('\nexit 0\n')).toBe(true);
    expect(Buffer.byteLength(r.stdout)).toBe(100 + '\nexit 0\n'.length);
  });
});

describe('npx qingdao-services-plan with a site’s own plan', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  const SICHUAN = fileURLToPath(
    new URL('../../../examples/plans/sichuan-services-2021-2025/plan.json', import.meta.url),
  );
  const JINAN = fileURLToPath(new URL('../../../examples/plans/jinan-2026-2030/plan.json', import.meta.url));
  const FIXTURE = fileURLToPath(new URL('../../fixtures/frozen-plan.json', import.meta.url));

  it('scorecard --plan FILE scores that plan with the observations it carries, and no Qingdao string', () => {
    const r = run('scorecard', '--plan', SICHUAN, '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /Services value added\s+about CNY 3\.5 trillion\s+CNY 3\.6 trillion \(2024\)\s+Achieved early/,
    );
    expect(r.stdout).toMatch(/Total: 13 targets · Achieved 1, Not assessable 12 · As of 2027/);
    expect(r.stdout).not.toMatch(/青岛|Qingdao/);
    const json = JSON.parse(run('scorecard', '--plan', JINAN, '--format', 'json', '--as-of', '2027').stdout);
    expect(json.asOf).toBe(2027);
    expect(run('scorecard', '--plan', JINAN, '--as-of', '2024').stderr).toContain(
      '--as-of must be a year from 2025 to 2030',
    );
  });

  it('scorecard --plan with --observations checks them against that plan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-obs-'));
    // Observations of a bundled indicator that the fixture plan does not have.
    writeFileSync(
      join(dir, 'obs.json'),
      JSON.stringify([
        {
          indicator: 'tourism-revenue',
          year: 2023,
          period: 'FY',
          measure: 'level',
          value: 1,
          bound: 'exact',
          unit: '亿元',
          vintage: 'final',
          publisher: 'Test',
          published: '2024-01-01',
          url: 'https://example.org/x',
          reliability: 'official',
        },
      ]),
    );
    expect(run('scorecard', '--observations', join(dir, 'obs.json')).status).toBe(0);
    const r = run('scorecard', '--plan', FIXTURE, '--observations', join(dir, 'obs.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/unknown indicator/);
  });

  it('check FILE: a valid plan (its quotes found in its seed) exits 0', () => {
    const r = run('check', SICHUAN);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'ok, a plan with 12 indicators, 16 figures (13 targets) and 8 observations, every quote found in seeds/sichuan-services-plan-2021-2025.zh.txt',
    );
  });

  it('check FILE: a broken plan prints every problem with where it is, and exits 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-check-'));
    const doc = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    doc.figures.find((f: { id: string }) => f.id === 'services-trade-2025').direction = 'down';
    doc.figures.find((f: { id: string }) => f.id === 'port-throughput-2025').industry = 'shipping';
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(doc));
    const r = run('check', join(dir, 'plan.json'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('2 problem(s) in the plan');
    expect(r.stderr).toContain("'services-trade-2025': direction 'down' contradicts its indicator 'services-trade'");
    expect(r.stderr).toContain(
      "'port-throughput-2025': industry 'shipping' is not an industry of the plan. Allowed: 'logistics', 'finance'",
    );
  });

  it('check FILE: an observations file against --plan (or the bundled plan), every row with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'qd-obs-'));
    // A row of a bundled indicator that the fixture plan does not have.
    const rows = readFileSync(fixture('own-observations.csv'), 'utf8');
    writeFileSync(join(dir, 'obs.csv'), rows.replaceAll('logistics-value-added', 'tourism-revenue'));
    expect(run('check', join(dir, 'obs.csv')).status).toBe(0);
    const r = run('check', join(dir, 'obs.csv'), '--plan', FIXTURE);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/problem\(s\) in the observations\n\s+line \d+: unknown indicator/);
  });
});
