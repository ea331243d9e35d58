/**
 * The facts the docs state, checked against what they describe, so that none
 * of them goes stale by hand: the README's shape; every relative link and
 * anchor; versions; the data's counts and the scorecard's outcome (docs/data.md,
 * data/observations/README.md); the evaluation years, the placeholder CSS
 * (the same rules as examples/examples.css), the theming properties and the
 * troubleshooting messages of the editors' guide; the security page's policy,
 * timeout and lifecycle figures. A failure says what the page should say.
 * Sizes are not here: they are generated into dist/docs/sizes.md.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CANDIDATES_REVIEWED } from '../../../data/review.js';
import { catalog as en } from '../../../components/i18n/en.js';
import { ROUND2, ROUND2_CANDIDATES } from '../../../data/observations/round2.js';
import { bundledPlan, observations, planYears, presets, scorecard } from '../../../src/index.js';

const { asOfMin: AS_OF_MIN, asOfMax: AS_OF_MAX } = planYears(bundledPlan);

const root = fileURLToPath(new URL('../../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
/** Text with every run of white space as one space (the pages wrap their lines anywhere). */
const flat = (text: string) => text.replace(/\s+/g, ' ');
const pkg = JSON.parse(read('package.json')) as { version: string; engines: { node: string } };

const DOCS = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  'docs/api/calc.md',
  'components/README.md',
  'data/observations/README.md',
  ...readdirSync(join(root, 'examples'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, 'examples', d.name, 'README.md')))
    .map((d) => `examples/${d.name}/README.md`),
];

/** Markdown without its fenced code blocks (a `#` in a shell block is no heading). */
const prose = (md: string) => md.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');

/** GitHub's anchor of a heading. */
const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');

const anchors = (md: string) => new Set([...prose(md).matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));

describe('README.md: a newcomer reads it in five minutes', () => {
  const readme = read('README.md');

  it('is about 150 lines', () => {
    expect(readme.trimEnd().split('\n').length).toBeLessThanOrEqual(170);
  });

  it('says what it is, then the two set-up commands, then one example per audience, then links', () => {
    const h2 = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(h2[0]).toBe('Set up');
    expect(h2.at(-1)).toBe('Documentation');
    for (const audience of ['CMS editor', 'web developer', 'statistics office', 'depends on the package'])
      expect(
        h2.some((h) => h.includes(audience)),
        `a section for "${audience}"`,
      ).toBe(true);
    const firstAudience = readme.indexOf('\n## For ');
    expect(readme.indexOf('npm install && npm start')).toBeGreaterThan(0);
    expect(readme.indexOf('npm install && npm start')).toBeLessThan(firstAudience);
    expect(readme.indexOf('npm test')).toBeLessThan(firstAudience);
    // One paragraph before the set-up.
    const intro = readme.slice(readme.indexOf('\n'), readme.indexOf('\n## ')).trim();
    expect(intro.split(/\n\s*\n/)).toHaveLength(1);
  });
});

describe('links', () => {
  const writtenByBuild = read('scripts/docs-widgets.mjs');

  it.each(DOCS)('%s: every relative link and anchor resolves', (file) => {
    const md = read(file);
    const broken: string[] = [];
    for (const m of prose(md).matchAll(/\]\(([^)\s]+)\)/g)) {
      const link = m[1]!;
      if (/^[a-z]+:/i.test(link)) continue;
      const [path = '', anchor] = link.split('#');
      const target = path ? normalize(join(dirname(file), path)) : file;
      if (target.startsWith('dist/docs/')) {
        // A page the build writes (scripts/docs-widgets.mjs), not in git.
        if (!writtenByBuild.includes(`\${outDir}${target.slice('dist/docs/'.length)}`)) broken.push(link);
        continue;
      }
      if (target.startsWith('..') || relative(root, join(root, target)).startsWith('..')) broken.push(link);
      else if (!existsSync(join(root, target))) broken.push(link);
      else if (anchor && target.endsWith('.md') && !anchors(read(target)).has(anchor)) broken.push(link);
    }
    expect(broken, `broken links in ${file}`).toEqual([]);
  });
});

