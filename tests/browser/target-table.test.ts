import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/target-table/index.js';
import type { QdTargetTable } from '../../components/target-table/target-table.js';
import { scorecard } from '../../src/scorecard.js';
import type { Observation } from '../../src/types.js';
import { fixturePlan } from './helpers/fixture-plan.js';
import { mountFixture as mount, restoreWarn, shadow, textOf } from './helpers/mount.js';
import { trade2023 } from './helpers/sample.js';

const FIX = '/tests/browser/fixtures';

const bodyRows = (el: Element) => [...shadow(el).querySelectorAll('tbody tr')] as HTMLTableRowElement[];
const names = (el: Element) => bodyRows(el).map((tr) => tr.querySelector('th')!.textContent!.trim());
const rowOf = (el: Element, name: string) =>
  bodyRows(el).find((tr) => tr.querySelector('th')!.textContent!.trim() === name)!;
const cells = (tr: HTMLTableRowElement) => [...tr.children].map((c) => c.textContent!.replace(/\s+/g, ' ').trim());
const header = (el: Element, col: string) => shadow(el).querySelector(`thead th.col-${col}`)!;

/** Captures the Blob of the next download (URL.createObjectURL stubbed for the duration of `act`). */
async function captureDownload(act: () => void): Promise<{ blob: Blob; name: string }> {
  const original = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let blob: Blob | null = null;
  let name = '';
  URL.createObjectURL = (b: Blob | MediaSource) => ((blob = b as Blob), 'blob:captured');
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    name = this.download;
  };
  try {
    act();
  } finally {
    URL.createObjectURL = original;
    HTMLAnchorElement.prototype.click = click;
  }
  if (!blob) throw new Error('no Blob was created');
  return { blob, name };
}

