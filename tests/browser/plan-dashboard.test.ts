import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/plan-dashboard/index.js';
import type { QdPlanDashboard } from '../../components/plan-dashboard/plan-dashboard.js';
import { scorecardCounts } from '../../components/views/scorecard-view.js';
import { scorecard } from '../../src/scorecard.js';
import type { Observation } from '../../src/types.js';
import { fixturePlan } from './helpers/fixture-plan.js';
import { mountFixture as mount, restoreWarn, shadow, textOf } from './helpers/mount.js';

const FIX = '/tests/browser/fixtures';

const tiles = (el: Element) =>
  Object.fromEntries(
    [...shadow(el).querySelectorAll('[part="count"]')].map((li) => [
      li.className.replace(/.*tile-/, ''),
      li.querySelector('.tile-count')!.textContent,
    ]),
  );
const items = (el: Element) => [...shadow(el).querySelectorAll('.item .name')].map((b) => b.textContent!.trim());
const select = (el: Element, id: string) => shadow(el).querySelector(`#f-${id}`) as HTMLSelectElement;
const summary = (el: Element) => shadow(el).querySelector('[part="summary"]')!.textContent;
const shownText = (el: Element) => shadow(el).querySelector('.shown[role="status"]')!.textContent;
const headings = (el: Element) =>
  [...shadow(el).querySelectorAll('[role="heading"]')].map(
    (h) => `${h.getAttribute('aria-level')} ${h.textContent!.trim()}`,
  );