describe('settings the pages quote', () => {
  it("gives the bundled plan's period, the dev server's port and Prettier's print width as configured", () => {
    const { from, to } = bundledPlan.meta.period;
    expect(flat(read('README.md'))).toContain(`14th Five-Year period (${from}-${to})`);
    const port = /PORT \?\? (\d+)/.exec(read('web-dev-server.config.mjs'))![1];
    for (const file of ['README.md', 'docs/contributing.md']) expect(read(file)).toContain(`http://localhost:${port}/`);
    const width = (JSON.parse(read('.prettierrc.json')) as { printWidth: number }).printWidth;
    expect(flat(read('docs/contributing.md'))).toContain(`print width ${width}`);
  });
});

describe('versions', () => {
  it.each(DOCS)('%s: the package version and the Node version are the current ones', (file) => {
    const text = read(file);
    for (const m of text.matchAll(/qingdao-services-plan@(\d+\.\d+\.\d+)|[Vv]ersion (\d+\.\d+\.\d+)/g))
      expect(m[1] ?? m[2], `${m[0]} in ${file}`).toBe(pkg.version);
    const node = pkg.engines.node.match(/\d+/)![0];
    for (const m of text.matchAll(/Node (\d+) or later/g)) expect(m[1], `${m[0]} in ${file}`).toBe(node);
  });
});

// The review of candidate figures, counted as tests/unit/observations/round2.test.ts counts it.
const round1 = JSON.parse(read('data/observations/candidates.json')).observations as {
  url: string | null;
  year: number;
  value: number;
}[];
const round2 = JSON.parse(read('data/observations/candidates-round2.json')).candidates as {
  url: string | null;
  year: number;
  value: number;
  unit: string;
}[];
const FACTOR: Record<string, number> = { 'billion yuan (十亿元)': 10, 'million TEU': 100 };
const shippedFromRound1 = observations.filter((o) =>
  round1.some((c) => c.url === o.url && c.year === o.year && c.value === o.value),
).length;
const round2Shipped = round2.filter((c) =>
  observations.some(
    (o) => c.url === o.url && c.year === o.year && Math.abs(c.value * (FACTOR[c.unit] ?? 1) - o.value) < 1e-9,
  ),
).length;
const newInRound2 = observations.length - shippedFromRound1;
const rejected = bundledPlan.rejected;
const rejectedRound1 = rejected.filter((r) => r.candidate < ROUND2).length;
const byReason = new Map<string, number>();
for (const r of rejected) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);

