/**
 * How the chart widgets render: once, at the width they are laid out at (the first update waits for
 * the host's first ResizeObserver report, in the frame it is laid out, before paint); sensibly when
 * never laid out (display: none, removed at once); and with the table and sources views built only
 * while open (tabs keep their ARIA, the SVG download works from any view). The widgets render the
 * frozen fixture plan (given by <qd-plan>), except the first test, which is about loading a part of
 * the bundled plan on demand.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/trend-chart/index.js';
import '../../components/share-chart/index.js';
import '../../components/progress-bar/index.js';
import { QdTrendChart } from '../../components/trend-chart/trend-chart.js';
import { QdProgressBar } from '../../components/progress-bar/progress-bar.js';
import type { QdShareChart } from '../../components/share-chart/share-chart.js';
import { targets as bundledTargets } from '../../src/data.js';
import { fixturePlan } from './helpers/fixture-plan.js';
import { fixtureProvider, mountFixture as mount, restoreWarn, shadow, waitForEvent } from './helpers/mount.js';

type Lit = HTMLElement & { updateComplete: Promise<boolean> };
const q = <T extends Element = Element>(el: Element, s: string): T => shadow(el).querySelector(s) as T;
// Counted, not compared as elements (a failed assertion on a DOM node is slow to report).
const count = (el: Element, s: string): number => shadow(el).querySelectorAll(s).length;
const frames = (n: number) =>
  new Promise<void>((r) => {
    const step = (k: number) => (k ? requestAnimationFrame(() => step(k - 1)) : r());
    step(n);
  });
const viewBoxWidth = (svg: Element | null): number => Number(svg?.getAttribute('viewBox')?.split(' ')[2]);

/** Counts `update()` calls per element of `cls` until `restore()`. */
function countUpdates(cls: { prototype: object }): { counts: Map<Element, number>; restore: () => void } {
  const proto = cls.prototype as { update(c: unknown): void };
  const own = Object.getOwnPropertyDescriptor(proto, 'update');
  const original = proto.update;
  const counts = new Map<Element, number>();
  proto.update = function (this: Element, c: unknown) {
    counts.set(this, (counts.get(this) ?? 0) + 1);
    original.call(this, c);
  };
  return {
    counts,
    restore: () => (own ? Object.defineProperty(proto, 'update', own) : delete (proto as Partial<typeof proto>).update),
  };
}

/** Every node (elements, text, comments) in `root` and the shadow roots under it. */
function nodeCount(root: Node): number {
  let n = 1;
  for (const c of root.childNodes) n += nodeCount(c);
  if (root instanceof Element && root.shadowRoot) n += nodeCount(root.shadowRoot);
  return n;
}

/** A `<qd-plan>` giving the fixture plan, on the page (in `parent`) once the plan is ready. */
async function readyProvider(parent: HTMLElement = document.body): Promise<HTMLElement> {
  const provider = fixtureProvider();
  const events: CustomEvent[] = [];
  provider.addEventListener('qd-load', (e) => events.push(e as CustomEvent));
  parent.append(provider);
  await waitForEvent(events, 'qd-load');
  return provider;
}

/**
 * Appends the widgets `make()` returns to a fresh box of `style` holding a `<qd-plan>` with the
 * fixture plan (loaded first, so that frames count rendering only); resolves when all have updated,
 * with the frames that took.
 */
