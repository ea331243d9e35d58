import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/share-chart/index.js';
import type { QdShareChart } from '../../components/share-chart/share-chart.js';
import { contrastRatio, dark, light, parseColor } from '../../components/styles/palette.js';
import type { Observation } from '../../src/types.js';
import { mountFixture as mount, restoreWarn, shadow, textOf } from './helpers/mount.js';
import { expectSnapshot } from './helpers/snapshot.js';

const FIX = '/tests/browser/fixtures';
const q = <T extends Element = Element>(el: Element, s: string): T => shadow(el).querySelector(s) as T;
const qa = (el: Element, s: string): Element[] => [...shadow(el).querySelectorAll(s)];

/** A site's (made-up) 2023 producer-services share, example.org source. */
const producer2023: Observation = {
  indicator: 'producer-services-share',
  year: 2023,
  period: 'FY',
  measure: 'share',
  value: 52.5,
  bound: 'exact',
  unit: '%',
  priceBasis: 'nominal',
  vintage: 'final',
  publisher: 'Test statistics office',
  published: '2024-03-01',
  url: 'https://example.org/producer-2023',
  reliability: 'official',
};

// Every chart renders the frozen fixture plan (tests/fixtures/frozen-plan.json), given by <qd-plan>.
describe('qd-share-chart', () => {
  afterEach(restoreWarn);

  it('shows a share as part of its named whole in zh-CN: base and target, with the status; axe light and dark', async () => {
    const { el, events, warns } = await mount<QdShareChart>(
      html`<qd-share-chart indicator="producer-services-share" theme="light"></qd-share-chart>`,
    );
    expect(q(el, '#title').textContent).to.equal('生产性服务业增加值占服务业增加值比重');
    expect(q(el, '[part="whole"]').textContent).to.equal('整体：服务业增加值 = 100%');
    expect(
      qa(el, '.bar-row').map((r) => [
        r.querySelector('.bar-label')!.textContent,
        r.querySelector('.bar-value')!.textContent,
      ]),
    ).to.deep.equal([
      ['2020年基期值', '50%'],
      ['2025年目标', '约55%'],
    ]);
    // The part is drawn on the 0-100% whole: 50 of 100 units.
    expect(q(el, '.bar-base .part').getAttribute('width')).to.equal('50');
    expect(q(el, '.bar-base rect.whole').getAttribute('width')).to.equal('100');
    expect(q(el, '#summary').textContent!.trim()).to.equal(
      '生产性服务业增加值占服务业增加值比重：2020年基期值为50%；2025年目标约55%；状态：无法评估。',
    );
    expect(events.filter((e) => e.type === 'qd-load').map((e) => e.detail)).to.deep.equal([
      { indicator: 'producer-services-share', observations: 0 },
    ]);
    expect(warns).to.have.length(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('adds the latest share in en, from a site’s observation', async () => {
    const { el } = await mount<QdShareChart>(
      html`<qd-share-chart lang="en" theme="dark" indicator="producer-services-share" .observations=${[producer2023]}></qd-share-chart>`,
    );
    expect(qa(el, '.bar-label').map((e) => e.textContent)).to.deep.equal([
      'Base, 2020',
      'Latest, 2023',
      'Target for 2025',
    ]);
    expect(qa(el, '.bar-value').map((e) => e.textContent)).to.deep.equal(['50%', '52.5%', 'about 55%']);
    expect(q(el, '[part="whole"]').textContent).to.equal('Whole: services value added = 100%');
    expect(q(el, '#summary').textContent!.trim()).to.match(
      /^Producer services .*: 50% \(Base, 2020\), 52\.5% \(Latest, 2023\); target for 2025: about 55%; status: /,
    );
    await expect(el).to.be.accessible();
  });

  it('shows several shares of one whole in composition mode, side by side and said not to add up', async () => {
    const { el, events } = await mount<QdShareChart>(
      html`<qd-share-chart indicators="producer-services-share, transport-share"></qd-share-chart>`,
    );
    expect(q(el, '#title').textContent).to.equal('占服务业增加值的比重');
    const groups = qa(el, '[part="group"]');
    expect(groups).to.have.length(2);
    expect(groups[1]!.querySelector('.group-name')!.textContent).to.include('交通运输');
    expect([...groups[1]!.querySelectorAll('.bar-value')].map((e) => e.textContent)).to.deep.equal(['14.25%', '12.5%']);
    expect(textOf(el)).to.include('各部分可能相互重叠，不能相加。');
    expect(q(el, '#summary').textContent).to.match(/^服务业增加值中：.*50%（2020年）；.*12\.5%（2020年）。$/);
    expect(events.find((e) => e.type === 'qd-load')!.detail.indicator).to.equal(
      'producer-services-share,transport-share',
    );
    await expect(el).to.be.accessible();
  });

  it('switches to the table and sources views with the keyboard', async () => {
    const { el } = await mount<QdShareChart>(
      html`<qd-share-chart indicators="services-share-of-gdp,culture-share-of-gdp"></qd-share-chart>`,
    );
    (q(el, '#tab-chart') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('tab-table');
    expect(q<HTMLElement>(el, '#panel-table').hidden).to.equal(false);
    const rows = qa(el, '#panel-table tbody tr').map((r) => r.textContent!.replace(/\s+/g, ''));
    expect(rows[0]).to.match(/^服务业增加值占地区生产总值比重2020年基期值60%/);
    expect(rows[1]).to.match(/^服务业增加值占地区生产总值比重2023年最新值63\.5%样例市统计局/);
    expect(rows.some((r) => r.includes('文化产业') && r.includes('目标') && r.includes('超过6%'))).to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.id).to.equal('tab-sources');
    expect(textOf(el)).to.include('目标出处');
    await expect(el).to.be.accessible();
  });

  it('downloads its data as CSV', async () => {
    const { el } = await mount<QdShareChart>(
      html`<qd-share-chart indicator="producer-services-share"></qd-share-chart>`,
    );
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => (blobs.push(b as Blob), 'blob:test');
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      (q(el, '[data-format="csv"]') as HTMLElement).click();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const csv = await blobs[0]!.text();
    expect(csv).to.include('indicator,whole,year,kind,value,bound,unit,publisher,published,url,plan_section');
    expect(csv).to.include('producer-services-share,services-value-added,2020,base,50,exact,%');
    expect(csv).to.include('producer-services-share,services-value-added,2025,target,55,approx,%,,,,二');
    expect(q(el, '[data-format="svg"]')).to.equal(null);
  });

  it('shows a translated error for a non-share indicator, shares of different wholes, an unknown id and a failing src', async () => {
    const level = await mount<QdShareChart>(
      html`<qd-share-chart indicator="services-trade"></qd-share-chart>`,
      'qd-error',
    );
    expect(q(level.el, '[role="alert"][part="error"]').textContent).to.include('指标“services-trade”不是比重指标');
    expect(level.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('not_a_share');
    expect(level.warns).to.have.length(1);
    expect(String(level.warns[0]![0])).to.match(
      /^\[qd-share-chart\] Indicator 'services-trade' is a flow, not a share/,
    );
    await expect(level.el).to.be.accessible();
    const mixed = await mount<QdShareChart>(
      html`<qd-share-chart lang="en" indicators="producer-services-share,culture-share-of-gdp"></qd-share-chart>`,
      'qd-error',
    );
    expect(q(mixed.el, '[role="alert"]').textContent).to.include('These indicators are not shares of one whole');
    expect(mixed.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('share_whole_mismatch');
    const unknown = await mount<QdShareChart>(
      html`<qd-share-chart indicator="producer-share"></qd-share-chart>`,
      'qd-error',
    );
    expect(unknown.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('unknown_id');
    const missing = await mount<QdShareChart>(
      html`<qd-share-chart indicator="producer-services-share" src="${FIX}/missing.json"></qd-share-chart>`,
      'qd-error',
    );
    expect(q(missing.el, '[role="alert"]').textContent).to.include('无法加载数据文件（HTTP 404）');
    expect(missing.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('src_http');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`draws bars with >= 3:1 contrast against the background (${theme})`, async () => {
      const { el } = await mount<QdShareChart>(
        html`<qd-share-chart theme=${theme} indicator="producer-services-share" .observations=${[producer2023]}></qd-share-chart>`,
      );
      const bg = getComputedStyle(q(el, 'figure')).backgroundColor;
      expect(parseColor(bg)).to.deep.equal(parseColor(theme === 'light' ? light.background : dark.background));
      const marks = {
        'whole outline': getComputedStyle(q(el, 'rect.whole')).stroke,
        'base share': getComputedStyle(q(el, '.part-base')).fill,
        'latest share': getComputedStyle(q(el, '.part-latest')).fill,
        'target outline': getComputedStyle(q(el, '.part-target')).stroke,
        'target edge': getComputedStyle(q(el, '.target-edge')).stroke,
      };
      for (const [mark, c] of Object.entries(marks))
        expect(contrastRatio(c, bg), `${mark} ${c} on ${bg}`).to.be.at.least(3);
    });
  }

  it('SVG snapshot of a bar of the fixture plan (numbers rounded to 1 decimal)', async () => {
    const { el } = await mount<QdShareChart>(
      html`<qd-share-chart indicator="producer-services-share"></qd-share-chart>`,
    );
    await expectSnapshot('share-producer-target-bar', q<SVGSVGElement>(el, '.bar-target svg.bar'));
  });
});