// Every dashboard renders the frozen fixture plan (tests/fixtures/frozen-plan.json), given by <qd-plan>.
describe('qd-plan-dashboard', () => {
  afterEach(restoreWarn);

  it('leads with the end-of-plan scorecard in zh-CN: counts match scorecard(), the summary, every target; axe in light and dark', async () => {
    const { el, events, warns } = await mount<QdPlanDashboard>(
      html`<qd-plan-dashboard theme="light"></qd-plan-dashboard>`,
    );
    const plan = await fixturePlan();
    const card = scorecard({ plan });
    expect(el.counts).to.deep.equal(scorecardCounts(card));
    expect(card.totals.achieved).to.equal(2);
    expect(card.totals.not_assessable).to.equal(13);
    expect(tiles(el)).to.deep.equal({
      achieved: '2项',
      on_track: '0项',
      behind: '0项',
      not_achieved: '0项',
      not_assessable: '13项',
    });
    expect(shadow(el).querySelector('.tile-achieved')!.textContent).to.include('其中提前实现 2 项');
    // "No data" is said as such, with its own icon, never as a failure.
    const na = shadow(el).querySelector('.tile-not_assessable')!;
    expect(na.textContent).to.include('无法评估');
    expect(na.textContent).to.include('缺少数据，不等于未实现');
    expect(na.querySelector('svg.icon')).to.not.equal(null);
    expect(summary(el)).to.equal(
      '截至2025年，15项目标中2项已实现（均为提前实现），13项因缺少数据无法评估。无法评估的目标中，4项依据此前年份的数据有暂判，不计入以上统计。',
    );
    expect(items(el)).to.have.length(plan.targets.length);
    expect(shownText(el)).to.equal('显示15项目标');
    // The title, the dimensions' and the industries' sections, each dimension, each industry under its group.
    const h = headings(el);
    expect(h[0]).to.equal('2 规划目标完成情况截至2025年');
    expect(h.filter((x) => x.startsWith('3 '))).to.have.length(2);
    expect(h.filter((x) => x.startsWith('4 ') || x.startsWith('5 '))).to.deep.equal([
      '4 规模',
      '4 质量',
      '4 开放',
      '4 生产性服务业',
      '5 现代物流',
      '5 现代金融',
      '5 软件信息',
      '5 科技服务',
      '5 商务会展',
      '4 生活性服务业',
      '5 精品旅游',
      '5 文化创意',
      '5 医养健康',
    ]);
    const port = [...shadow(el).querySelectorAll('.item')].find((li) => li.textContent!.includes('港口集装箱吞吐量'))!;
    expect(port.textContent!.replace(/\s+/g, ' '))
      .to.include('超过2,500万TEU')
      .and.include('2,600万TEU（2024年）')
      .and.include('提前实现');
    expect(events.filter((e) => e.type === 'qd-load')).to.have.length(1);
    expect(warns).to.have.length(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders in en with its summary sentence, and passes axe in dark and light', async () => {
    const { el } = await mount<QdPlanDashboard>(
      html`<div lang="en"><qd-plan-dashboard theme="dark"></qd-plan-dashboard></div>`,
    );
    expect(summary(el)).to.equal(
      'As of 2025, of the 15 targets, 2 have been achieved (both early) and 13 cannot be assessed for lack of data. Of the targets not assessed, 4 have a provisional status from earlier data, not counted above.',
    );
    expect(shadow(el).querySelector('.tile-achieved')!.textContent).to.include('2 of them early');
    expect(textOf(el)).to.include('Technology contract turnover, growth 2020-2025');
    expect(textOf(el)).to.include('26 million TEU (2024)');
    expect(textOf(el)).to.include('No data; not a failure');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('filters by keyboard: status and industry selects change the targets shown and the live count', async () => {
    const { el } = await mount<QdPlanDashboard>(html`<qd-plan-dashboard></qd-plan-dashboard>`);
    expect(shadow(el).querySelector('fieldset legend')!.textContent).to.equal('筛选');
    expect(shadow(el).querySelector('label[for="f-status"]')!.textContent).to.equal('状态');
    select(el, 'status').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select(el, 'status').value).to.equal('achieved');
    expect(items(el)).to.deep.equal(['港口集装箱吞吐量', '技术合同成交额增长']);
    expect(shownText(el)).to.equal('显示2项目标');
    // No dimension holds an achieved target: the dimensions' section is gone.
    expect(headings(el).filter((x) => x.startsWith('3 '))).to.have.length(1);
    expect(headings(el)).to.not.include('4 规模');
    select(el, 'industry').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select(el, 'industry').value).to.equal('logistics');
    expect(items(el)).to.deep.equal(['港口集装箱吞吐量']);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(items(el)).to.deep.equal([]);
    expect(shownText(el)).to.equal('没有符合筛选条件的目标。');
    (shadow(el).querySelector('.clear') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.have.length((await fixturePlan()).targets.length);
    expect(select(el, 'status').value).to.equal('');
    expect(shadow(el).activeElement).to.equal(select(el, 'dimension'));
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select(el, 'dimension').value).to.equal('scale');
    expect(items(el)).to.deep.equal(['服务业增加值', '服务业比重', '服务业集聚区']);
    await expect(el).to.be.accessible();
  });

  it('fires qd-select with indicator and year from a target’s name (Enter) and a click on its card', async () => {
    const { el, events } = await mount<QdPlanDashboard>(html`<qd-plan-dashboard lang="en"></qd-plan-dashboard>`);
    const button = [...shadow(el).querySelectorAll('.item .name')].find(
      (b) => b.textContent === 'Technology contract turnover, growth 2020-2025',
    ) as HTMLButtonElement;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const sel = events.filter((e) => e.type === 'qd-select');
    expect(sel).to.have.length(1);
    expect(sel[0]!.detail).to.deep.equal({ indicator: 'technology-contracts', year: 2024 });
    const trade = [...shadow(el).querySelectorAll('.item')].find((li) =>
      li.textContent!.includes('Services trade'),
    ) as HTMLElement;
    trade.querySelector('dl')!.click();
    expect(events.filter((e) => e.type === 'qd-select')[1]!.detail).to.deep.equal({
      indicator: 'services-trade',
      year: null,
    });
  });

  it('respects as-of and merges a site’s observations from src; counts match scorecard() with them', async () => {
    const plan = await fixturePlan();
    for (const year of [2021, 2023]) {
      const { el } = await mount<QdPlanDashboard>(html`<qd-plan-dashboard as-of=${year}></qd-plan-dashboard>`);
      expect(el.counts).to.deep.equal(scorecardCounts(scorecard({ plan, asOf: year })));
      expect(summary(el)).to.match(new RegExp(`^截至${year}年，15项目标中`));
      // (off the page: a page of dashboards would put the next one far below the viewport, where it waits)
      el.remove();
    }
    const { el } = await mount<QdPlanDashboard>(
      html`<qd-plan-dashboard lang="en" as-of="2024" src="${FIX}/obs.json"></qd-plan-dashboard>`,
    );
    const own = ((await (await fetch(`${FIX}/obs.json`)).json()) as { observations: Observation[] }).observations;
    const card = scorecard({ plan, asOf: 2024, observations: own });
    expect(el.counts).to.deep.equal(scorecardCounts(card));
    // The site's 2024 services trade (1050亿元) puts one more target on track than the plan's own data.
    expect(scorecard({ plan, asOf: 2024 }).totals.on_track).to.equal(3);
    expect(card.totals.on_track).to.equal(4);
    expect(tiles(el)['on_track']).to.equal('4');
    expect(summary(el)).to.include('4 are on track');
  });

  it('lets an author replace the summary, and lays out within 320 px (en, the longer texts)', async () => {
    const { el } = await mount<QdPlanDashboard>(
      html`<div lang="en"><qd-plan-dashboard summary="Our own summary."></qd-plan-dashboard></div>`,
    );
    expect(summary(el)).to.equal('Our own summary.');
    (el.parentElement as HTMLElement).style.width = '320px';
    await new Promise((r) => requestAnimationFrame(r));
    const host = el.getBoundingClientRect();
    expect(host.width).to.equal(320);
    for (const part of shadow(el).querySelectorAll('.head, .tile, fieldset, select, .item')) {
      expect(part.getBoundingClientRect().right, part.className || part.localName).to.be.at.most(host.right + 0.5);
    }
  });

  it('shows errors for a src that fails (404) and an out-of-range as-of, with one warning and qd-error each', async () => {
    const { el, events, warns } = await mount<QdPlanDashboard>(
      html`<qd-plan-dashboard lang="en" src="${FIX}/missing.json"></qd-plan-dashboard>`,
      'qd-error',
    );
    expect(shadow(el).querySelector('[role="alert"][part="error"]')!.textContent).to.include(
      'Could not load the data file (HTTP 404)',
    );
    expect(events.find((e) => e.type === 'qd-error')!.detail).to.include({ code: 'src_http' });
    expect(warns).to.have.length(1);
    expect(events.some((e) => e.type === 'qd-load')).to.equal(false);
    await expect(el).to.be.accessible();
    const asOf = await mount<QdPlanDashboard>(html`<qd-plan-dashboard as-of="2019"></qd-plan-dashboard>`, 'qd-error');
    expect(asOf.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('as_of_range');
    expect(textOf(asOf.el)).to.include('as-of 须为 2020 至 2025 之间的年份');
  });
});
