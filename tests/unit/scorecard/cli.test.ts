// The command line, spawned as a process from the built package (npm run build first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/csv.js';

const CLI = fileURLToPath(new URL('../../../dist/src/cli.js', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });

describe('npx qingdao-services-plan scorecard', () => {
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
    expect(r.stdout).toMatch(/Port container throughput\s+reach 25\.8 million TEU\s+30\.9 million TEU \(2024\)\s+Achieved early/);
  });

  it('shows as latest only a figure after the base year (the 2020 base is not progress), and words growth targets as growth', () => {
    const r = run('scorecard', '--lang', 'en');
    expect(r.stdout).toMatch(/Trade in services\s+reach CNY 110 billion\s+—\s+Not assessable/);
    expect(r.stdout).toMatch(/growth of 15%\s+147% \(2024\)\s+Achieved early/);
    const { records } = parseCsv(run('scorecard', '--format', 'csv').stdout);
    expect(records.find((x) => x.fields.target === 'services-trade-2025')!.fields).toMatchObject({ latest_value: '', latest_year: '' });
  });

  it('prints CSV with a BOM, one row a target', () => {
    const r = run('scorecard', '--format', 'csv', '--lang', 'en');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('\uFEFF')).toBe(true);
    const { records } = parseCsv(r.stdout);
    expect(records).toHaveLength(19);
    expect(records.find((x) => x.fields.target === 'port-container-throughput-2025')!.fields).toMatchObject({ status: 'achieved', achieved_early: 'true', latest_value: '3087' });
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
    expect(card.entries.find((e: { target: { id: string } }) => e.target.id === 'logistics-va-2025').status).toBe('achieved');
  });

  it.each([
    [['scorecard', '--lang', 'fr'], /--lang must be zh-CN or en/],
    [['scorecard', '--format', 'xml'], /--format must be table, csv or json/],
    [['scorecard', '--as-of', 'soon'], /--as-of must be a year/],
    [['scorecard', '--as-of', '2019'], /asOf must be a whole year from 2020/],
    [['scorecard', '--bogus'], /Unknown option/],
    [['report'], /unknown command 'report'/],
    [[], /missing the command/],
    [['scorecard', '--observations', '/nonexistent.csv'], /cannot read --observations/],
  ])('exits 2 with a clear message for %j', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('Usage: qingdao-services-plan scorecard');
    expect(r.stdout).toBe('');
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
});