describe('docs/data.md and data/observations/README.md: the counts are the data', () => {
  const data = flat(read('docs/data.md'));
  const folder = flat(read('data/observations/README.md'));
  const targets = bundledPlan.targets.length;
  const industries = bundledPlan.industries;
  const group = (g: string) => industries.filter((i) => (i as { group?: string }).group === g).length;

  it('describes the bundled plan with its counts', () => {
    expect(data).toContain(`its ${targets} targets`);
    expect(data).toContain(
      `${bundledPlan.dimensions.length} goal dimensions, ${industries.length} industries (${group('producer')} producer services, ${group('consumer')} consumer services)`,
    );
  });

  it('counts the review as the data does', () => {
    expect(CANDIDATES_REVIEWED).toBe(ROUND2 + ROUND2_CANDIDATES);
    const review = [
      `So far ${CANDIDATES_REVIEWED} candidates have been reviewed in two rounds: ${ROUND2} in the first and ${ROUND2_CANDIDATES} in the second`,
      `${observations.length} observations ship`,
      `The first round shipped ${shippedFromRound1}.`,
      `The second round shipped ${newInRound2} new ones`,
      `found ${round2Shipped - newInRound2} of its candidates already shipped`,
      `The ${rejected.length} left out (${rejectedRound1} of the first round, ${rejected.length - rejectedRound1} of the second)`,
    ];
    for (const fact of review) expect(data, 'docs/data.md').toContain(fact);
    const table = new Map(
      [...read('docs/data.md').matchAll(/^\| `([a-z_]+)` +\| (\d+) +\|$/gm)].map((m) => [m[1]!, Number(m[2])]),
    );
    expect(table, 'the table of reasons in docs/data.md').toEqual(byReason);

    for (const fact of [
      `the first round's ${ROUND2} candidate figures`,
      `the second round's ${ROUND2_CANDIDATES} candidates`,
      `the ${observations.length} observations that have a URL`,
      `${shippedFromRound1} come from the first round; the second shipped ${newInRound2}`,
      `found ${round2Shipped - newInRound2} of its candidates already shipped`,
      `the ${rejected.length} candidates left out (${rejectedRound1} of the first round, ${rejected.length - rejectedRound1} of the second`,
    ])
      expect(folder, 'data/observations/README.md').toContain(fact);
    expect(
      [...byReason.keys()].every((r) => folder.includes(`\`${r}\``)),
      'every reason named',
    ).toBe(true);
  });

  it('says where the plan stands as the scorecard does', () => {
    const card = scorecard();
    const { achieved, not_assessable: notAssessable, ...others } = card.totals;
    expect(
      Object.values(others).every((n) => n === 0),
      'docs/data.md names only two statuses',
    ).toBe(true);
    expect(data).toContain(`**${achieved} of ${targets} targets are achieved**, both early`);
    expect(data).toContain(`**${notAssessable} are not assessable.**`);
    const met = card.entries.filter((e) => e.status === 'achieved');
    expect(met.every((e) => e.achievedEarly)).toBe(true);
    const latest = (id: string) => {
      const e = met.find((x) => x.target.id === id)!;
      return { target: e.target, o: e.evidence.at(-1)! };
    };
    const port = latest('port-container-throughput-2025');
    expect(data).toContain(
      `port container throughput reached ${port.o.value}${port.o.unit} in ${port.o.year}, against a target of ${port.target.value}${port.target.unit}`,
    );
    const tech = latest('technology-contract-growth-2020-2025');
    expect(data).toContain(
      `technology contract turnover was up ${tech.o.value}% on ${tech.o.since} by ${tech.o.year}, against a target of +${tech.target.value}%`,
    );
  });
});

/** min-block-size by `media|selector` in CSS text. */
function placeholderRules(css: string): Map<string, string> {
  const out = new Map<string, string>();
  const media: string[] = [];
  for (const m of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/(@media[^{]+)\{|([^{}]+)\{([^{}]*)\}|\}/g)) {
    if (m[1]) media.push(flat(m[1]).trim());
    else if (m[2]) {
      const value = /min-block-size:\s*([^;}]+)/.exec(m[3]!)?.[1]?.trim();
      if (!value) continue;
      for (const selector of m[2].split(','))
        out.set(`${media.at(-1) ?? ''}|${flat(selector).trim().replace(/"/g, "'")}`, value);
    } else media.pop();
  }
  return out;
}

