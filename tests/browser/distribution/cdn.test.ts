/**
 * The BUILT single-file CDN bundle (dist/cdn/qingdao-services-plan.min.js), not
 * the sources: in a plain page (imported by URL, elements created as a page
 * would) and in examples/cms.html, the page a CMS editor pastes (only the
 * bundle and tags, under a strict CSP with Trusted Types enforced).
 */
import { expect } from '@open-wc/testing';
import {
  BUNDLE,
  TAGS,
  axeIn,
  closeFrames,
  describeViolations,
  notRendered,
  openFrame,
  shadowText,
  targetName,
  waitFor,
  waitForWidgets,
} from './helpers.js';

const INDICATOR: Record<string, string | null> = {
  'qd-target-card': 'services-trade',
  'qd-progress-bar': 'port-container-throughput',
  'qd-trend-chart': 'port-container-throughput',
  'qd-share-chart': 'producer-services-share-of-services',
  'qd-target-table': null,
  'qd-plan-dashboard': null,
};

describe('distribution: the CDN bundle in a plain page', () => {
  let lib: Record<string, unknown>;
  before(async () => {
    const url = BUNDLE;
    lib = await import(/* @vite-ignore */ url);
  });
  afterEach(() => {
    for (const el of document.querySelectorAll('.cdn-host')) el.remove();
  });

  it('exports the library for any plan, loads the bundled plan, and registers its elements', async () => {
    type Card = { entries: unknown[]; totals: Record<string, number> };
    const plan = await (lib.loadBundledPlan as () => Promise<{ targets: unknown[] }>)();
    expect(plan.targets).to.be.an('array').with.lengthOf.above(0);
    const card = (lib.scorecardOf as (o: unknown) => Card)({ plan });
    expect(card.entries).to.have.length(plan.targets.length);
    expect(lib.planFromJson).to.be.a('function');
    expect(lib.defineElement).to.be.a('function');
    expect(customElements.get('qd-target-card')).to.equal(lib.QdTargetCard);
    expect(customElements.get('qd-plan')).to.equal(lib.QdPlan);
  });

  for (const tag of TAGS) {
    it(`<${tag}> renders the plan's data in zh-CN and en, light and dark, and passes axe`, async () => {
      expect(customElements.get(tag), `<${tag}> is not registered by the CDN bundle`).to.be.a('function');
      const host = document.createElement('div');
      host.className = 'cdn-host';
      const els: HTMLElement[] = [];
      for (const [lang, theme] of [
        ['zh-CN', 'light'],
        ['en', 'dark'],
      ] as const) {
        const el = document.createElement(tag);
        if (INDICATOR[tag]) el.setAttribute('indicator', INDICATOR[tag]!);
        el.setAttribute('lang', lang);
        el.setAttribute('theme', theme);
        host.append(el);
        els.push(el);
      }
      document.body.append(host);
      await waitFor(() => els.map((el) => notRendered(el)).find(Boolean) ?? '');
      expect(shadowText(els[0]!)).to.match(/[\u4e00-\u9fff]/);
      expect(shadowText(els[1]!)).to.not.equal(shadowText(els[0]!));
      for (const el of els) await expect(el).to.be.accessible();
    });
  }

  it('loading the bundle a second time warns instead of throwing', async () => {
    const warns: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warns.push(args);
    try {
      await import(/* @vite-ignore */ `${BUNDLE}?again`);
    } finally {
      console.warn = original;
    }
    expect(warns.length).to.be.greaterThan(0);
    expect(String(warns[0]![0])).to.match(/qd-/);
  });
});

