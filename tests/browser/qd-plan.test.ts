import { expect, html } from '@open-wc/testing';
import '../../components/qd-plan/index.js';
import '../../components/target-card/index.js';
import '../../components/target-table/index.js';
import type { QdPlan } from '../../components/qd-plan/qd-plan.js';
import type { QdTargetCard } from '../../components/target-card/target-card.js';
import { mount, restoreWarn, shadow, textOf, waitForEvent } from './helpers/mount.js';
import { FIXTURE_PLAN_URL } from './helpers/fixture-plan.js';

const FIX = '/tests/browser/fixtures';
// Every module the page loaded (the buffer holds 250 entries by default: the test runner's own fill it).
performance.setResourceTimingBufferSize(100_000);
const loaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);

describe('qd-plan: one plan for the widgets inside it', () => {
  afterEach(restoreWarn);

  it('a card inside <qd-plan src> renders the provided plan, in zh-CN and en, and passes axe', async () => {
    const { el: provider, events } = await mount<QdPlan>(
      html`<qd-plan src=${FIXTURE_PLAN_URL}
        ><qd-target-card indicator="services-value-added"></qd-target-card
      ></qd-plan>`,
      null,
    );
    await waitForEvent(events, 'qd-load');
    const card = provider.querySelector('qd-target-card') as QdTargetCard;
    await card.updateComplete;
    const text = textOf(card);
    // Fixture City's plan: 5000亿元 in 2020, 7000亿元 by 2025, 6300亿元 in 2023.
    expect(text).to.include('服务业增加值');
    expect(text).to.include('6,300亿元');
    expect(text).to.include('达到7,000亿元');
    expect(text).to.not.include('青岛');
    // The provided plan replaces the bundled one: the card loaded no module of the bundled data.
    expect(loaded().filter((u) => /\/data\//.test(u))).to.deep.equal([]);
    await expect(card).to.be.accessible();
    card.setAttribute('lang', 'en');
    await card.updateComplete;
    expect(textOf(card)).to.include('CNY 630 billion');
    await expect(card).to.be.accessible();
  });

  it('without src it gives the bundled plan, loaded once for every widget inside', async () => {
    const { el: provider } = await mount<QdPlan>(
      html`<qd-plan
        ><qd-target-card indicator="services-trade"></qd-target-card
        ><qd-target-table industry="modern-logistics"></qd-target-table
      ></qd-plan>`,
      null,
    );
    const card = provider.querySelector('qd-target-card') as QdTargetCard;
    await card.updateComplete;
    // The bundled plan's target, whatever its figures (imported after the widgets rendered).
    const { loadBundledPlan } = await import('../../src/bundled.js');
    const bundled = await loadBundledPlan();
    expect(textOf(card)).to.include(bundled.targets.find((t) => t.indicator === 'services-trade')!.name.zh);
    expect(shadow(provider.querySelector('qd-target-table')!).querySelectorAll('tbody tr').length).to.be.above(0);
    // One plan for both: no widget loaded its own indicator's part.
    expect(loaded().filter((u) => u.includes('/by-indicator/'))).to.deep.equal([]);
  });

  it('a file of observations, not a plan, is an error every widget inside shows, with one warning from the provider', async () => {
    const {
      el: provider,
      events,
      warns,
    } = await mount<QdPlan>(
      html`<qd-plan src="${FIX}/obs.json"><qd-target-card indicator="services-trade"></qd-target-card></qd-plan>`,
      null,
    );
    const error = await waitForEvent(events, 'qd-error');
    expect(error.detail.code).to.equal('plan_src_not_plan');
    const card = provider.querySelector('qd-target-card') as QdTargetCard;
    await card.updateComplete;
    const alert = shadow(card).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.include('不是规划');
    expect(warns.filter((w) => String(w[0]).startsWith('[qd-plan]'))).to.have.length(1);
    await expect(card).to.be.accessible();
  });

  it("a widget's own src holding a whole plan takes precedence over the provided one", async () => {
    const { el: provider } = await mount<QdPlan>(
      html`<qd-plan
        ><qd-target-card indicator="services-value-added" src=${FIXTURE_PLAN_URL}></qd-target-card
      ></qd-plan>`,
      null,
    );
    const card = provider.querySelector('qd-target-card') as QdTargetCard;
    for (let i = 0; i < 50 && !textOf(card).includes('7,000'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(textOf(card)).to.include('达到7,000亿元');
  });
});
