/**
 * Lifecycle, on the built CDN bundle (imported after the instrumentation):
 * 1000 connect/disconnect cycles of each widget leave no listener, observer or
 * timer behind (counted before the widget exists and after it is removed); the
 * `src` request of a removed widget is aborted (the AbortSignal fetch got); the
 * bundle loaded twice, or defineElement called again, warns once and does not throw.
 * The widgets are given the frozen fixture plan by the bundle's own `<qd-plan>` (`planHost()`).
 *
 * Needs the built bundle (`node scripts/build.mjs`).
 */
import { expect } from '@open-wc/testing';
import { frame, listenerKeys, requests, server, sleep, snapshot } from './instrument.js';
import { WIDGETS, guard, planHost, recordWarn, restoreWarn, shadowText, until } from './harness.js';

const BUNDLE = '/dist/cdn/qingdao-services-plan.min.js';
const CYCLES = 1000;

type Widget = HTMLElement & { updateComplete: Promise<unknown>; problem: unknown };

function create(tag: string, attrs: Readonly<Record<string, string>>): { el: Widget; events: string[] } {
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const events: string[] = [];
  for (const name of ['qd-load', 'qd-error']) el.addEventListener(name, () => events.push(name));
  return { el, events };
}

describe('hardening: lifecycle (CDN bundle)', () => {
  let lib: {
    defineElement: (tag: string, cls: CustomElementConstructor) => boolean;
    QdTargetCard: CustomElementConstructor;
  };
  let provider: HTMLElement;
  before(async () => {
    lib = await import(/* @vite-ignore */ BUNDLE);
    provider = await planHost();
  });
  beforeEach(() => guard.reset());
  afterEach(() => restoreWarn());

  for (const w of WIDGETS) {
    it(`<${w.tag}>: ${CYCLES} connect/disconnect cycles leave no listeners, observers or timers`, async () => {
      const host = document.createElement('div');
      provider.append(host);
      await sleep(20);
      const before = snapshot();
      const { el, events } = create(w.tag, w.good);
      host.append(el);
      await until(() => (events.includes('qd-load') ? '' : `<${w.tag}> did not load`), 8000);
      await frame();
      // The instrumentation sees the widget's own observers while it is connected.
      expect(snapshot().observers, 'observers while connected').to.be.greaterThan(before.observers);
      for (let i = 0; i < CYCLES; i++) {
        host.append(el);
        await el.updateComplete;
        el.remove();
        if (i % 25 === 0) await frame();
      }
      // Reconnected once more, it still works and re-renders on a change.
      host.append(el);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      await frame();
      expect(shadowText(el)).to.match(/\d/);
      expect(el.problem).to.equal(null);
      el.remove();
      await frame();
      await sleep(20);
      const after = snapshot();
      expect(after, `listeners left: ${listenerKeys().join(', ')}`).to.deep.equal(before);
      expect(events.filter((e) => e === 'qd-error')).to.deep.equal([]);
      expect(guard.errors).to.deep.equal([]);
      host.remove();
    });
  }

  it('aborts the src request of a removed widget (the signal given to fetch), without an event or a leftover timer', async () => {
    for (const w of WIDGETS) {
      requests.length = 0;
      const before = snapshot();
      const { el, events } = create(w.tag, { ...w.good, src: `/tests/browser/fixtures/obs.json?${w.tag}` });
      // A slow server: the request is still on its way when the widget is removed.
      server.hold = true;
      provider.append(el);
      await el.updateComplete;
      expect(
        requests.map((r) => r.url),
        w.tag,
      ).to.deep.equal([`/tests/browser/fixtures/obs.json?${w.tag}`]);
      const signal = requests[0]!.signal!;
      expect(signal.aborted).to.equal(false);
      el.remove();
      expect(signal.aborted, `<${w.tag}>: the request of a removed widget is aborted`).to.equal(true);
      // 50 more cycles in one task: a widget gone before its first microtask requests nothing.
      for (let i = 0; i < 50; i++) {
        provider.append(el);
        el.remove();
      }
      await sleep(0);
      expect(requests).to.have.length(1);
      // 5 cycles of a task each, on the slow server: each reconnection starts the request again, each removal aborts it.
      for (let i = 0; i < 5; i++) {
        provider.append(el);
        await sleep(0);
        el.remove();
      }
      server.hold = false;
      expect(requests).to.have.length(6);
      expect(requests.every((r) => r.signal?.aborted)).to.equal(true);
      await sleep(50);
      expect(events, `<${w.tag}> fired events after removal`).to.deep.equal([]);
      expect(snapshot(), `<${w.tag}> left something behind`).to.deep.equal(before);
      // Connected again and left alone, it loads the file.
      provider.append(el);
      await until(
        () => (events.includes('qd-load') ? '' : `<${w.tag}> did not load after reconnection: ${events.join(',')}`),
        8000,
      );
      expect(requests.at(-1)!.signal!.aborted).to.equal(false);
      el.remove();
    }
    expect(guard.errors).to.deep.equal([]);
  });

  it('loading the bundle twice warns once and does not throw; the first definitions stay', async () => {
    const first = WIDGETS.map((w) => customElements.get(w.tag));
    const warns = recordWarn();
    const again = (await import(/* @vite-ignore */ `${BUNDLE}?again`)) as typeof lib;
    expect(warns, JSON.stringify(warns)).to.have.length(1);
    expect(warns[0]).to.match(
      /^\[qd-[a-z-]+\] is already defined by another copy of qingdao-services-plan.*Load the widgets once/,
    );
    expect(WIDGETS.map((w) => customElements.get(w.tag))).to.deep.equal(first);
    expect(again.QdTargetCard).to.not.equal(lib.QdTargetCard);
    // A widget still works after the second copy loaded.
    const { el, events } = create('qd-target-card', { indicator: 'services-trade' });
    provider.append(el);
    await until(() => (events.includes('qd-load') ? '' : 'no qd-load'));
    el.remove();
    expect(guard.errors).to.deep.equal([]);
  });

  it('calling defineElement again with another class warns once and does not throw', () => {
    const warns = recordWarn();
    class Other extends HTMLElement {}
    class Another extends HTMLElement {}
    let results: boolean[] = [];
    expect(
      () =>
        (results = [
          lib.defineElement('qd-target-card', Other),
          lib.defineElement('qd-trend-chart', Another),
          lib.defineElement('qd-target-card', lib.QdTargetCard),
        ]),
    ).to.not.throw();
    expect(results).to.deep.equal([false, false, false]);
    expect(warns).to.have.length(1);
    expect(warns[0]).to.include('[qd-target-card] is already defined');
    expect(customElements.get('qd-target-card')).to.equal(lib.QdTargetCard);
  });
});
