/**
 * A live change of `lang` (on an ancestor, on the element): the widget waits for
 * the other language's catalog and shows, at every moment, either the whole
 * widget in the old language or the whole widget in the new one: never an
 * error, a notice or a text that is not there. On the frozen fixture plan.
 */
import { expect, html } from '@open-wc/testing';
import '../../../components/qd-plan/index.js';
import '../../../components/target-card/index.js';
import '../../../components/plan-dashboard/index.js';
import type { QdPlanDashboard } from '../../../components/plan-dashboard/plan-dashboard.js';
import type { QdTargetCard } from '../../../components/target-card/target-card.js';
import { loadedCatalog } from '../../../components/i18n/load.js';
import { FIXTURE_PLAN_URL } from '../helpers/fixture-plan.js';
import { mount, restoreWarn, shadow, textOf } from '../helpers/mount.js';

/** Records the widget's text after every change of its shadow DOM, until `stop()`. */
function record(el: Element): { states: string[]; stop: () => void } {
  const states: string[] = [];
  const observer = new MutationObserver(() => states.push(textOf(el)));
  observer.observe(shadow(el), { subtree: true, childList: true, characterData: true, attributes: true });
  return { states, stop: () => observer.disconnect() };
}

const until = async (ok: () => boolean, what: string, ms = 8000): Promise<void> => {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > ms) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

/** Switches `target`'s lang to `lang` and waits for `el` to show it; returns every text shown meanwhile. */
async function switchLang(target: Element, el: Element & { updateComplete: Promise<unknown> }, lang: string) {
  const rec = record(el);
  target.setAttribute('lang', lang);
  await el.updateComplete;
  // The ancestor's change reaches the widget through a MutationObserver: wait for it to have rendered.
  await new Promise((r) => setTimeout(r, 20));
  await el.updateComplete;
  rec.stop();
  return { states: rec.states, text: textOf(el) };
}

describe('a live lang change waits for the other catalog, never showing an error', () => {
  afterEach(restoreWarn);

  it('a card: zh-CN -> en -> zh-CN on an ancestor', async () => {
    // The first switch loads the English catalog (none is loaded on this page yet).
    expect(loadedCatalog('en')).to.equal(null);
    const { container, events, warns } = await mount(
      html`<div lang="zh-CN"><qd-plan src=${FIXTURE_PLAN_URL}
        ><qd-target-card indicator="services-value-added"></qd-target-card
      ></qd-plan></div>`,
    );
    const wrapper = container.firstElementChild!;
    const card = container.querySelector('qd-target-card') as QdTargetCard;
    await until(() => textOf(card).includes('服务业增加值'), 'the card in Chinese');
    await card.updateComplete;
    const zh = textOf(card);
    expect(card.locale).to.equal('zh-CN');
    expect(zh).to.include('2025年目标');
    expect(zh).to.include('尚需年均增长');

    const toEn = await switchLang(wrapper, card, 'en');
    expect(card.locale).to.equal('en');
    expect(toEn.text).to.include('Services value added');
    expect(toEn.text).to.include('Target for 2025');
    expect(toEn.text).to.include('Annual growth still required');
    // Every state shown on the way was the whole card in one language.
    expect(toEn.states.length).to.be.greaterThan(0);
    for (const s of toEn.states) expect([zh, toEn.text]).to.include(s);

    const back = await switchLang(wrapper, card, 'zh-CN');
    expect(card.locale).to.equal('zh-CN');
    expect(back.text).to.equal(zh);
    for (const s of back.states) expect([zh, toEn.text]).to.include(s);

    expect(shadow(card).querySelector('[part="error"], [part="notice"]')).to.equal(null);
    expect(events.filter((e) => e.type === 'qd-error')).to.deep.equal([]);
    expect(warns).to.deep.equal([]);
  });

  it('a dashboard: zh-CN -> en -> zh-CN on the element itself', async () => {
    const { container, events, warns } = await mount(
      html`<qd-plan src=${FIXTURE_PLAN_URL}><qd-plan-dashboard lang="zh-CN"></qd-plan-dashboard></qd-plan>`,
    );
    const dash = container.querySelector('qd-plan-dashboard') as QdPlanDashboard;
    await until(() => textOf(dash).includes('规划目标完成情况'), 'the dashboard in Chinese');
    await dash.updateComplete;
    const zh = textOf(dash);
    expect(zh).to.include('样例市现代服务业发展规划（测试用）');
    expect(zh).to.include('截至2025年');
    // The headings count what the plan has (the fixture plan: 3 dimensions).
    expect(zh).to.include('各维度的发展目标（3个维度）');

    const toEn = await switchLang(dash, dash, 'en');
    expect(dash.locale).to.equal('en');
    expect(toEn.text).to.include('Progress on the plan’s targets');
    expect(toEn.text).to.include('Fixture City modern services plan (for tests)');
    expect(toEn.text).to.include('As of 2025, of the');
    expect(toEn.text).to.include('Goals by dimension (3 dimensions)');
    for (const s of toEn.states) expect([zh, toEn.text]).to.include(s);

    const back = await switchLang(dash, dash, 'zh-CN');
    expect(back.text).to.equal(zh);
    for (const s of back.states) expect([zh, toEn.text]).to.include(s);

    expect(shadow(dash).querySelector('[part="error"], [part="notice"]')).to.equal(null);
    expect(events.filter((e) => e.type === 'qd-error')).to.deep.equal([]);
    expect(warns).to.deep.equal([]);
  });

  it('await updateComplete after a change of lang resolves with the new language rendered', async () => {
    const { container } = await mount(
      html`<qd-plan src=${FIXTURE_PLAN_URL}><qd-target-card indicator="services-trade"></qd-target-card></qd-plan>`,
    );
    const card = container.querySelector('qd-target-card') as QdTargetCard;
    await until(() => textOf(card).includes('服务进出口额'), 'the card in Chinese');
    card.setAttribute('lang', 'en');
    await card.updateComplete;
    expect(textOf(card)).to.include('Services trade');
    card.setAttribute('lang', 'zh-CN');
    await card.updateComplete;
    expect(textOf(card)).to.include('服务进出口额');
  });
});
