import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../components/trend-chart/index.js';
import type { QdTrendChart } from '../../components/trend-chart/trend-chart.js';
import { contrastRatio, dark, light, parseColor } from '../../components/styles/palette.js';
import { fixturePlan } from './helpers/fixture-plan.js';
import { mountFixture as mount, restoreWarn, shadow, textOf, waitForEvent } from './helpers/mount.js';
import { trade2023 } from './helpers/sample.js';
import { expectSnapshot } from './helpers/snapshot.js';

const FIX = '/tests/browser/fixtures';
const q = <T extends Element = Element>(el: Element, s: string): T => shadow(el).querySelector(s) as T;
const qa = (el: Element, s: string): Element[] => [...shadow(el).querySelectorAll(s)];
const svgOf = (el: Element): SVGSVGElement => q<SVGSVGElement>(el, 'svg.plot-svg');
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/** Waits until the chart has re-rendered at its measured width. */
async function settle(el: QdTrendChart): Promise<void> {
  await frame();
  await el.updateComplete;
}

// Every chart renders the frozen fixture plan (tests/fixtures/frozen-plan.json), given by <qd-plan>.
describe('qd-trend-chart', () => {
  afterEach(async () => {
    restoreWarn();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('draws observations in zh-CN: the points, the target as a labelled mark, the summary; axe light and dark', async () => {
    const { el, events, warns } = await mount<QdTrendChart>(
      html`<div style="width: 640px"><qd-trend-chart indicator="port-throughput" theme="light"></qd-trend-chart></div>`,
    );
    await settle(el);
    expect(q(el, '#title').textContent).to.equal('港口集装箱吞吐量');
    expect(q(el, '#summary').textContent!.trim()).to.equal(
      '港口集装箱吞吐量从2020年的2,000万TEU变为2024年的2,600万TEU；2025年目标超过2,500万TEU；状态：提前实现。',
    );
    expect(q(el, 'figure').getAttribute('aria-labelledby')).to.equal('title');
    expect(q(el, '.target-label').textContent).to.equal('目标 超过2,500万TEU');
    expect(qa(el, '.pt')).to.have.length(5);
    expect(qa(el, '.pt').at(-1)!.getAttribute('aria-label')).to.equal(
      '2024年：2,600万TEU（样例市统计局，2025年3月1日发布 (本站数据)）',
    );
    expect(q(el, '.pt circle.mk-observed')).to.not.equal(null);
    // Intl-formatted ticks, in the plan's units.
    expect(qa(el, '.axes text').map((t) => t.textContent)).to.include.members([
      '2,000万TEU',
      '2,800万TEU',
      '2020年',
      '2025年',
    ]);
    expect(events.filter((e) => e.type === 'qd-load').map((e) => e.detail)).to.deep.equal([
      { indicator: 'port-throughput', observations: el.data!.view.observations.length },
    ]);
    expect(warns).to.have.length(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('draws base, required path and target with no observation after the base, in en, and says so', async () => {
    const { el } = await mount<QdTrendChart>(
      html`<div lang="en" style="width: 640px"><qd-trend-chart indicator="services-trade" theme="dark"></qd-trend-chart></div>`,
    );
    await settle(el);
    expect(el.locale).to.equal('en');
    expect(q(el, '#summary').textContent!.trim()).to.equal(
      'Services trade was CNY 80 billion in 2020, with no data since; target for 2025: reach CNY 110 billion; status: Not assessable.',
    );
    const { model } = el.data!;
    expect(model.base).to.include({ year: 2020, value: 800 });
    // Compound path from the base (requiredCagr 6.576% a year): 800 * 1.06576^k.
    expect(model.required!.kind).to.equal('geometric');
    expect(model.required!.points.map((p) => Math.round(p.value * 10) / 10)).to.deep.equal([
      800, 852.6, 908.7, 968.4, 1032.1, 1100,
    ]);
    expect(model.projection).to.equal(null);
    expect(q(el, '.ln-required')).to.not.equal(null);
    expect(q(el, '.pt rect.mk-base')).to.not.equal(null);
    expect(textOf(el)).to.include('No data after 2020 yet.');
    expect(q(el, '.target-label').textContent).to.equal('Target: reach CNY 110 billion');
    expect(qa(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal([
      'Base',
      'Path required to reach the target',
      'Target',
    ]);
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('draws the observed line and the projection at the observed rate from a site’s observation', async () => {
    const { el } = await mount<QdTrendChart>(
      html`<div style="width: 640px"><qd-trend-chart indicator="services-trade" .observations=${[trade2023]}></qd-trend-chart></div>`,
    );
    await settle(el);
    const { model, view } = el.data!;
    expect(model.points.map((p) => [p.year, p.kind])).to.deep.equal([
      [2020, 'base'],
      [2023, 'observed'],
    ]);
    // Projection: 1000.5 grown at the observed rate (800 -> 1000.5 over 3 years: 7.740% a year) to 2025.
    expect(view.assessment.ratios.actualRate).to.be.closeTo(0.0774, 1e-4);
    expect(model.projection!.map((p) => p.year)).to.deep.equal([2023, 2024, 2025]);
    expect(q(el, '.ln-observed')).to.not.equal(null);
    expect(q(el, '.ln-projection')).to.not.equal(null);
    expect(q(el, '#summary').textContent).to.include(
      '服务进出口额从2020年的800亿元变为2023年的1,000.5亿元；2025年目标达到1,100亿元；状态：',
    );
  });

  it('draws a share with a straight required path, and the target label with its qualifier', async () => {
    const { el } = await mount<QdTrendChart>(
      html`<div style="width: 640px"><qd-trend-chart indicator="producer-services-share"></qd-trend-chart></div>`,
    );
    await settle(el);
    const { model } = el.data!;
    expect(model.required).to.deep.equal({
      kind: 'linear',
      points: [
        { year: 2020, value: 50 },
        { year: 2025, value: 55 },
      ],
    });
    expect(q(el, '.target-label').textContent).to.equal('目标 约55%');
    expect(q(el, '.pt').getAttribute('aria-label')).to.equal('2020年（基期）：50%（规划原文 一）');
    await expect(el).to.be.accessible();
  });

  it('draws bounds, part-year figures and growth rates distinctly, with legend entries', async () => {
    const bound = await mount<QdTrendChart>(html`<qd-trend-chart indicator="innovation-centres"></qd-trend-chart>`);
    expect(bound.el.data!.model.points.map((p) => [p.year, p.kind, p.value])).to.deep.equal([
      [2020, 'base', 0],
      [2022, 'bound', 3],
    ]);
    expect(q(bound.el, '.pt-bound .mk-hollow')).to.not.equal(null);
    expect(q(bound.el, '.pt-bound .mk-caret')).to.not.equal(null);
    expect(textOf(bound.el)).to.include('下限值（至少／超过）');
    const part = await mount<QdTrendChart>(
      html`<qd-trend-chart lang="en" indicator="finance-value-added"></qd-trend-chart>`,
    );
    expect(part.el.data!.model.points.map((p) => [p.year, p.kind, p.period])).to.deep.equal([[2020, 'part', 'H1']]);
    expect(q(part.el, '.pt').getAttribute('aria-label')).to.match(/^2020 H1: CNY 40 billion \(样例日报, published/);
    expect(textOf(part.el)).to.include('Part-year figure');
    expect(textOf(part.el)).to.include('The plan gives no base value');
    const rate = await mount<QdTrendChart>(html`<qd-trend-chart indicator="visitor-spending"></qd-trend-chart>`);
    const m = rate.el.data!.model;
    expect(m.scale).to.equal('rate');
    expect(m.required!.kind).to.equal('reference');
    expect(m.points.map((p) => [p.year, p.kind, p.bound])).to.deep.equal([[2025, 'yoy', 'at_least']]);
    expect(textOf(rate.el)).to.include('此目标是增速');
    expect(textOf(rate.el)).to.include('目标（参考线）');
  });

  it('renders every target of the plan without an error', async () => {
    const { targets } = await fixturePlan();
    expect(targets.length).to.be.at.least(10);
    for (const tg of targets) {
      const { el, events, warns } = await mount<QdTrendChart>(
        html`<qd-trend-chart indicator=${tg.indicator}></qd-trend-chart>`,
      );
      expect(
        events.some((e) => e.type === 'qd-error'),
        tg.indicator,
      ).to.equal(false);
      expect(warns, tg.indicator).to.have.length(0);
      expect(svgOf(el), tg.indicator).to.not.equal(null);
      expect(q(el, '.target-label').textContent, tg.indicator).to.match(/^目标 /);
      // (each chart leaves the page: a page of charts would put the next one far below the viewport, where it waits)
      el.remove();
    }
  });

  it('moves across points with arrow keys, Home and End, announces them, and fires qd-select on Enter and Space', async () => {
    const { el, events } = await mount<QdTrendChart>(
      html`<div style="width: 640px"><qd-trend-chart indicator="services-trade" .observations=${[trade2023]}></qd-trend-chart></div>`,
    );
    await settle(el);
    const svg = svgOf(el);
    expect(svg.getAttribute('tabindex')).to.equal('0');
    expect(svg.getAttribute('role')).to.equal('group');
    svg.focus();
    expect(svg.getAttribute('aria-activedescendant')).to.equal('pt-1');
    const live = q(el, '[aria-live="polite"]');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal('pt-0');
    expect(live.textContent).to.equal('2020年（基期）：800亿元（规划原文 一）');
    expect(q(el, '#pt-0').classList.contains('active')).to.equal(true);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(live.textContent).to.equal('2023年：1,000.5亿元（Test publisher，2024年2月1日发布 (本站数据)）');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(svg.getAttribute('aria-activedescendant')).to.equal('pt-0');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: ' ' });
    const picks = events.filter((e) => e.type === 'qd-select');
    expect(picks.map((e) => e.detail)).to.deep.equal([
      { indicator: 'services-trade', year: 2023 },
      { indicator: 'services-trade', year: 2020 },
    ]);
    expect(picks[0]!.bubbles && picks[0]!.composed).to.equal(true);
  });

  it('announces the port’s points with their sources, in en too', async () => {
    const zh = await mount<QdTrendChart>(html`<qd-trend-chart indicator="port-throughput"></qd-trend-chart>`);
    svgOf(zh.el).focus();
    await sendKeys({ press: 'End' });
    await zh.el.updateComplete;
    expect(q(zh.el, '#live').textContent).to.match(/^2024年：2,600万TEU（样例市统计局，2025年3月1日发布/);
    const en = await mount<QdTrendChart>(html`<qd-trend-chart lang="en" indicator="port-throughput"></qd-trend-chart>`);
    svgOf(en.el).focus();
    await sendKeys({ press: 'Home' });
    await en.el.updateComplete;
    expect(q(en.el, '#live').textContent).to.equal('2020 (base): 20 million TEU (Plan, section 一)');
    await sendKeys({ press: 'End' });
    await en.el.updateComplete;
    expect(q(en.el, '#live').textContent).to.match(/^2024: 26 million TEU \(样例市统计局, published Mar 1, 2025/);
  });

  it('switches views with tabs: arrow keys, Home/End and clicks; panels are labelled by their tabs', async () => {
    const { el } = await mount<QdTrendChart>(html`<qd-trend-chart indicator="port-throughput"></qd-trend-chart>`);
    const tabs = qa(el, '[role="tab"]') as HTMLElement[];
    expect(q(el, '[role="tablist"]').getAttribute('aria-label')).to.equal('视图');
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
    expect(tabs.map((t) => t.tabIndex)).to.deep.equal([0, -1, -1]);
    tabs[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('tab-table');
    expect(q<HTMLElement>(el, '#panel-table').hidden).to.equal(false);
    expect(q<HTMLElement>(el, '#panel-chart').hidden).to.equal(true);
    expect(q(el, '#panel-table').getAttribute('aria-labelledby')).to.equal('tab-table');
    expect(qa(el, '#panel-table table th[scope="row"]').map((th) => th.textContent)).to.deep.equal([
      '2020年',
      '2021年',
      '2022年',
      '2023年',
      '2024年',
      '2025年',
    ]);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('tab-sources');
    expect(textOf(el)).to.include('目标出处');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('tab-chart');
    (q(el, '#tab-table') as HTMLElement).click();
    await el.updateComplete;
    expect(q(el, '#tab-table').getAttribute('aria-selected')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('uses the author’s summary from the attribute or the slot instead of the automatic one', async () => {
    const attr = await mount<QdTrendChart>(
      html`<qd-trend-chart indicator="services-trade" summary="作者写的摘要。"></qd-trend-chart>`,
    );
    expect(q(attr.el, '#summary').textContent).to.equal('作者写的摘要。');
    const slot = await mount<QdTrendChart>(
      html`<qd-trend-chart indicator="services-trade"><span slot="summary">Slotted summary.</span></qd-trend-chart>`,
    );
    const s = q<HTMLSlotElement>(slot.el, 'slot[name="summary"]');
    expect(s.assignedNodes().map((n) => n.textContent)).to.deep.equal(['Slotted summary.']);
  });

  it('downloads its data as CSV and its chart as SVG', async () => {
    const { el } = await mount<QdTrendChart>(
      html`<qd-trend-chart indicator="services-trade" .observations=${[trade2023]}></qd-trend-chart>`,
    );
    const blobs: Blob[] = [];
    const names: string[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    try {
      (q(el, '[data-format="csv"]') as HTMLElement).click();
      (q(el, '[data-format="svg"]') as HTMLElement).click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['services-trade-data.csv', 'services-trade-chart.svg']);
    const csv = await blobs[0]!.text();
    expect(csv).to.include('indicator,year,period,kind,value,bound,unit,publisher,published,url,plan_section');
    expect(csv).to.include('services-trade,2020,FY,base,800,exact,亿元');
    expect(csv).to.include(
      'services-trade,2023,FY,observed,1000.5,exact,亿元,Test publisher,2024-02-01,https://example.org/trade-2023',
    );
    expect(csv).to.include('services-trade,2025,FY,target,1100,reach,亿元');
    const svgText = await blobs[1]!.text();
    expect(svgText).to.match(/^<\?xml/);
    expect(svgText).to.include('xmlns="http://www.w3.org/2000/svg"');
    expect(svgText).to.include('--qd-color-current: #1f5fa8');
    expect(svgText).to.include('.ln-required');
    // A well-formed XML file: one xmlns declaration on the root, no parser error.
    expect(svgText.match(/<svg[^>]*>/)![0].match(/ xmlns=/g)).to.have.length(1);
    expect(new DOMParser().parseFromString(svgText, 'image/svg+xml').querySelector('parsererror')).to.equal(null);
  });

  it('draws its plot, legend, tabs and downloads without a Lit marker per mark, and keeps its elements on an update', async () => {
    const { el } = await mount<QdTrendChart>(html`<qd-trend-chart indicator="port-throughput"></qd-trend-chart>`);
    await settle(el);
    const count = (type: number): number => {
      const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_ALL);
      let n = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === type) n++;
      return n;
    };
    // The base class's markers (notices, content), the status and the other view's panel: not one per mark or tab.
    expect(count(Node.COMMENT_NODE)).to.be.at.most(7);
    expect(qa(el, '#panel-chart svg.plot-svg, .tab, .download')).to.have.length(1 + 3 + 2);
    const tab = q<HTMLElement>(el, '#tab-table');
    const first = q(el, '.pt');
    svgOf(el).focus();
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(q(el, '.pt')).to.equal(first);
    expect(q(el, '#tab-table')).to.equal(tab);
    await expect(el).to.be.accessible();
  });

  it('shows a translated error for an unknown indicator and for a src that fails (404)', async () => {
    const unknown = await mount<QdTrendChart>(
      html`<qd-trend-chart indicator="port-container-throughpt"></qd-trend-chart>`,
      'qd-error',
    );
    expect(q(unknown.el, '[role="alert"][part="error"]').textContent).to.include('未知指标“port-container-throughpt”');
    expect(unknown.events.filter((e) => e.type === 'qd-error').map((e) => e.detail.code)).to.deep.equal(['unknown_id']);
    expect(unknown.warns).to.have.length(1);
    expect(String(unknown.warns[0]![0])).to.match(/^\[qd-trend-chart\] Unknown indicator id/);
    await expect(unknown.el).to.be.accessible();
    const missing = await mount<QdTrendChart>(
      html`<qd-trend-chart lang="en" indicator="services-trade" src="${FIX}/missing.json"></qd-trend-chart>`,
      'qd-error',
    );
    expect(q(missing.el, '[role="alert"]').textContent).to.include('Could not load the data file (HTTP 404)');
    expect(missing.events.find((e) => e.type === 'qd-error')!.detail).to.include({ code: 'src_http' });
    expect(missing.warns).to.have.length(1);
    const none = await mount<QdTrendChart>(html`<qd-trend-chart indicator="gdp"></qd-trend-chart>`, 'qd-error');
    expect(none.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('no_target');
  });

  it('reads a src and re-lays the chart when the host is resized', async () => {
    const { el, events } = await mount<QdTrendChart>(
      html`<div style="width: 900px"><qd-trend-chart indicator="services-trade" src="${FIX}/obs.json"></qd-trend-chart></div>`,
    );
    await waitForEvent(events, 'qd-load');
    await settle(el);
    const box = el.parentElement!;
    const wide = svgOf(el).getAttribute('viewBox');
    const wideTicks = qa(el, '.axes text[text-anchor="middle"]').length;
    expect(wide).to.match(/^0 0 8\d\d 300$/);
    box.style.width = '340px';
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    const narrow = svgOf(el).getAttribute('viewBox');
    expect(narrow).to.match(/^0 0 3\d\d 300$/);
    expect(narrow).to.not.equal(wide);
    expect(qa(el, '.axes text[text-anchor="middle"]').length).to.be.below(wideTicks);
    box.style.width = '160px';
    await new Promise((r) => setTimeout(r, 100));
    await settle(el);
    expect(svgOf(el).getAttribute('viewBox')).to.equal('0 0 240 300');
  });

  it('reserves its height while src loads (no layout shift)', async () => {
    // A src on a slow server: it is still loading when the chart first renders (the plan has arrived).
    const realFetch = window.fetch;
    window.fetch = (input, init) =>
      String(input).endsWith('/slow/obs.json')
        ? new Promise((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
          )
        : realFetch(input, init);
    try {
      const { el } = await mount<QdTrendChart>(
        html`<div style="width: 640px"><qd-trend-chart indicator="services-trade" src="/slow/obs.json"></qd-trend-chart></div>`,
        null,
      );
      const placeholder = q<HTMLElement>(el, '.placeholder');
      expect(placeholder).to.not.equal(null);
      expect(placeholder.getBoundingClientRect().height).to.be.at.least(300);
      el.remove();
    } finally {
      window.fetch = realFetch;
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`draws lines and marks with >= 3:1 contrast against the background (${theme})`, async () => {
      const { el } = await mount<QdTrendChart>(
        html`<qd-trend-chart theme=${theme} indicator="services-trade" .observations=${[trade2023, { ...trade2023, year: 2022, value: 950, bound: 'at_least' }]}></qd-trend-chart>`,
      );
      const bg = getComputedStyle(q(el, 'figure')).backgroundColor;
      expect(parseColor(bg)).to.deep.equal(parseColor(theme === 'light' ? light.background : dark.background));
      const colour = (s: string, p: 'stroke' | 'fill') => {
        const mark = q(el, s);
        if (!mark) throw new Error(`no ${s} drawn`);
        return getComputedStyle(mark)[p];
      };
      const marks: Record<string, string> = {
        'observed line': colour('.ln-observed', 'stroke'),
        'required path': colour('.ln-required', 'stroke'),
        projection: colour('.ln-projection', 'stroke'),
        'observed point': colour('.mk-observed', 'fill'),
        'base point': colour('.mk-base', 'fill'),
        'bound point': colour('.mk-hollow', 'stroke'),
        'bound caret': colour('.mk-caret', 'stroke'),
        'target ring': colour('.mk-target-ring', 'stroke'),
        'target label': colour('.target-label', 'fill'),
        'axis ticks': colour('.tick', 'fill'),
      };
      for (const [mark, c] of Object.entries(marks))
        expect(contrastRatio(c, bg), `${mark} ${c} on ${bg}`).to.be.at.least(3);
    });
  }

  describe('SVG snapshots of the fixture plan (numbers rounded to 1 decimal)', () => {
    const cases = [
      [
        'trend-port-zh',
        html`<div style="width: 640px"><qd-trend-chart indicator="port-throughput" theme="light"></qd-trend-chart></div>`,
      ],
      [
        'trend-services-trade-en',
        html`<div style="width: 480px" lang="en"><qd-trend-chart indicator="services-trade" .observations=${[trade2023]}></qd-trend-chart></div>`,
      ],
      [
        'trend-producer-share-zh',
        html`<div style="width: 640px"><qd-trend-chart indicator="producer-services-share"></qd-trend-chart></div>`,
      ],
      [
        'trend-visitor-spending-rate-zh',
        html`<div style="width: 360px"><qd-trend-chart indicator="visitor-spending"></qd-trend-chart></div>`,
      ],
    ] as const;
    for (const [name, tpl] of cases) {
      it(name, async () => {
        const { el } = await mount<QdTrendChart>(tpl);
        await settle(el);
        await expectSnapshot(name, svgOf(el));
      });
    }
  });
});
