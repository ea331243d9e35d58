import { expect, html } from '@open-wc/testing';
import '../../components/progress-bar/index.js';
import type { QdProgressBar } from '../../components/progress-bar/progress-bar.js';
import { mountFixture as mount, restoreWarn, shadow } from './helpers/mount.js';
import { trade2023 } from './helpers/sample.js';

const meterOf = (el: Element) => shadow(el).querySelector('[part="meter"]') as HTMLElement;
/** Where a mark is drawn, in CSS px from the bar's left edge (the centre of its box). */
const xOf = (el: Element, sel: string): number => {
  const box = shadow(el).querySelector(sel)!.getBoundingClientRect();
  return Math.round(box.left + box.width / 2 - el.getBoundingClientRect().left);
};
// Every bar renders the frozen fixture plan (tests/fixtures/frozen-plan.json), given by <qd-plan>.
describe('qd-progress-bar', () => {
  afterEach(restoreWarn);

  it('is a meter from base to target with its values in words (zh-CN), axe-clean in light and dark', async () => {
    const { el, events } = await mount<QdProgressBar>(
      html`<qd-progress-bar indicator="services-trade" as-of="2024" theme="light" .observations=${[trade2023]}></qd-progress-bar>`,
    );
    const meter = meterOf(el);
    expect(meter.getAttribute('role')).to.equal('meter');
    expect(meter.getAttribute('aria-label')).to.equal('服务进出口额：进展');
    expect(meter.getAttribute('aria-valuemin')).to.equal('800');
    expect(meter.getAttribute('aria-valuemax')).to.equal('1100');
    expect(meter.getAttribute('aria-valuenow')).to.equal('1000.5');
    const text = meter.getAttribute('aria-valuetext')!;
    expect(text).to.include('最新值 1,000.5亿元（2023年）');
    expect(text).to.include('基期值 800亿元（2020年）');
    expect(text).to.include('目标 达到1,100亿元（2025年）');
    // distance ratio (1000.5 - 800) / (1100 - 800) = 0.668
    expect(text).to.include('已完成从基期到目标距离的 67%');
    const [base, current, target] = ['.mark-base', '.mark-current', '.mark-target'].map((s) => xOf(el, s)) as [
      number,
      number,
      number,
    ];
    expect(base).to.be.below(current);
    expect(current).to.be.below(target);
    expect(events.find((e) => e.type === 'qd-load')!.detail).to.deep.equal({
      indicator: 'services-trade',
      observations: el.view!.observations.length,
    });
    await expect(el).to.be.accessible();
    el.theme = 'dark';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('says the values in English, and widens the scale when the target is exceeded', async () => {
    const { el } = await mount<QdProgressBar>(
      html`<qd-progress-bar lang="en" indicator="port-throughput" theme="dark"></qd-progress-bar>`,
    );
    const meter = meterOf(el);
    expect(meter.getAttribute('aria-valuenow')).to.equal('2600');
    expect(meter.getAttribute('aria-valuemax')).to.equal('2600');
    expect(meter.getAttribute('aria-valuetext')).to.equal(
      'latest 26 million TEU (2024), base 20 million TEU (2020), target more than 25 million TEU (2025); 120% of the distance from base to target covered',
    );
    expect(xOf(el, '.mark-target')).to.be.below(xOf(el, '.mark-current'));
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is an image with words where there is no value at all', async () => {
    const { el } = await mount<QdProgressBar>(
      html`<qd-progress-bar lang="en" indicator="logistics-value-added"></qd-progress-bar>`,
    );
    const meter = meterOf(el);
    expect(meter.getAttribute('role')).to.equal('img');
    expect(meter.getAttribute('aria-label')).to.equal(
      'Logistics value added: no observation yet, target more than CNY 100 billion (2025)',
    );
    expect(shadow(el).querySelector('.mark-current')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('draws its marks at fractions of its width: a new width moves them without an update', async () => {
    const { el, container } = await mount<QdProgressBar>(
      html`<qd-progress-bar indicator="services-trade"></qd-progress-bar>`,
    );
    let updates = 0;
    const count = () => void updates++;
    el.addController({ hostUpdated: count });
    container.style.width = '600px';
    await new Promise((r) => requestAnimationFrame(r));
    // 10 px of room on each side: the target (the right end) sits at 600 - 10.
    expect(xOf(el, '.mark-target')).to.equal(590);
    container.style.width = '300px';
    await new Promise((r) => requestAnimationFrame(r));
    expect(xOf(el, '.mark-target')).to.equal(290);
    expect(shadow(el).querySelector('svg.track')!.hasAttribute('viewBox')).to.equal(false);
    expect(updates).to.equal(0);
  });

  it('hides the legend with no-legend but keeps the meter words', async () => {
    const { el } = await mount<QdProgressBar>(
      html`<qd-progress-bar no-legend indicator="services-trade"></qd-progress-bar>`,
    );
    expect(shadow(el).querySelector('.legend')).to.equal(null);
    expect(meterOf(el).getAttribute('aria-valuetext')).to.include('暂无观测值');
  });

  it('shows the error state for an unknown indicator and for a failing src, with one warning each', async () => {
    const unknown = await mount<QdProgressBar>(
      html`<qd-progress-bar lang="en" indicator="port-container-throughput"></qd-progress-bar>`,
      'qd-error',
    );
    expect(shadow(unknown.el).querySelector('[role="alert"]')!.textContent).to.include(
      'Unknown indicator “port-container-throughput”',
    );
    expect(unknown.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('unknown_id');
    expect(unknown.warns).to.have.length(1);
    await expect(unknown.el).to.be.accessible();
    const failing = await mount<QdProgressBar>(
      html`<qd-progress-bar indicator="services-trade" src="/tests/browser/fixtures/missing.json"></qd-progress-bar>`,
      'qd-error',
    );
    expect(failing.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('src_http');
    expect(shadow(failing.el).querySelector('[part="error"]')!.textContent).to.include('HTTP 404');
    expect(failing.warns).to.have.length(1);
  });
});