/** Parses the CSV the widget writes (BOM, CRLF, quoted cells). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// Every table renders the frozen fixture plan (tests/fixtures/frozen-plan.json), given by <qd-plan>.
describe('qd-target-table', () => {
  afterEach(restoreWarn);

  it('renders every target with the scorecard’s statuses in zh-CN, and passes axe in light and dark', async () => {
    const { el, events, warns } = await mount<QdTargetTable>(html`<qd-target-table theme="light"></qd-target-table>`);
    const plan = await fixturePlan();
    const card = scorecard({ plan, asOf: 2025 });
    expect(bodyRows(el)).to.have.length(plan.targets.length);
    expect(names(el)).to.deep.equal(card.entries.map((e) => e.target.name.zh));
    expect(shadow(el).querySelector('caption')!.textContent).to.equal('规划全部目标（按2025年评估）');
    const port = cells(rowOf(el, '港口集装箱吞吐量'));
    expect(port[1]).to.equal('2,000万TEU（2020年）');
    expect(port[2]).to.equal('超过2,500万TEU');
    expect(port[3]).to.equal('2,600万TEU（2024年）');
    expect(port[4]).to.match(/^提前实现/);
    expect(port[5]).to.equal('已达到目标');
    expect(cells(rowOf(el, '技术合同成交额增长'))[4]).to.match(/^提前实现/);
    const trade = cells(rowOf(el, '服务进出口额'));
    expect(trade[1]).to.equal('800亿元（2020年）');
    expect(trade[3]).to.equal('—无');
    expect(trade[5]).to.equal('6.6%（自2020年起）');
    expect(trade[4]).to.include('暂无可判定的目标年份数据');
    const statuses = bodyRows(el).map((tr) => tr.querySelector('[part="status"]')!.textContent!.trim());
    expect(statuses.filter((s) => s === '无法评估')).to.have.length(13);
    expect(statuses.filter((s) => s === '提前实现')).to.have.length(2);
    // Every row's status is the scorecard's, and the status is an icon plus text.
    el.rows.forEach((r, i) => expect(r.view.assessment.status).to.equal(card.entries[i]!.status));
    expect(rowOf(el, '港口集装箱吞吐量').querySelector('[part="status"] svg.icon')).to.not.equal(null);
    expect(events.filter((e) => e.type === 'qd-load')).to.have.length(1);
    expect(events.find((e) => e.type === 'qd-load')!.detail.indicator).to.equal(null);
    expect(warns).to.have.length(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('renders in en with the evidence’s publisher, date and link, and the plan quote, in a sources details', async () => {
    const { el } = await mount<QdTargetTable>(
      html`<div lang="en"><qd-target-table theme="dark"></qd-target-table></div>`,
    );
    expect(shadow(el).querySelector('caption')!.textContent).to.equal('All targets of the plan (as of 2025)');
    const port = rowOf(el, 'Port container throughput');
    const c = cells(port);
    expect(c[2]).to.equal('more than 25 million TEU');
    expect(c[3]).to.equal('26 million TEU (2024)');
    expect(port.querySelector('[part="status"]')!.textContent!.trim()).to.equal('Achieved early');
    expect(c[5]).to.equal('Target met');
    const details = port.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Sources: Port container throughput');
    expect(details.textContent).to.include('published Mar 1, 2025');
    const link = details.querySelector('a') as HTMLAnchorElement;
    expect(link.protocol).to.equal('https:');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(details.querySelector('q')!.textContent!.length).to.be.greaterThan(4);
    expect(cells(rowOf(el, 'Technology contract turnover, growth 2020-2025'))[4]).to.match(/^Achieved early/);
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('does not widen the page: its visually hidden texts stay inside the scroller (a 320 px column far right); axe clean', async () => {
    const { el } = await mount<QdTargetTable>(
      html`<div style="width: 320px; margin-left: calc(100vw - 330px)"><qd-target-table lang="en"></qd-target-table></div>`,
    );
    const scroller = shadow(el).querySelector('.scroller') as HTMLElement;
    expect(scroller.scrollWidth).to.be.above(scroller.clientWidth);
    expect(document.documentElement.scrollWidth).to.equal(document.documentElement.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('shows one dimension or one industry', async () => {
    const dim = await mount<QdTargetTable>(html`<qd-target-table dimension="quality"></qd-target-table>`);
    expect(names(dim.el)).to.deep.equal(['生产性服务业增加值占服务业增加值比重', '新增服务业创新中心']);
    expect(shadow(dim.el).querySelector('caption')!.textContent).to.equal('质量目标（按2025年评估）');
    const ind = await mount<QdTargetTable>(html`<qd-target-table lang="en" industry="logistics"></qd-target-table>`);
    expect(names(ind.el)).to.deep.equal(['Port container throughput', 'Logistics value added']);
    // health-care: an industry of the plan without a target.
    const none = await mount<QdTargetTable>(html`<qd-target-table industry="health-care"></qd-target-table>`);
    expect(textOf(none.el)).to.include('没有符合条件的目标。');
  });

  it('sorts by keyboard: Enter and Space on a column header toggle aria-sort and reorder the rows', async () => {
    const { el } = await mount<QdTargetTable>(html`<qd-target-table lang="en"></qd-target-table>`);
    const status = header(el, 'status');
    expect(status.hasAttribute('aria-sort')).to.equal(false);
    (status.querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(status.getAttribute('aria-sort')).to.equal('ascending');
    expect(names(el).slice(0, 2)).to.deep.equal([
      'Port container throughput',
      'Technology contract turnover, growth 2020-2025',
    ]);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(status.getAttribute('aria-sort')).to.equal('descending');
    expect(names(el).slice(-2)).to.deep.equal([
      'Port container throughput',
      'Technology contract turnover, growth 2020-2025',
    ]);
    // Another column: only it carries aria-sort.
    (header(el, 'name').querySelector('button') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(header(el, 'name').getAttribute('aria-sort')).to.equal('ascending');
    expect(status.hasAttribute('aria-sort')).to.equal(false);
    const sorted = [...names(el)].sort(new Intl.Collator('en', { numeric: true }).compare);
    expect(names(el)).to.deep.equal(sorted);
    expect(shadow(el).activeElement).to.equal(header(el, 'name').querySelector('button'));
  });

  it('fires qd-select with indicator and year on Enter on a name and on a row click, not on its sources', async () => {
    const { el, events } = await mount<QdTargetTable>(html`<qd-target-table></qd-target-table>`);
    (rowOf(el, '港口集装箱吞吐量').querySelector('button.name') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Enter' });
    const sel = events.filter((e) => e.type === 'qd-select');
    expect(sel).to.have.length(1);
    expect(sel[0]!.detail).to.deep.equal({ indicator: 'port-throughput', year: 2024 });
    expect(sel[0]!.bubbles && sel[0]!.composed).to.equal(true);
    (rowOf(el, '服务进出口额').querySelector('td.col-target') as HTMLElement).click();
    expect(events.filter((e) => e.type === 'qd-select')[1]!.detail).to.deep.equal({
      indicator: 'services-trade',
      year: null,
    });
    (rowOf(el, '服务进出口额').querySelector('summary') as HTMLElement).click();
    expect(events.filter((e) => e.type === 'qd-select')).to.have.length(2);
  });

  it('downloads as CSV exactly the header, texts and order shown', async () => {
    const { el } = await mount<QdTargetTable>(html`<qd-target-table lang="en" industry="logistics"></qd-target-table>`);
    el.sortBy('status');
    await el.updateComplete;
    const button = shadow(el).querySelector('[part="download"]') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('Download CSV');
    const { blob, name } = await captureDownload(() => button.click());
    expect(name).to.equal('fixture-city-services-2021-2025-targets-logistics-2025.csv');
    expect(blob.type).to.equal('text/csv;charset=utf-8');
    const csv = parseCsv(await blob.text());
    const heads = [...shadow(el).querySelectorAll('thead th')].map((th) => th.querySelector('span')!.textContent);
    expect(csv[0]).to.deep.equal(heads);
    expect(csv).to.have.length(3);
    expect(csv.slice(1).map((r) => r[0])).to.deep.equal(names(el));
    expect(csv[1]).to.deep.equal([
      'Port container throughput',
      '20 million TEU (2020)',
      'more than 25 million TEU',
      '26 million TEU (2024)',
      'Achieved early',
      'Target met',
    ]);
    expect(csv[2]![4]).to.equal('Not assessable (No observation)');
    bodyRows(el).forEach((tr, i) => {
      const shown = cells(tr);
      expect(shown[2]).to.equal(csv[i + 1]![2]);
      expect(shown[3]!.replace(/none$/, '')).to.equal(csv[i + 1]![3]);
    });
  });

  it('merges a site’s observations (src and property) and follows as-of', async () => {
    const { el } = await mount<QdTargetTable>(
      html`<qd-target-table as-of="2024" src="${FIX}/obs.json" .observations=${[trade2023]}></qd-target-table>`,
    );
    const trade = rowOf(el, '服务进出口额');
    expect(cells(trade)[3]).to.equal('1,050亿元（2024年）');
    expect(trade.querySelector('details')!.textContent).to.include(
      'Qingdao Commerce Bureau，2025年1月20日发布 (本站数据)',
    );
    const fromSrc = ((await (await fetch(`${FIX}/obs.json`)).json()) as { observations: Observation[] }).observations;
    const card = scorecard({ plan: await fixturePlan(), asOf: 2024, observations: [...fromSrc, trade2023] });
    const entry = card.entries.find((e) => e.target.indicator === 'services-trade')!;
    expect(entry.status).to.equal('on_track');
    expect(trade.querySelector('[part="status"]')!.textContent!.trim()).to.equal('基本符合或快于预期');
    el.rows.forEach((r, i) => expect(r.entry.status).to.equal(card.entries[i]!.status));
    expect(shadow(el).querySelector('caption')!.textContent).to.equal('规划全部目标（按2024年评估）');
  });

  it('reads at 320 px: the table scrolls sideways in a focusable, named region with the names kept in view', async () => {
    const { el } = await mount<QdTargetTable>(html`<div lang="en"><qd-target-table></qd-target-table></div>`);
    (el.parentElement as HTMLElement).style.width = '320px';
    await new Promise((r) => requestAnimationFrame(r));
    const host = el.getBoundingClientRect();
    expect(host.width).to.equal(320);
    const region = shadow(el).querySelector('[part="scroller"]') as HTMLElement;
    expect(region.getAttribute('role')).to.equal('region');
    expect(region.tabIndex).to.equal(0);
    expect(region.getBoundingClientRect().right).to.be.at.most(host.right + 0.5);
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    const name = rowOf(el, 'Port container throughput').querySelector('th')!;
    expect(getComputedStyle(name).position).to.equal('sticky');
    const before = name.getBoundingClientRect().left;
    region.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await new Promise((r) => setTimeout(r, 100));
    expect(region.scrollLeft).to.be.greaterThan(0);
    expect(name.getBoundingClientRect().left).to.be.closeTo(before, 1);
    expect(shadow(el).querySelector('.scroll-hint')!.getBoundingClientRect().height).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });

  it('shows a translated error with the closest ids for an unknown dimension or industry', async () => {
    const dim = await mount<QdTargetTable>(html`<qd-target-table dimension="qualty"></qd-target-table>`, 'qd-error');
    const alert = shadow(dim.el).querySelector('[role="alert"][part="error"]')!;
    expect(alert.textContent).to.include('未知目标维度“qualty”');
    expect(alert.textContent).to.include('quality');
    expect(dim.warns).to.have.length(1);
    expect(String(dim.warns[0]![0])).to.match(/^\[qd-target-table\] Unknown dimension id 'qualty'/);
    expect(dim.events.filter((e) => e.type === 'qd-error').map((e) => e.detail.code)).to.deep.equal([
      'unknown_dimension',
    ]);
    expect(dim.events.some((e) => e.type === 'qd-load')).to.equal(false);
    await expect(dim.el).to.be.accessible();
    const ind = await mount<QdTargetTable>(
      html`<qd-target-table lang="en" industry="logistic" theme="dark"></qd-target-table>`,
      'qd-error',
    );
    expect(textOf(ind.el)).to.include('Unknown industry “logistic”. Did you mean: logistics');
    expect(ind.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('unknown_industry');
    await expect(ind.el).to.be.accessible();
    const both = await mount<QdTargetTable>(
      html`<qd-target-table dimension="quality" industry="logistics"></qd-target-table>`,
      'qd-error',
    );
    expect(both.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('scope_conflict');
  });

  it('shows an error for a src that fails (404), and recovers when the dimension is fixed', async () => {
    const { el, events, warns } = await mount<QdTargetTable>(
      html`<qd-target-table lang="en" src="${FIX}/missing.json"></qd-target-table>`,
      'qd-error',
    );
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include(
      'Could not load the data file (HTTP 404)',
    );
    expect(events.find((e) => e.type === 'qd-error')!.detail).to.include({ code: 'src_http' });
    expect(warns).to.have.length(1);
    const bad = await mount<QdTargetTable>(html`<qd-target-table dimension="nope"></qd-target-table>`, 'qd-error');
    bad.el.dimension = 'scale';
    await bad.el.updateComplete;
    expect(shadow(bad.el).querySelector('[role="alert"]')).to.equal(null);
    expect(bodyRows(bad.el)).to.have.length(3);
  });
});
