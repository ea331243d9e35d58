import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../components/target-card/index.js';
import type { QdTargetCard } from '../../components/target-card/target-card.js';
import { fixtureDocument } from './helpers/fixture-plan.js';
import { mountFixture as mount, restoreWarn, shadow, textOf } from './helpers/mount.js';
import { trade2023 } from './helpers/sample.js';

const FIX = '/tests/browser/fixtures';

// Every card renders the frozen fixture plan (tests/fixtures/frozen-plan.json), given by <qd-plan>.
describe('qd-target-card', () => {
  afterEach(restoreWarn);

  it('renders a target with only its base value in zh-CN (said so), and passes axe in light and dark', async () => {
    const { el, events, warns } = await mount<QdTargetCard>(
      html`<qd-target-card indicator="services-trade" theme="light"></qd-target-card>`,
    );
    const text = textOf(el);
    expect(text).to.include('服务进出口额');
    expect(text).to.include('基期值');
    expect(text).to.include('800亿元');
    expect(text).to.include('2020年以来尚无观测值');
    expect(text).to.include('达到1,100亿元');
    expect(text).to.include('无法评估');
    // 800 -> 1100 over 2020-2025: (1100 / 800)^(1/5) - 1 = 6.576% a year, shown with one decimal.
    expect(text).to.include('6.6% 自基期2020年起每年');
    expect(text).to.include('规划原文 二');
    expect(shadow(el).querySelector('q')!.textContent).to.equal('到2025年，服务进出口额达到1100亿元');
    expect(shadow(el).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(events.filter((e) => e.type === 'qd-load').map((e) => e.detail.indicator)).to.deep.equal(['services-trade']);
    expect(warns).to.have.length(0);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows the base of a growth target as a level in its own unit, and its bar in percent growth', async () => {
    const { el } = await mount<QdTargetCard>(
      html`<qd-target-card indicator="software-revenue" as-of="2024"></qd-target-card>`,
    );
    expect(textOf(el)).to.include('1,200亿元');
    expect(textOf(el)).to.not.include('1,200%');
    const meter = shadow(el).querySelector('[part="meter"]')!;
    expect(meter.getAttribute('aria-valuetext') ?? meter.getAttribute('aria-label')).to.include('1,200亿元');
    await expect(el).to.be.accessible();
  });

  it('shows how an ambiguous target is read (its notes) in the sources, in zh-CN and en', async () => {
    const zh = await mount<QdTargetCard>(html`<qd-target-card indicator="technology-contracts"></qd-target-card>`);
    expect(textOf(zh.el)).to.include('口径说明');
    expect(textOf(zh.el)).to.include('累计增长15%');
    const en = await mount<QdTargetCard>(
      html`<qd-target-card lang="en" indicator="technology-contracts"></qd-target-card>`,
    );
    expect(textOf(en.el)).to.include('15% cumulative growth 2020-2025');
    await expect(en.el).to.be.accessible();
  });

  it('renders an observation with its year, publisher, date and link in en, with the status as icon and text', async () => {
    const { el } = await mount<QdTargetCard>(
      html`<div lang="en"><qd-target-card indicator="port-throughput" theme="dark"></qd-target-card></div>`,
    );
    const text = textOf(el);
    expect(el.locale).to.equal('en');
    expect(text).to.include('Port container throughput');
    expect(text).to.include('26 million TEU');
    expect(text).to.include('2024');
    expect(text).to.include('more than 25 million TEU');
    expect(text).to.include('Target met; no further growth required');
    expect(text).to.include('样例市统计局, published Mar 1, 2025');
    const status = shadow(el).querySelector('[part="status"]')!;
    expect(status.querySelector('svg.icon')).to.not.equal(null);
    expect(status.textContent!.trim()).to.equal('Achieved early');
    const link = shadow(el).querySelector('.source a') as HTMLAnchorElement;
    expect(link.protocol).to.equal('https:');
    expect(link.textContent).to.equal('View source');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('merges the observations property over the plan’s data, marked as the site’s own', async () => {
    const { el } = await mount<QdTargetCard>(
      html`<qd-target-card indicator="services-trade" as-of="2024" .observations=${[trade2023]}></qd-target-card>`,
    );
    const text = textOf(el);
    expect(text).to.include('1,000.5亿元');
    expect(text).to.include('2023年');
    expect(text).to.include('基本符合或快于预期');
    expect(text).to.include('按2024年评估');
    // (1100 / 1000.5)^(1/2) - 1 = 4.856%: growth still required from the 2023 value.
    expect(text).to.include('4.9% 自2023年起每年');
    expect(text).to.include('Test publisher，2024年2月1日发布 (本站数据)');
    expect(el.view!.latestObservation!.origin).to.equal('user');
  });

  it('reads the site’s observations from a CSV src and from a JSON src', async () => {
    const csv = await mount<QdTargetCard>(
      html`<qd-target-card lang="en" indicator="services-trade" as-of="2024" src="${FIX}/obs.csv"></qd-target-card>`,
    );
    expect(textOf(csv.el)).to.include('CNY 100.1 billion');
    expect(csv.events.find((e) => e.type === 'qd-load')!.detail.indicator).to.equal('services-trade');
    const json = await mount<QdTargetCard>(
      html`<qd-target-card lang="en" indicator="services-trade" as-of="2024" src="${FIX}/obs.json"></qd-target-card>`,
    );
    expect(textOf(json.el)).to.include('CNY 105 billion');
    expect(textOf(json.el)).to.include('Qingdao Commerce Bureau, published Jan 20, 2025');
  });

  it('reads a light-DOM table of year, value rows as data', async () => {
    const { el } = await mount<QdTargetCard>(html`<qd-target-card indicator="services-trade" as-of="2024">
      <table><tr><th>年份</th><th>亿元</th></tr><tr><td>2023</td><td>1,000.5</td></tr></table>
    </qd-target-card>`);
    expect(textOf(el)).to.include('1,000.5亿元');
    expect(textOf(el)).to.include('本页表格');
  });

  it('shows a translated error for an unknown indicator, with one warning and a qd-error event', async () => {
    const { el, events, warns } = await mount<QdTargetCard>(
      html`<qd-target-card indicator="services-trad"></qd-target-card>`,
      'qd-error',
    );
    const alert = shadow(el).querySelector('[role="alert"][part="error"]')!;
    expect(alert.textContent).to.include('未知指标“services-trad”');
    expect(alert.textContent).to.include('services-trade');
    expect(warns).to.have.length(1);
    expect(String(warns[0]![0])).to.match(/^\[qd-target-card\] Unknown indicator id 'services-trad'\. Did you mean/);
    const err = events.filter((e) => e.type === 'qd-error');
    expect(err).to.have.length(1);
    expect(err[0]!.detail.code).to.equal('unknown_id');
    expect(events.some((e) => e.type === 'qd-load')).to.equal(false);
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('shows an error for a src that is missing (404), in en', async () => {
    const { el, events, warns } = await mount<QdTargetCard>(
      html`<qd-target-card lang="en" indicator="services-trade" src="${FIX}/missing.csv"></qd-target-card>`,
      'qd-error',
    );
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include(
      'Could not load the data file (HTTP 404)',
    );
    expect(events.find((e) => e.type === 'qd-error')!.detail).to.include({ code: 'src_http' });
    expect(warns).to.have.length(1);
    expect(String(warns[0]![0])).to.include('Check that the file exists');
  });

  it('shows an error for an indicator without a target, a missing indicator and an out-of-range as-of', async () => {
    // (gdp: an indicator of the fixture plan without a target)
    const noTarget = await mount<QdTargetCard>(html`<qd-target-card indicator="gdp"></qd-target-card>`, 'qd-error');
    expect(noTarget.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('no_target');
    const missing = await mount<QdTargetCard>(html`<qd-target-card></qd-target-card>`, 'qd-error');
    expect(textOf(missing.el)).to.include('indicator');
    expect(missing.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('missing_indicator');
    const asOf = await mount<QdTargetCard>(
      html`<qd-target-card lang="en" indicator="services-trade" as-of="2031"></qd-target-card>`,
      'qd-error',
    );
    expect(shadow(asOf.el).querySelector('[role="alert"]')!.textContent).to.include(
      'as-of must be a year from 2020 to 2025; got “2031”',
    );
    expect(asOf.warns).to.have.length(1);
  });

  it('uses a whole plan given as src in place of the provided one, and reports a broken or invalid file', async () => {
    const own = (await fixtureDocument()) as unknown as { figures: { id: string; value: number }[] };
    own.figures.find((f) => f.id === 'services-trade-2025')!.value = 1000;
    const url = URL.createObjectURL(new Blob([JSON.stringify(own)], { type: 'application/json' }));
    const plan = await mount<QdTargetCard>(
      html`<qd-target-card lang="en" indicator="services-trade" src=${url}></qd-target-card>`,
      'qd-load',
    );
    expect(plan.events.map((e) => e.type)).to.not.include('qd-error');
    expect(textOf(plan.el)).to.include('CNY 100 billion');
    expect(textOf(plan.el)).to.not.include('CNY 110 billion');
    URL.revokeObjectURL(url);
    const badPlan = await mount<QdTargetCard>(
      html`<qd-target-card indicator="services-trade" src="${FIX}/plan-like.json"></qd-target-card>`,
      'qd-error',
    );
    expect(badPlan.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('src_invalid_plan');
    const broken = await mount<QdTargetCard>(
      html`<qd-target-card indicator="services-trade" src="${FIX}/broken.json"></qd-target-card>`,
      'qd-error',
    );
    expect(broken.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('src_parse');
  });

  it('renders markup in data as text, never as HTML', async () => {
    const { el } = await mount<QdTargetCard>(
      html`<qd-target-card indicator="services-trade" as-of="2025" src="${FIX}/unsafe-url.json"></qd-target-card>`,
    );
    const root = shadow(el);
    expect(root.querySelector('img, b')).to.equal(null);
    expect(textOf(el)).to.include('<img src=x onerror=alert(1)>');
    expect((root.querySelector('.source a') as HTMLAnchorElement).href).to.equal(
      'https://example.org/trade-2024?%3Cb%3Ex%3C/b%3E',
    );
  });

  it('follows a change of the ancestor’s lang, and reaches its source link by keyboard', async () => {
    const { el, container } = await mount<QdTargetCard>(
      html`<div lang="zh-CN"><button>before</button><qd-target-card indicator="port-throughput"></qd-target-card></div>`,
    );
    expect(textOf(el)).to.include('港口集装箱吞吐量');
    el.parentElement!.setAttribute('lang', 'en-GB');
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(textOf(el)).to.include('Port container throughput');
    container.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.source a'));
  });
});
