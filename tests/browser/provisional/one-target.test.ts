import { expect, html } from '@open-wc/testing';
import '../../../components/target-card/index.js';
import '../../../components/progress-bar/index.js';
import '../../../components/trend-chart/index.js';
import '../../../components/share-chart/index.js';
import { mountFixture as mount, restoreWarn, shadow, textOf } from '../helpers/mount.js';

const ZH_TOURISM = '暂判：滞后预期（据2024年数据，2025年数据尚未发布）';
const EN_TOURISM = 'provisional: needs acceleration as of 2024 (the 2025 figure is not published yet)';

const provisional = (el: Element) => shadow(el).querySelector('[part="provisional"]') as HTMLElement | null;
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A provisional status is drawn unlike a verdict: a dashed outline, regular weight and an hourglass icon. */
function expectProvisionalLook(el: Element): void {
  const p = provisional(el)!;
  const cs = getComputedStyle(p);
  expect(cs.borderTopStyle).to.equal('dashed');
  expect(Number(cs.fontWeight)).to.be.below(600);
  expect(p.querySelector('svg[part="provisional-icon"]')).to.not.equal(null);
  expect(p.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
}

// Tourism revenue in the fixture plan: 1200 in 2020, 1350 in 2024, 1500 by 2025, no 2025 figure yet.
describe('a provisional status in the one-target widgets (card, bar, trend chart, share chart)', () => {
  afterEach(restoreWarn);

  it('the card shows it beside the not-assessable verdict, never as one, and its sources name the method (zh-CN, axe)', async () => {
    const { el } = await mount(html`<qd-target-card indicator="tourism-income"></qd-target-card>`);
    const status = shadow(el).querySelector('[part="status"]')!;
    expect(text(status)).to.equal('无法评估');
    expect(status.className).to.include('status-not_assessable');
    expect(text(provisional(el))).to.equal(ZH_TOURISM);
    expectProvisionalLook(el);
    expect(getComputedStyle(status).borderTopStyle).to.equal('none');
    const method = shadow(el).querySelector('[part="source"] [part="method"]')!;
    expect(text(method)).to.include('评估方法：Eurostat 增长率比（eurostat）');
    expect(text(method)).to.include('方法依据：欧盟统计局可持续发展监测报告方法附录');
    await expect(el).to.be.accessible();
  });

  it('the card says it in en, with the same words as the library, and a verdict has none (axe in dark)', async () => {
    const { el } = await mount(
      html`<qd-target-card indicator="tourism-income" lang="en" theme="dark"></qd-target-card>`,
    );
    expect(text(shadow(el).querySelector('[part="status"]'))).to.equal('Not assessable');
    expect(text(provisional(el))).to.equal(EN_TOURISM);
    expect(textOf(el)).to.include('Method: Eurostat growth ratio (eurostat)');
    expect(textOf(el)).to.include('Method document: Eurostat, Sustainable development in the EU');
    await expect(el).to.be.accessible();
    const { el: port } = await mount(html`<qd-target-card indicator="port-throughput" lang="en"></qd-target-card>`);
    expect(provisional(port)).to.equal(null);
    expect(textOf(port)).to.include('Method: Eurostat growth ratio (eurostat)');
  });

  it('the progress bar’s meter ends its aria-valuetext with the provisional status, and a verdict has none (zh-CN and en, axe)', async () => {
    const meter = (el: Element) => shadow(el).querySelector('[part="meter"]')!;
    const { el } = await mount(html`<qd-progress-bar indicator="tourism-income"></qd-progress-bar>`);
    expect(meter(el).getAttribute('role')).to.equal('meter');
    const zh = meter(el).getAttribute('aria-valuetext')!;
    expect(zh).to.match(/^最新值 1,350亿元（2024年），基期值 1,200亿元（2020年），目标 /);
    expect(zh.endsWith(`；${ZH_TOURISM}`), zh).to.equal(true);
    await expect(el).to.be.accessible();
    const { el: en } = await mount(html`<qd-progress-bar indicator="tourism-income" lang="en"></qd-progress-bar>`);
    const text = meter(en).getAttribute('aria-valuetext')!;
    expect(text).to.equal(
      `latest CNY 135 billion (2024), base CNY 120 billion (2020), target reach CNY 150 billion (2025); 50% of the distance from base to target covered; ${EN_TOURISM}`,
    );
    await expect(en).to.be.accessible();
    // The card's meter says it too; a target with a verdict says no provisional status.
    const { el: card } = await mount(html`<qd-target-card indicator="tourism-income" lang="en"></qd-target-card>`);
    expect(meter(card).getAttribute('aria-valuetext')!.endsWith(`; ${EN_TOURISM}`)).to.equal(true);
    const { el: port } = await mount(html`<qd-progress-bar indicator="port-throughput" lang="en"></qd-progress-bar>`);
    expect(meter(port).getAttribute('aria-valuetext')).to.not.include('provisional');
  });

  it('the progress bar says it under the bar, and nothing where there is none (zh-CN and en, axe)', async () => {
    const { el } = await mount(html`<qd-progress-bar indicator="tourism-income"></qd-progress-bar>`);
    expect(text(provisional(el))).to.equal(ZH_TOURISM);
    expectProvisionalLook(el);
    await expect(el).to.be.accessible();
    const { el: en } = await mount(
      html`<qd-progress-bar indicator="tourism-income" lang="en" no-legend></qd-progress-bar>`,
    );
    expect(text(provisional(en))).to.equal(EN_TOURISM);
    await expect(en).to.be.accessible();
    const { el: none } = await mount(html`<qd-progress-bar indicator="services-trade"></qd-progress-bar>`);
    expect(provisional(none)).to.equal(null);
  });

  it('the trend chart shows it under its summary and names the method in its sources view (zh-CN and en, axe)', async () => {
    const { el } = await mount(html`<qd-trend-chart indicator="services-value-added"></qd-trend-chart>`);
    expect(text(shadow(el).querySelector('#summary'))).to.match(/状态：无法评估。$/);
    expect(text(provisional(el))).to.equal('暂判：基本符合或快于预期（据2023年数据，2025年数据尚未发布）');
    expectProvisionalLook(el);
    await expect(el).to.be.accessible();
    const { el: en } = await mount(
      html`<qd-trend-chart indicator="tourism-income" lang="en" view="sources"></qd-trend-chart>`,
    );
    expect(text(provisional(en))).to.equal(EN_TOURISM);
    const method = shadow(en).querySelector('[part="sources"] [part="method"]')!;
    expect(text(method)).to.include('Method: Eurostat growth ratio (eurostat)');
    await expect(en).to.be.accessible();
  });

  it('the share chart shows it under its summary and names the method in its sources view (zh-CN and en, axe)', async () => {
    const { el } = await mount(
      html`<qd-share-chart indicator="services-share-of-gdp" view="sources"></qd-share-chart>`,
    );
    expect(text(provisional(el))).to.equal('暂判：基本符合或快于预期（据2023年数据，2025年数据尚未发布）');
    expectProvisionalLook(el);
    expect(text(shadow(el).querySelector('[part="sources"] [part="method"]'))).to.include(
      '评估方法：Eurostat 增长率比（eurostat）',
    );
    await expect(el).to.be.accessible();
    const { el: en } = await mount(html`<qd-share-chart indicator="services-share-of-gdp" lang="en"></qd-share-chart>`);
    expect(text(provisional(en))).to.equal('provisional: on track as of 2023 (the 2025 figure is not published yet)');
    await expect(en).to.be.accessible();
  });
});
