import { expect, html } from '@open-wc/testing';
import '../../../components/target-table/index.js';
import '../../../components/plan-dashboard/index.js';
import type { QdTargetTable } from '../../../components/target-table/target-table.js';
import type { QdPlanDashboard } from '../../../components/plan-dashboard/plan-dashboard.js';
import { scorecard } from '../../../src/scorecard.js';
import { fixturePlan } from '../helpers/fixture-plan.js';
import { mountFixture as mount, restoreWarn, shadow } from '../helpers/mount.js';

const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rowOf = (el: Element, name: string) =>
  [...shadow(el).querySelectorAll('tbody tr')].find((tr) => text(tr.querySelector('th')) === name)!;
const itemOf = (el: Element, name: string) =>
  [...shadow(el).querySelectorAll('.item')].find((li) => text(li.querySelector('.name')) === name)!;
const items = (el: Element) => [...shadow(el).querySelectorAll('.item .name')].map((b) => text(b));

async function filterStatus(el: QdPlanDashboard, value: string): Promise<void> {
  const select = shadow(el).querySelector('#f-status') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

// The fixture plan has four provisional statuses (three on track as of 2023, tourism revenue behind as of 2024).
describe('a provisional status in the table and the dashboard', () => {
  afterEach(restoreWarn);

  it('the table shows each beside its not-assessable verdict, writes it after the status in the CSV, and names the method in the sources (zh-CN, axe)', async () => {
    const { el } = await mount<QdTargetTable>(html`<qd-target-table></qd-target-table>`);
    const card = scorecard({ plan: await fixturePlan() });
    const withProvisional = card.entries.filter((e) => e.provisional).map((e) => e.target.name.zh);
    expect(withProvisional).to.deep.equal(['服务业增加值', '服务业比重', '服务业集聚区', '旅游总收入']);
    const shown = [...shadow(el).querySelectorAll('tbody tr')].filter((tr) => tr.querySelector('[part="provisional"]'));
    expect(shown.map((tr) => text(tr.querySelector('th')))).to.deep.equal(withProvisional);
    const tourism = rowOf(el, '旅游总收入');
    expect(text(tourism.querySelector('[part="status"]'))).to.equal('无法评估');
    expect(text(tourism.querySelector('[part="provisional"]'))).to.equal(
      '暂判：滞后预期（据2024年数据，2025年数据尚未发布）',
    );
    expect(getComputedStyle(tourism.querySelector('[part="provisional"]')!).borderTopStyle).to.equal('dashed');
    const csv = el.csvData();
    const row = csv.rows.find((r) => r[0] === '旅游总收入')!;
    expect(row[4]).to.equal('无法评估 (暂无可判定的目标年份数据) · 暂判：滞后预期（据2024年数据，2025年数据尚未发布）');
    expect(csv.rows.find((r) => r[0] === '港口集装箱吞吐量')![4]).to.equal('提前实现');
    expect(text(tourism.querySelector('[part="sources"] [part="method"]'))).to.include(
      '评估方法：Eurostat 增长率比（eurostat）',
    );
    await expect(el).to.be.accessible();
  });

  it('the table says it in en (axe in dark)', async () => {
    const { el } = await mount<QdTargetTable>(html`<qd-target-table lang="en" theme="dark"></qd-target-table>`);
    const tourism = rowOf(el, 'Tourism revenue');
    expect(text(tourism.querySelector('[part="status"]'))).to.equal('Not assessable');
    expect(text(tourism.querySelector('[part="provisional"]'))).to.equal(
      'provisional: needs acceleration as of 2024 (the 2025 figure is not published yet)',
    );
    expect(el.csvData().rows.find((r) => r[0] === 'Tourism revenue')![4]).to.equal(
      'Not assessable (No target-year figure that decides) · provisional: needs acceleration as of 2024 (the 2025 figure is not published yet)',
    );
    expect(text(tourism.querySelector('[part="method"]'))).to.include('Method: Eurostat growth ratio (eurostat)');
    await expect(el).to.be.accessible();
  });

  it('the table sorted by status puts provisional rows first among the not-assessable ones, by that status, in a stable order (en, axe)', async () => {
    const { el } = await mount<QdTargetTable>(html`<qd-target-table lang="en"></qd-target-table>`);
    const names = () => [...shadow(el).querySelectorAll('tbody tr > th')].map((th) => text(th));
    const verdicts = ['Port container throughput', 'Technology contract turnover, growth 2020-2025'];
    // On track as of 2023 (in the plan's order), then needs acceleration as of 2024.
    const provisional = ['Services value added', 'Services share of GDP', 'Service clusters', 'Tourism revenue'];
    // Not assessable without a provisional status, in the plan's order.
    const none = [
      'Services trade',
      'Producer services share of services value added',
      'New service innovation centres',
      'Logistics value added',
      'Finance value added',
      'Software revenue, average annual growth',
      'Exhibitions held each year',
      'Visitor spending, average annual growth',
      'Cultural industries share of GDP',
    ];
    el.sortBy('status', 'ascending');
    await el.updateComplete;
    expect(names()).to.deep.equal([...verdicts, ...provisional, ...none]);
    // Descending reverses the groups (moving away before on track), ties keep the plan's order.
    el.sortBy('status', 'descending');
    await el.updateComplete;
    expect(names()).to.deep.equal([...none, 'Tourism revenue', ...provisional.slice(0, 3), ...verdicts]);
    // The same again: the order is stable.
    el.sortBy('status', 'descending');
    await el.updateComplete;
    expect(names()).to.deep.equal([...none, 'Tourism revenue', ...provisional.slice(0, 3), ...verdicts]);
    expect(el.csvData().rows.map((r) => r[0])).to.deep.equal(names());
    await expect(el).to.be.accessible();
  });

  it('the dashboard counts provisional statuses only in a sentence of the not-assessable tile and after the summary (zh-CN, axe)', async () => {
    const { el } = await mount<QdPlanDashboard>(html`<qd-plan-dashboard></qd-plan-dashboard>`);
    expect(el.counts).to.include({
      achieved: 2,
      onTrack: 0,
      behind: 0,
      notAchieved: 0,
      notAssessable: 13,
      provisional: 4,
    });
    const tile = shadow(el).querySelector('.tile-not_assessable')!;
    expect(text(tile.querySelector('.tile-count'))).to.equal('13项');
    expect(text(tile.querySelector('.tile-provisional'))).to.equal('其中4项有暂判。');
    expect(text(shadow(el).querySelector('.tile-behind .tile-count'))).to.equal('0项');
    expect(text(shadow(el).querySelector('.tile-on_track .tile-count'))).to.equal('0项');
    expect(text(shadow(el).querySelector('[part="summary"]'))).to.equal(
      '截至2025年，15项目标中2项已实现（均为提前实现），13项因缺少数据无法评估。无法评估的目标中，4项依据此前年份的数据有暂判，不计入以上统计。',
    );
    const tourism = itemOf(el, '旅游总收入');
    expect(text(tourism.querySelector('[part="status"]'))).to.equal('无法评估');
    expect(text(tourism.querySelector('[part="provisional"]'))).to.equal(
      '暂判：滞后预期（据2024年数据，2025年数据尚未发布）',
    );
    expect(text(shadow(el).querySelector('[part="header"] [part="method"]'))).to.include(
      '评估方法：Eurostat 增长率比（eurostat）',
    );
    await expect(el).to.be.accessible();
  });

  it('the dashboard’s status filters never put a provisional status among achieved, on track, behind or not achieved', async () => {
    const { el } = await mount<QdPlanDashboard>(html`<qd-plan-dashboard></qd-plan-dashboard>`);
    await filterStatus(el, 'achieved');
    expect(items(el)).to.deep.equal(['港口集装箱吞吐量', '技术合同成交额增长']);
    for (const status of ['on_track', 'behind', 'not_achieved']) {
      await filterStatus(el, status);
      expect(items(el), status).to.deep.equal([]);
    }
    await filterStatus(el, 'not_assessable');
    expect(items(el)).to.have.length(13);
    expect(items(el)).to.include.members(['服务业增加值', '服务业比重', '服务业集聚区', '旅游总收入']);
    expect(shadow(el).querySelectorAll('.item [part="provisional"]')).to.have.length(4);
  });

  it('the dashboard says it in en (axe in dark)', async () => {
    const { el } = await mount<QdPlanDashboard>(html`<qd-plan-dashboard lang="en" theme="dark"></qd-plan-dashboard>`);
    expect(text(shadow(el).querySelector('.tile-not_assessable .tile-provisional'))).to.equal(
      '4 of them have a provisional status.',
    );
    expect(text(shadow(el).querySelector('[part="summary"]'))).to.equal(
      'As of 2025, of the 15 targets, 2 have been achieved (both early) and 13 cannot be assessed for lack of data. Of the targets not assessed, 4 have a provisional status from earlier data, not counted above.',
    );
    expect(text(itemOf(el, 'Tourism revenue').querySelector('[part="provisional"]'))).to.equal(
      'provisional: needs acceleration as of 2024 (the 2025 figure is not published yet)',
    );
    expect(text(shadow(el).querySelector('[part="method"]'))).to.include('Method: Eurostat growth ratio (eurostat)');
    await expect(el).to.be.accessible();
  });
});
