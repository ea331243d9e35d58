/**
 * The placeholder heights of the editors' guide (docs/embedding.md, "Keep the
 * page still while the script loads") hold each widget's rendered height: every
 * widget with the default content the guide names, from the built CDN bundle,
 * in Chinese, in a column of 1,248 px and of 380 px (the guide's `@media
 * (max-width: 48rem)` rules), within 2 px. The heights describe the shipped
 * data (the whole plan for the table and the dashboard): a data review that
 * changes them fails here until the guide and examples/examples.css say the
 * new height (`node scripts/measure-heights.mjs` measures it). The unit test
 * tests/unit/docs/docs-facts.test.ts keeps the guide's rules and examples.css's
 * the same.
 */
import { expect } from '@open-wc/testing';
import { BUNDLE, closeFrames, notRendered, openFrame, waitFor } from './helpers.js';

/** The default content of each widget, as the guide names it. */
const CASES: readonly { tag: string; attrs: Record<string, string> }[] = [
  { tag: 'qd-target-card', attrs: { indicator: 'services-trade' } },
  { tag: 'qd-progress-bar', attrs: { indicator: 'services-trade' } },
  { tag: 'qd-trend-chart', attrs: { indicator: 'services-trade' } },
  { tag: 'qd-share-chart', attrs: { indicator: 'producer-services-share-of-services' } },
  { tag: 'qd-target-table', attrs: {} },
  { tag: 'qd-plan-dashboard', attrs: {} },
];

/** The guide's held height (px) of each widget: `wide` for the 1,248 px column, `narrow` under the media rule. */
async function guideHeights(): Promise<Map<string, { wide: number; narrow: number }>> {
  const md = await (await fetch('/docs/embedding.md')).text();
  const section = md.slice(md.indexOf('## Keep the page still'));
  const css = /```css\n([\s\S]*?)```/.exec(section)![1]!;
  const media = css.indexOf('@media (max-width: 48rem)');
  expect(media, 'the phone rules of the guide').to.be.greaterThan(0);
  const heights = new Map<string, { wide: number; narrow: number }>();
  for (const m of css.matchAll(/(qd-[a-z-]+):not\(:defined\) \{\s*min-block-size: ([\d.]+)rem;/g)) {
    const entry = heights.get(m[1]!) ?? { wide: NaN, narrow: NaN };
    entry[m.index! > media ? 'narrow' : 'wide'] = Number(m[2]) * 16;
    heights.set(m[1]!, entry);
  }
  return heights;
}

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<link rel="stylesheet" href="/examples/examples.css"></head>
<body><main id="m"></main><script type="module" src="${BUNDLE}"></script></body></html>`;

describe("distribution: the editors' placeholder heights (docs/embedding.md)", () => {
  after(closeFrames);

  for (const [name, column] of [
    ['a column of 1,248 px', 1248],
    ["a phone's column of 380 px", 380],
  ] as const) {
    it(`in ${name}, each widget renders at the height the guide holds for it`, async () => {
      const heights = await guideHeights();
      const probe = await openFrame(`srcdoc:${PAGE}`, column + 32, 800);
      const scrollbar = probe.contentWindow!.innerWidth - probe.contentDocument!.documentElement.clientWidth;
      probe.remove();
      const frame = await openFrame(`srcdoc:${PAGE}`, column + 32 + scrollbar, 800);
      const doc = frame.contentDocument!;
      const win = frame.contentWindow!;
      const main = doc.getElementById('m')!;
      expect(main.clientWidth - 32).to.equal(column);
      await waitFor(() => (win.customElements.get('qd-plan-dashboard') ? '' : 'the bundle has not run'));
      const frameTick = () => new Promise((r) => win.requestAnimationFrame(r));
      const off: string[] = [];
      for (const c of CASES) {
        const held = heights.get(c.tag)?.[column === 380 ? 'narrow' : 'wide'];
        expect(held, `a rule for ${c.tag} in the guide`).to.be.a('number').and.not.satisfy(Number.isNaN);
        const el = doc.createElement(c.tag);
        for (const [k, v] of Object.entries(c.attrs)) el.setAttribute(k, v);
        main.replaceChildren(el);
        await waitFor(() => notRendered(el));
        // The height once it holds still for a few frames (charts settle at their laid-out width).
        let last = -1;
        for (let still = 0; still < 5;) {
          await frameTick();
          const h = el.getBoundingClientRect().height;
          still = h === last ? still + 1 : 0;
          last = h;
        }
        if (Math.abs(last - held!) > 2)
          off.push(`${c.tag}: the guide holds ${held! / 16}rem, it renders at ${(last / 16).toFixed(2)}rem`);
      }
      expect(off, off.join('\n')).to.deep.equal([]);
    });
  }
});
