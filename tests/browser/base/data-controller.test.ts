import { ContextProvider } from '@lit/context';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { DataController } from '../../../components/base/data.js';
import { planContext, type Provision } from '../../../components/base/context.js';
import type { Observation, PlanData } from '../../../src/core.js';
import { FIXTURE_PLAN_URL, fixturePlan } from '../helpers/fixture-plan.js';

/** A bare host of the controller: `src`, `observations` and the bundled key it asks for. */
class DataHost extends LitElement {
  static override properties = { src: {}, observations: { attribute: false }, key: {} };
  declare src: string | undefined;
  declare observations: readonly Observation[] | undefined;
  key: string | null | undefined = undefined;
  data = new DataController(this, () => this.key);
}
customElements.define('test-data-host', DataHost);

/** A provider of the plan context whose value a test sets. */
class Provider extends LitElement {
  provider = new ContextProvider(this, { context: planContext, initialValue: { status: 'loading' } as Provision });
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define('test-plan-provider', Provider);

const row = (indicator: string, year: number, value: number): Observation => ({
  indicator,
  year,
  period: 'FY',
  measure: 'level',
  value,
  bound: 'exact',
  unit: '亿元',
  vintage: 'final',
  publisher: 'Test',
  published: '2026-01-01',
  url: 'https://example.org/x',
  reliability: 'official',
});

describe('DataController: the plan in use and a site’s observations', () => {
  it('without a provider, loads the bundled plan’s part for its key, and waits for nothing after', async () => {
    const el = document.createElement('test-data-host') as DataHost;
    el.key = 'services-trade';
    document.body.append(el);
    await el.data.settled();
    expect(el.data.waiting).to.equal(false);
    expect(el.data.plan!.indicators.map((i) => i.id)).to.deep.equal(['services-trade']);
    expect(el.data.problems).to.deep.equal([]);
    el.remove();
  });

  it('inside a provider, uses the provided plan (no bundled load) and waits while it loads', async () => {
    const p = await fixture<Provider>(html`<test-plan-provider><test-data-host></test-data-host></test-plan-provider>`);
    const el = p.querySelector('test-data-host') as DataHost;
    el.key = 'services-trade';
    expect(el.data.waiting).to.equal(true);
    const plan: PlanData = await fixturePlan();
    const done = el.data.settled();
    p.provider.setValue({ status: 'ready', plan });
    await done;
    expect(el.data.plan).to.equal(plan);
    expect(el.data.waiting).to.equal(false);
  });

  it('a provider’s error is the widget’s fatal problem', async () => {
    const p = await fixture<Provider>(html`<test-plan-provider><test-data-host></test-data-host></test-plan-provider>`);
    const el = p.querySelector('test-data-host') as DataHost;
    p.provider.setValue({ status: 'error', problem: { code: 'src_http', message: 'x', params: {}, fatal: true } });
    await el.updateComplete;
    expect(el.data.problems.map((x) => x.code)).to.deep.equal(['src_http']);
    expect(el.data.plan).to.equal(null);
  });

  it('a whole plan in its own src takes precedence over the provided plan', async () => {
    const bundled = await fixture<Provider>(
      html`<test-plan-provider><test-data-host src=${FIXTURE_PLAN_URL}></test-data-host></test-plan-provider>`,
    );
    const el = bundled.querySelector('test-data-host') as DataHost;
    bundled.provider.setValue({ status: 'ready', plan: await fixturePlan() });
    await el.data.settled();
    expect(el.data.plan!.meta.id).to.equal('fixture-city-services-2021-2025');
    expect(el.data.plan!.origin).to.equal('user');
  });

  it('validates the observations property against the plan in use: rows of indicators it lacks are reported', async () => {
    const p = await fixture<Provider>(html`<test-plan-provider><test-data-host></test-data-host></test-plan-provider>`);
    const el = p.querySelector('test-data-host') as DataHost;
    p.provider.setValue({ status: 'ready', plan: await fixturePlan() });
    el.observations = [row('services-trade', 2023, 900), row('tourism-revenue', 2023, 1)];
    await el.updateComplete;
    await el.data.settled();
    expect(el.data.observations.map((o) => o.indicator)).to.deep.equal(['services-trade']);
    const notice = el.data.problems.find((x) => x.code === 'observations_rows_invalid')!;
    expect(notice.fatal).to.equal(false);
    expect(notice.message).to.include("unknown indicator 'tourism-revenue'");
  });

  it('aborts its src request when the element leaves the page and requests it again when it comes back', async () => {
    const seen: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      seen.push(init!.signal!);
      return original(input, init);
    };
    try {
      const el = document.createElement('test-data-host') as DataHost;
      el.src = FIXTURE_PLAN_URL;
      document.body.append(el);
      await new Promise((r) => queueMicrotask(() => r(null)));
      el.remove();
      expect(seen).to.have.length(1);
      expect(seen[0]!.aborted).to.equal(true);
      document.body.append(el);
      while (el.data.waiting) await new Promise((r) => setTimeout(r, 20));
      expect(seen).to.have.length(2);
      expect(el.data.plan!.meta.id).to.equal('fixture-city-services-2021-2025');
      el.remove();
    } finally {
      window.fetch = original;
    }
  });
  it('shares one request among widgets that ask for the same document at once', async () => {
    const seen: string[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      seen.push(String(input));
      return original(input, init);
    };
    try {
      const hosts = [0, 1, 2].map(() => {
        const el = document.createElement('test-data-host') as DataHost;
        el.src = FIXTURE_PLAN_URL;
        document.body.append(el);
        return el;
      });
      await new Promise((r) => queueMicrotask(() => r(null)));
      for (const el of hosts) while (el.data.waiting) await new Promise((r) => setTimeout(r, 20));
      expect(seen).to.have.length(1);
      for (const el of hosts) expect(el.data.plan!.meta.id).to.equal('fixture-city-services-2021-2025');
      for (const el of hosts) el.remove();
    } finally {
      window.fetch = original;
    }
  });

  it('keeps a shared request for the widgets still waiting when one of them leaves', async () => {
    const seen: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input, init) => {
      seen.push(init!.signal!);
      return original(input, init);
    };
    try {
      const [leaving, staying] = [0, 1].map(() => {
        const el = document.createElement('test-data-host') as DataHost;
        el.src = FIXTURE_PLAN_URL;
        document.body.append(el);
        return el;
      }) as [DataHost, DataHost];
      await new Promise((r) => queueMicrotask(() => r(null)));
      leaving.remove();
      while (staying.data.waiting) await new Promise((r) => setTimeout(r, 20));
      expect(seen).to.have.length(1);
      expect(seen[0]!.aborted).to.equal(false);
      expect(staying.data.plan!.meta.id).to.equal('fixture-city-services-2021-2025');
      staying.remove();
    } finally {
      window.fetch = original;
    }
  });
});
