// The bench's hand-written floor of the trend chart (bench/charts/floor.js) must draw what the
// widget draws, or "ours / floor" in `npm run bench` compares unlike things (issue 18).
import { expect, html } from '@open-wc/testing';
import '../../components/trend-chart/index.js';
import type { QdTrendChart } from '../../components/trend-chart/trend-chart.js';
import { catalog } from '../../components/i18n/zh-CN.js';
import { formatTarget, formatValue } from '../../components/views/format.js';
import { chartHtml, floorData, render } from '../../bench/charts/floor.js';
import { mountFixture as mount, shadow } from './helpers/mount.js';

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const texts = (root: ParentNode, s: string): string[] => [...root.querySelectorAll(s)].map((t) => t.textContent ?? '');

describe('the bench floor of the trend chart', () => {
  it('draws the same tick labels, points, target label and legend as <qd-trend-chart> for a series; both pass axe', async () => {
    const { el } = await mount<QdTrendChart>(
      html`<div style="width: 480px"><qd-trend-chart indicator="port-throughput" theme="light"></qd-trend-chart></div>`,
    );
    await frame();
    await el.updateComplete;
    const ours = shadow(el);
    const width = Number(ours.querySelector('svg.plot-svg')!.getAttribute('viewBox')!.split(' ')[2]);
    const { view, model } = el.data!;
    const d = floorData(view, model, catalog, { formatValue, formatTarget });

    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).innerHTML = chartHtml(d, width);
    el.parentElement!.after(host);
    const floor = host.shadowRoot!;

    const oursTicks = texts(ours, '.axes text');
    expect(oursTicks).to.include.members(['2,000万TEU', '2020年', '2025年']);
    expect(texts(floor, '.axes text')).to.deep.equal(oursTicks);
    expect(floor.querySelectorAll('.pt')).to.have.length(ours.querySelectorAll('.pt').length);
    expect(floor.querySelectorAll('.pt')).to.have.length(5);
    expect(texts(floor, '.target-label')).to.deep.equal(texts(ours, '.target-label'));
    expect(texts(floor, '.legend li')).to.deep.equal(texts(ours, '.legend li'));
    await expect(el).to.be.accessible();
    await expect(host).to.be.accessible();
    host.remove();
  });

  it('renders each chart into its own shadow root in a 480 px box; axe', async () => {
    const main = document.createElement('main');
    document.body.append(main);
    const d = {
      indicator: 'x',
      name: '示例',
      unit: '%',
      years: [2020, 2025],
      required: null,
      target: { year: 2025, value: 55 },
      label: '目标 约55%',
      labelParts: ['目标 约', ''],
      targetValue: 55,
      points: [{ year: 2020, value: 53.7, kind: 'base', bound: 'exact' }],
      projection: null,
      includeZero: false,
      integer: false,
      legend: [
        ['base', '基期值'],
        ['target', '目标'],
      ],
    };
    const el = render(main, d);
    expect(el.shadowRoot!.querySelector('figcaption')!.textContent).to.equal('示例');
    expect(texts(el.shadowRoot!, '.target-label')).to.deep.equal(['目标 约55%']);
    expect((el.parentElement as HTMLElement).style.width).to.equal('480px');
    await expect(el).to.be.accessible();
    main.remove();
  });
});