describe('distribution: examples/cms.html (only the bundle and tags)', () => {
  afterEach(closeFrames);

  it('renders every widget with data under a strict CSP with Trusted Types', async () => {
    const frame = await openFrame('/examples/cms.html', 1100, 900);
    const doc = frame.contentDocument!;
    // (the dev server adds its own /__web-dev-server__web-socket.js)
    const scripts = [...doc.querySelectorAll('script')]
      .map((s) => s.getAttribute('src'))
      .filter((src) => !src?.includes('__web-dev-server'));
    expect(scripts).to.deep.equal(['../dist/cdn/qingdao-services-plan.min.js']);
    expect(doc.querySelectorAll('script:not([src])')).to.have.length(0);
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).to.include(
      "require-trusted-types-for 'script'",
    );
    await waitForWidgets(doc);
    // The bundled plan, by design: its cards are titled with their targets' names, in each section's language.
    const zh = doc.querySelector('qd-target-card')!;
    expect(shadowText(zh)).to.include((await targetName(zh.getAttribute('indicator')!)).zh);
    const en = doc.querySelector('section[lang="en"] qd-target-card')!;
    expect(shadowText(en)).to.include((await targetName(en.getAttribute('indicator')!)).en);
  });

  it('requests nothing but the bundle: widgets already in the page use its whole plan, not a per-indicator module', async () => {
    const frame = await openFrame('/examples/cms.html', 1100, 900);
    await waitForWidgets(frame.contentDocument!);
    const requested = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname);
    expect(requested.filter((p) => p.includes('by-indicator') || p.includes('/data/'))).to.deep.equal([]);
    expect(requested.filter((p) => p.endsWith('.js') && !p.includes('__web-dev-server'))).to.deep.equal([
      '/dist/cdn/qingdao-services-plan.min.js',
    ]);
  });

  for (const [name, column] of [
    ['a column of 1,248 px', 1248],
    ["a phone's column of 380 px", 380],
  ] as const) {
    it(`in ${name}, each widget's place is held at its rendered height (nothing moves), and widgets keep space between them`, async () => {
      // The same page without the bundle: the widgets stay undefined, holding the heights of examples.css.
      const source = await (await fetch('/examples/cms.html')).text();
      const withoutBundle = source
        .replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '')
        .replace(/<script type="module" src="[^"]*qingdao-services-plan\.min\.js"><\/script>/, '')
        .replace('<head>', '<head><base href="/examples/cms.html">')
        .replace('href="./examples.css"', 'href="/examples/examples.css"');
      expect(withoutBundle).to.not.include('qingdao-services-plan.min.js');
      // The frame is as wide as a page whose <main> has that column (plus the frame's scrollbar, if it takes room).
      const probe = await openFrame(`srcdoc:${withoutBundle}`, column + 32, 800);
      const scrollbar = probe.contentWindow!.innerWidth - probe.contentDocument!.documentElement.clientWidth;
      probe.remove();
      const widgets = (doc: Document) =>
        [...doc.querySelectorAll('main *')].filter((e) => e.localName.startsWith('qd-'));
      const boxes = (doc: Document) =>
        widgets(doc).map((e) => {
          const r = e.getBoundingClientRect();
          return { tag: e.outerHTML.replace(/><\/.*$/s, '>'), top: r.top + doc.defaultView!.scrollY, height: r.height };
        });
      const held = await openFrame(`srcdoc:${withoutBundle}`, column + 32 + scrollbar, 800);
      expect(held.contentDocument!.querySelector('main')!.clientWidth - 32).to.equal(column);
      expect(
        widgets(held.contentDocument!).every((e) => !held.contentWindow!.customElements.get(e.localName)),
      ).to.equal(true);
      const before = boxes(held.contentDocument!);

      const frame = await openFrame('/examples/cms.html', column + 32 + scrollbar, 800);
      const doc = frame.contentDocument!;
      await waitForWidgets(doc);
      await new Promise((r) => setTimeout(r, 300));
      const after = boxes(doc);
      expect(after.map((b) => b.tag)).to.deep.equal(before.map((b) => b.tag));
      const moved = after
        .map((b, i) => ({ ...b, held: before[i]!.height, heldTop: before[i]!.top }))
        .filter((b) => Math.abs(b.height - b.held) > 2 || Math.abs(b.top - b.heldTop) > 2)
        .map(
          (b) =>
            `${b.tag}: held ${(b.held / 16).toFixed(2)}rem at ${Math.round(b.heldTop)}, rendered ${(b.height / 16).toFixed(2)}rem at ${Math.round(b.top)}`,
        );
      // The heights examples/examples.css holds are those of the bundled plan's content, by design: a data
      // change that changes what a widget of this page shows (a status, a longer value) moves it.
      expect(
        moved,
        `${moved.join('\n')}\nThe page moved: set the heights these widgets hold in examples/examples.css to their rendered heights.`,
      ).to.deep.equal([]);
      // Space after every widget (the progress bar's legend used to touch the trend chart).
      const all = [...doc.querySelectorAll('main *')].filter(
        (e) => e.localName.startsWith('qd-') || /^h[1-3]$/.test(e.localName),
      );
      for (const [i, el] of all.entries()) {
        const next = all[i + 1];
        if (!el.localName.startsWith('qd-') || !next) continue;
        const gap = next.getBoundingClientRect().top - el.getBoundingClientRect().bottom;
        expect(gap, `space between <${el.localName}> and <${next.localName}>`).to.be.at.least(16);
      }
      const bar = doc.querySelector('qd-progress-bar')!;
      const style = (el: Element) => doc.defaultView!.getComputedStyle(el);
      expect(style(bar).marginBlockEnd).to.equal(style(doc.querySelector('qd-trend-chart')!).marginBlockEnd);
    });
  }

  it('passes axe (the same markup, without the CSP so that axe can be loaded)', async () => {
    const source = await (await fetch('/examples/cms.html')).text();
    const withoutCsp = source
      .replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, '')
      .replace('<head>', '<head><base href="/examples/cms.html">')
      // (absolute: the preload scanner of a srcdoc frame resolves the stylesheet before <base> applies)
      .replace('href="./examples.css"', 'href="/examples/examples.css"');
    expect(withoutCsp).to.not.include('Content-Security-Policy"');
    const frame = await openFrame(`srcdoc:${withoutCsp}`, 1100, 900);
    await waitForWidgets(frame.contentDocument!);
    const violations = await axeIn(frame);
    expect(violations, describeViolations(violations)).to.have.length(0);
  });
});
