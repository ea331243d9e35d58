// Lighthouse 12.2.3 (bench/node_modules) against the static gallery, mobile (the default
// preset: simulated slow 4G and 4x CPU slowdown) and desktop; the CLI launches Chromium
// itself (CHROME_PATH) with the flags of docs toolchain.md.
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { CHROME, FLAGS } from './render.mjs';

const run = promisify(execFile);

export async function lighthouse({ bench, url, outDir, preset, tag }) {
  mkdirSync(outDir, { recursive: true });
  const out = `${outDir}/${tag}-${preset}`;
  const args = [
    `${bench}/node_modules/lighthouse/cli/index.js`,
    url,
    `--chrome-flags=${FLAGS.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${out}.json`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  await run(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: CHROME },
    maxBuffer: 1 << 26,
    timeout: 180_000,
  });
  const lhr = JSON.parse(readFileSync(`${out}.json`, 'utf8'));
  const a = lhr.audits;
  const failing = (cat) =>
    lhr.categories[cat].auditRefs
      .filter((r) => r.weight > 0 && a[r.id] && a[r.id].score !== null && a[r.id].score < 1)
      .map((r) => ({ id: r.id, title: a[r.id].title, score: a[r.id].score, value: a[r.id].displayValue ?? '' }));
  return {
    url: lhr.finalDisplayedUrl ?? lhr.finalUrl,
    lighthouseVersion: lhr.lighthouseVersion,
    runWarnings: lhr.runWarnings ?? [],
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
    cls: a['cumulative-layout-shift'].numericValue,
    fcp: a['first-contentful-paint'].numericValue,
    lcp: a['largest-contentful-paint'].numericValue,
    tbt: a['total-blocking-time'].numericValue,
    si: a['speed-index'].numericValue,
    bootup: a['bootup-time']?.numericValue ?? null,
    mainthread:
      a['mainthread-work-breakdown']?.details?.items?.map((i) => ({
        group: i.groupLabel ?? i.group,
        ms: i.duration,
      })) ?? [],
    transfer: a['total-byte-weight']?.numericValue ?? null,
    longTasks: (a['long-tasks']?.details?.items ?? [])
      .slice(0, 5)
      .map((i) => ({ url: String(i.url).replace(/^https?:\/\/[^/]+/, ''), start: i.startTime, ms: i.duration })),
    failing: {
      performance: failing('performance'),
      accessibility: failing('accessibility'),
      'best-practices': failing('best-practices'),
    },
  };
}