describe("docs/embedding.md: the editors' guide", () => {
  const md = read('docs/embedding.md');
  const text = flat(md);

  it('gives the evaluation years the widgets accept, and the default', () => {
    expect(text).toContain(`For the bundled plan this is ${AS_OF_MIN} to ${AS_OF_MAX}`);
    expect(flat(read('examples/self-host/README.md'))).toContain(`for the bundled plan ${AS_OF_MIN} to ${AS_OF_MAX}`);
    expect(text).toContain(`the default is its last target year (${AS_OF_MAX} for the bundled plan)`);
  });

  it('gives the placeholder heights of examples/examples.css, every default widget in both columns', () => {
    const docs = new Map<string, string>();
    for (const m of md.matchAll(/^```css\n([\s\S]*?)^```$/gm))
      for (const [k, v] of placeholderRules(m[1]!)) docs.set(k, v);
    const site = placeholderRules(read('examples/examples.css'));
    expect(docs.size).toBeGreaterThanOrEqual(12);
    for (const [rule, value] of docs) expect(site.get(rule), `${rule} in examples/examples.css`).toBe(value);
    const defaults = [...site].filter(([rule]) => /\|qd-[a-z-]+:not\(:defined\)$/.test(rule));
    for (const [rule, value] of defaults) expect(docs.get(rule), `${rule} in docs/embedding.md`).toBe(value);
  });

  it('lists exactly the shared CSS custom properties of components/styles/', () => {
    const dir = join(root, 'components/styles');
    const declared = new Set(
      readdirSync(dir)
        .filter((f) => f.endsWith('.ts'))
        .flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/(--qd-[a-z0-9-]+)\s*:/g)].map((m) => m[1]!)),
    );
    const section = md.slice(md.indexOf('## Themes and styling'), md.indexOf('\n## ', md.indexOf('## Themes')));
    const listed = new Set(
      [
        ...section
          .replace(/`(--qd-[a-z-]+)(\d)` to `\1(\d)`/g, (_, p: string, a: string, b: string) =>
            Array.from({ length: Number(b) - Number(a) + 1 }, (_x, i) => `\`${p}${Number(a) + i}\``).join(', '),
          )
          .matchAll(/`(--qd-[a-z0-9-]+)`/g),
      ].map((m) => m[1]!),
    );
    expect([...listed].sort()).toEqual([...declared].sort());
  });

  it("names each message as the widgets' catalogue words it, and every code exists", () => {
    // The English catalogue's text of a problem code, with every parameter standing in as …
    const sample = new Proxy({} as Record<string, unknown>, {
      get: (_, key) => (['count', 'status', 'seconds', 'min', 'max', 'year'].includes(String(key)) ? 0 : '…'),
    });
    const problems = en.problems as unknown as Record<string, string | ((p: unknown) => string) | undefined>;
    const textOf = (code: string): string | undefined => {
      const t = problems[code];
      return typeof t === 'function' ? t(sample) : t;
    };
    const section = md.slice(md.indexOf('## Troubleshooting'));
    const rows = [...section.matchAll(/^\| (.+?) +\| (`[a-z_]+`(?:, `[a-z_]+`)*) +\|/gm)];
    expect(rows.length).toBeGreaterThan(10);
    for (const [, said, codeCell] of rows) {
      const codes = [...codeCell!.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!);
      for (const code of codes) expect(textOf(code), `the catalogue has ${code}`).toBeTypeOf('string');
      if (codes.length > 1) continue;
      const parts = said!
        .replace(/\(a notice\)/, '')
        .replace(/`/g, '')
        .split('…')
        .map((s) => s.trim())
        .filter((s) => s.length > 2);
      const text = textOf(codes[0]!)!;
      expect(
        parts.every((p) => text.includes(p)),
        `"${said}" is the message of ${codes[0]}: ${text}`,
      ).toBe(true);
    }
  });
});

describe('docs/security.md', () => {
  const text = flat(read('docs/security.md'));
  const source = (dir: string, pattern: RegExp): string => {
    const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    for (const f of files) {
      const m = pattern.exec(readFileSync(join(root, dir, f), 'utf8'));
      if (m) return m[1]!;
    }
    throw new Error(`${pattern} not found under ${dir}/`);
  };

  it('gives the policy of examples/csp/ and of the embed page', () => {
    const CSP_POLICY = /export const CSP_POLICY = "([^"]+)"/.exec(read('examples/csp/csp-headers.mjs'))![1]!;
    expect(text).toContain(`Content-Security-Policy: ${CSP_POLICY}`);
    const embed = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(read('examples/embed.html'))![1]!;
    expect(text).toContain(embed);
  });

  it('gives the request timeout and the lifecycle test as the code has them', () => {
    const ms = Number(source('components', /FETCH_TIMEOUT_MS = ([\d_]+)/).replace(/_/g, ''));
    expect(text).toContain(`times out after ${ms / 1000} s`);
    const cycles = Number(source('tests/browser/hardening', /const CYCLES = (\d+)/));
    expect(text).toContain(`${cycles.toLocaleString('en')} connect/disconnect cycles`);
  });
});

describe('docs/api.md', () => {
  it('names the presets the command line takes', () => {
    const cli = /--preset ([a-z0-9|]+)\]/.exec(read('docs/api.md'))![1]!.split('|');
    expect(cli.sort()).toEqual(Object.keys(presets).sort());
  });
});