async function place(
  style: string,
  make: () => Lit[],
): Promise<{ box: HTMLElement; els: Lit[]; framesToRender: number }> {
  const box = document.createElement('div');
  box.setAttribute('style', style);
  document.body.append(box);
  const provider = await readyProvider(box);
  provider.style.display = 'block';
  let seen = 0;
  let counting = true;
  const tick = () => {
    seen++;
    if (counting) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const els = make();
  provider.append(...els);
  await Promise.all(els.map((e) => e.updateComplete));
  counting = false;
  return { box, els, framesToRender: seen };
}

describe('chart widgets: the first render waits for the data module imported on demand', () => {
  afterEach(() => restoreWarn());

  it('a trend chart whose indicator data is not loaded yet renders once, with its data, not a placeholder first; axe clean', async () => {
    const { counts, restore } = countUpdates(QdTrendChart);
    try {
      // The bundled plan, no <qd-plan>: the chart imports its indicator's part of the bundled data.
      const box = document.createElement('div');
      box.style.width = '480px';
      document.body.append(box);
      const el = Object.assign(document.createElement('qd-trend-chart'), {
        indicator: bundledTargets.at(-1)!.indicator,
      }) as Lit;
      box.append(el);
      await el.updateComplete;
      await frames(2);
      expect(counts.get(el)).to.equal(1);
      expect(count(el, 'svg.plot-svg')).to.equal(1);
      await expect(el).to.be.accessible();
      box.remove();
    } finally {
      restore();
    }
  });
});

describe('chart widgets: one render at the right width', () => {
  let boxes: HTMLElement[] = [];
  let targets: { indicator: string }[] = [];
  before(async () => {
    targets = [...(await fixturePlan()).targets];
  });
  afterEach(() => {
    restoreWarn();
    boxes.forEach((b) => b.remove());
    boxes = [];
  });

  for (const [label, boxStyle, elStyle, view] of [
    ['480 px boxes', 'width: 480px', '', ''],
    ['a 300 px box: narrow padding', 'width: 300px', '', ''],
    [
      '900 px, themed --qd-space-3: 2rem and --qd-border-width: 3px',
      'width: 900px',
      '--qd-space-3: 2rem; --qd-border-width: 3px',
      '',
    ],
    ['a 640 px box, table view first', 'width: 640px', '', 'table'],
  ] as const) {
    it(`renders each trend chart of the plan once, drawn at its plot's width, once it is laid out (${label})`, async () => {
      const { counts, restore } = countUpdates(QdTrendChart);
      try {
        const { box, els, framesToRender } = await place(boxStyle, () =>
          targets.map((tg) => {
            const el = Object.assign(document.createElement('qd-trend-chart'), {
              indicator: tg.indicator,
              ...(view ? { view } : {}),
            });
            el.setAttribute('style', elStyle);
            return el as Lit;
          }),
        );
        boxes.push(box);
        expect(els.length).to.be.at.least(10);
        // Each renders in a task of its own once laid out (the page paints between charts), so the
        // charts take a few frames, not one long one; still each renders once, at its width.
        expect(framesToRender).to.be.at.least(1);
        await frames(3);
        expect(els.map((e) => counts.get(e))).to.deep.equal(els.map(() => 1));
        if (view) {
          // The chart view, opened, is already drawn at its width: one update (the tab), no re-layout.
          (q(els[0]!, '#tab-chart') as HTMLElement).click();
          await frames(2);
          await els[0]!.updateComplete;
          expect(counts.get(els[0]!)).to.equal(2);
        }
        const width = Math.round(q(els[0]!, '.plot').getBoundingClientRect().width);
        expect(width).to.be.above(250);
        for (const el of els)
          expect(viewBoxWidth(q(el, 'svg.plot-svg')), (el as QdTrendChart).indicator).to.equal(width);
      } finally {
        restore();
      }
    });
  }

  it('renders a progress bar once, its track as wide as the host', async () => {
    const { counts, restore } = countUpdates(QdProgressBar);
    try {
      const { box, els } = await place('width: 517px', () => [
        Object.assign(document.createElement('qd-progress-bar'), { indicator: 'services-trade' }) as Lit,
      ]);
      boxes.push(box);
      await frames(3);
      expect(counts.get(els[0]!)).to.equal(1);
      // Drawn in fractions of its box (no viewBox, nothing measured): as wide as the host less 10 px each side.
      expect(q(els[0]!, 'svg.track').hasAttribute('viewBox')).to.equal(false);
      expect(Math.round(q(els[0]!, 'svg.track').getBoundingClientRect().width)).to.equal(497);
    } finally {
      restore();
    }
  });

  it('renders a chart that is not displayed with the fallback width, and re-lays it when shown', async () => {
    const { box, els } = await place('width: 700px; display: none', () => [
      Object.assign(document.createElement('qd-trend-chart'), { indicator: 'services-trade' }) as Lit,
    ]);
    boxes.push(box);
    const el = els[0]!;
    expect(viewBoxWidth(q(el, 'svg.plot-svg'))).to.equal(320);
    box.style.display = 'block';
    await frames(2);
    await el.updateComplete;
    expect(viewBoxWidth(q(el, 'svg.plot-svg'))).to.equal(Math.round(q(el, '.plot').getBoundingClientRect().width));
    expect(viewBoxWidth(q(el, 'svg.plot-svg'))).to.be.above(600);
  });

  it('renders a chart removed before it was laid out (updateComplete resolves, nothing is left pending)', async () => {
    const provider = await readyProvider();
    boxes.push(provider);
    const el = Object.assign(document.createElement('qd-trend-chart'), { indicator: 'port-throughput' }) as Lit;
    provider.append(el);
    el.remove();
    const done = await Promise.race([
      el.updateComplete.then(() => 'rendered'),
      new Promise((r) => setTimeout(() => r('timed out'), 2000)),
    ]);
    expect(done).to.equal('rendered');
    expect(viewBoxWidth(q(el, 'svg.plot-svg'))).to.equal(320);
    // Connected again, it is measured and re-laid.
    const box = document.createElement('div');
    box.style.width = '560px';
    provider.append(box);
    box.append(el);
    await frames(2);
    await el.updateComplete;
    expect(viewBoxWidth(q(el, 'svg.plot-svg'))).to.equal(Math.round(q(el, '.plot').getBoundingClientRect().width));
  });
});

describe('trend chart: tick labels', () => {
  afterEach(restoreWarn);

  it('follow a change of language and width: one text per tick, y labels with dy, year labels without', async () => {
    const { el } = await mount<QdTrendChart>(
      html`<div style="width: 900px"><qd-trend-chart indicator="services-trade"></qd-trend-chart></div>`,
    );
    const labels = () =>
      [...shadow(el).querySelectorAll('.axes > text.tick')].map(
        (t) => `${t.getAttribute('text-anchor')}${t.hasAttribute('dy') ? '+dy' : ''} ${t.textContent}`,
      );
    const zh = labels();
    expect(zh.filter((l) => l.startsWith('end+dy ')).map((l) => l.slice(7))).to.include.members([
      '800亿元',
      '1,100亿元',
    ]);
    expect(zh.filter((l) => l.startsWith('middle '))).to.deep.equal(
      ['2020年', '2021年', '2022年', '2023年', '2024年', '2025年'].map((y) => `middle ${y}`),
    );
    expect(zh.every((l) => l.startsWith('end+dy ') || l.startsWith('middle '))).to.equal(true);
    el.setAttribute('lang', 'en');
    el.parentElement!.style.width = '300px';
    await frames(2);
    await el.updateComplete;
    const en = labels();
    expect(en.filter((l) => l.startsWith('end+dy ')).map((l) => l.slice(7))).to.include('CNY 110 billion');
    const years = en.filter((l) => l.startsWith('middle '));
    expect(years.length).to.be.within(2, 5);
    expect(years.at(-1)).to.equal('middle 2025');
    expect(en.every((l) => l.startsWith('end+dy ') || l.startsWith('middle '))).to.equal(true);
    expect(count(el, '.axes > text')).to.equal(en.length);
  });
});

describe('chart widgets: views built while open', () => {
  afterEach(restoreWarn);

  it('trend chart: no table or sources panel until opened; tabs point only at panels that exist; axe-clean', async () => {
    const { el } = await mount<QdTrendChart>(
      html`<div style="width: 640px"><qd-trend-chart indicator="port-throughput"></qd-trend-chart></div>`,
    );
    const controls = () => [...shadow(el).querySelectorAll('[role="tab"]')].map((t) => t.getAttribute('aria-controls'));
    const panels = () =>
      [...shadow(el).querySelectorAll('[role="tabpanel"]')].map(
        (p) => `${p.id}${(p as HTMLElement).hidden ? ' hidden' : ''}`,
      );
    expect(panels()).to.deep.equal(['panel-chart']);
    expect(controls()).to.deep.equal(['panel-chart', null, null]);
    expect(count(el, 'table')).to.equal(0);
    // (the chart of five points and its controls only: the table and sources views are not built)
    expect(nodeCount(shadow(el))).to.be.below(200);
    (q(el, '#tab-chart') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(panels()).to.deep.equal(['panel-chart hidden', 'panel-table']);
    expect(controls()).to.deep.equal(['panel-chart', 'panel-table', null]);
    expect(q(el, '#panel-table').getAttribute('aria-labelledby')).to.equal('tab-table');
    expect(q(el, '#panel-table tbody th').textContent).to.equal('2020年');
    await expect(el).to.be.accessible();
    // The SVG download still finds the (hidden) chart.
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    const create = URL.createObjectURL;
    URL.createObjectURL = () => 'blob:test';
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      (q(el, '[data-format="svg"]') as HTMLElement).click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
      URL.createObjectURL = create;
    }
    expect(names).to.deep.equal(['port-throughput-chart.svg']);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(panels()).to.deep.equal(['panel-chart hidden', 'panel-sources']);
    expect(count(el, 'table')).to.equal(0);
    expect(q(el, '#panel-sources q').textContent).to.include('集装箱');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(panels()).to.deep.equal(['panel-chart']);
    expect(shadow(el).activeElement?.id).to.equal('tab-chart');
  });

  it('share chart: the table is built when its tab is clicked, and goes when the chart is shown again', async () => {
    const { el } = await mount<QdShareChart>(
      html`<qd-share-chart indicator="producer-services-share"></qd-share-chart>`,
    );
    expect(count(el, '#panel-table')).to.equal(0);
    expect(q(el, '#panel-chart').getAttribute('tabindex')).to.equal('0');
    (q(el, '#tab-table') as HTMLElement).click();
    await el.updateComplete;
    expect(q(el, '#tab-table').getAttribute('aria-controls')).to.equal('panel-table');
    expect(count(el, '#panel-table tbody tr')).to.be.above(0);
    await expect(el).to.be.accessible();
    (q(el, '#tab-chart') as HTMLElement).click();
    await el.updateComplete;
    expect(count(el, '#panel-table')).to.equal(0);
    expect((q(el, '#panel-chart') as HTMLElement).hidden).to.equal(false);
  });
});
