/**
 * The bad-input matrix: every case of cases.ts against every widget it applies
 * to, one `it` per case and widget. Each asserts: no uncaught error or unhandled
 * rejection; a visible, translated message in the widget (zh-CN and en
 * alternate across cases); exactly one console warning, from this widget, that
 * says how to fix the input; one qd-error with the code; and the rest of the
 * page still renders (a sibling paragraph is intact and a healthy widget of the
 * same kind next to it loads). The widgets are given the frozen fixture plan by a `<qd-plan>`
 * (`planHost()`).
 */
import { expect } from '@open-wc/testing';
import '../../../components/index.js';
import { CASES, EXTREME, PHRASES, type BadCase, type ExtremeCase } from './cases.js';
import {
  WIDGETS,
  guard,
  installFetch,
  isVisible,
  planHost,
  recordWarn,
  restoreWarn,
  revokeBlobs,
  shadowDump,
  shadowText,
  uninstallFetch,
  until,
  widgetClass,
  type WidgetSpec,
} from './harness.js';

/** What each widget was tried with (read by the count test at the end). */
const tried = new Map<string, number>();

function make(tag: string, attrs: Readonly<Record<string, string | null>>): { el: HTMLElement; events: CustomEvent[] } {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null) el.setAttribute(k, v);
  const events: CustomEvent[] = [];
  for (const name of ['qd-load', 'qd-error']) el.addEventListener(name, (e) => events.push(e as CustomEvent));
  return { el, events };
}

async function runCase(w: WidgetSpec, c: BadCase): Promise<void> {
  const host = document.createElement('div');
  host.className = 'hardening-host';
  host.setAttribute('lang', c.lang);
  host.style.width = '640px';
  const sibling = document.createElement('p');
  sibling.className = 'sibling';
  sibling.textContent = 'The host page’s own paragraph.';
  const attrs: Record<string, string | null> = { ...w.good, ...(c.attrs?.(w) ?? {}) };
  if (c.src) attrs['src'] = await c.src(w);
  const bad = make(w.tag, attrs);
  if (c.observations) (bad.el as HTMLElement & { observations: unknown }).observations = c.observations(w);
  if (c.table) bad.el.innerHTML = c.table;
  const good = make(w.tag, w.good);
  host.append(sibling, bad.el, good.el);
  const cls = widgetClass(w.tag);
  const timeout = cls.fetchTimeout;
  if (c.fetchTimeout) cls.fetchTimeout = c.fetchTimeout;
  const warns = recordWarn();
  guard.reset();
  try {
    (await planHost()).append(host);
    const root = () => bad.el.shadowRoot!;
    await until(() =>
      bad.events.some((e) => e.type === 'qd-error')
        ? ''
        : `no qd-error from the bad <${w.tag}> (events: ${bad.events.map((e) => e.type).join(', ') || 'none'}; text: ${shadowText(bad.el).slice(0, 120)})`,
    );
    await until(
      () =>
        good.events.some((e) => e.type === 'qd-load')
          ? ''
          : `the healthy <${w.tag}> next to it did not load: ${shadowText(good.el).slice(0, 160)}`,
      8000,
    );
    if (!c.fatal)
      await until(() =>
        bad.events.some((e) => e.type === 'qd-load') ? '' : `<${w.tag}> with a notice did not load its content`,
      );
    await until(() => (root().querySelector('.loading') ? 'still loading' : ''));
    // Let late work (a re-render, a second warning) surface before counting.
    await new Promise((r) => setTimeout(r, 30));
    await (bad.el as unknown as { updateComplete: Promise<unknown> }).updateComplete;

    expect(guard.errors, 'uncaught errors / unhandled rejections').to.deep.equal([]);

    const errors = bad.events.filter((e) => e.type === 'qd-error');
    expect(
      errors.map((e) => e.detail.code),
      'qd-error codes',
    ).to.deep.equal([c.code]);

    const shown = root().querySelector(c.fatal ? '[part="error"][role="alert"]' : '[part="notice"][role="status"]');
    expect(shown, `a ${c.fatal ? 'part="error"' : 'part="notice"'} message`).to.not.equal(null);
    expect(isVisible(shown!), 'the message is visible').to.equal(true);
    const text = (shown!.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).to.match(PHRASES[c.code]![c.lang === 'en' && !c.attrs?.(w)['lang'] ? 'en' : 'zh-CN']);
    if (c.shows) expect(text).to.include(c.shows);
    if (c.fatal)
      expect(root().querySelector('[part="error"]')!.nextElementSibling, 'nothing but the error is shown').to.equal(
        null,
      );

    expect(warns, `console warnings: ${JSON.stringify(warns.map((m) => m.slice(0, 200)))}`).to.have.length(1);
    expect(warns[0]!.startsWith(`[${w.tag}] `), warns[0]!.slice(0, 80)).to.equal(true);
    expect(warns[0]!.slice(0, 2000)).to.match(c.fix);

    // Nothing unreadable leaks into the widget.
    expect(shadowDump(bad.el)).to.not.match(/\bNaN\b|Infinity|undefined|\[object Object\]/);

    // The rest of the page: the sibling is intact, the healthy widget shows its data without any message.
    expect(sibling.isConnected && sibling.textContent).to.equal('The host page’s own paragraph.');
    expect(good.events.filter((e) => e.type === 'qd-error')).to.have.length(0);
    expect(good.el.shadowRoot!.querySelector('[part="error"], [part="notice"]')).to.equal(null);
    expect(shadowText(good.el)).to.match(/\d/);
    // A long value wraps inside the widget instead of widening the page.
    expect(bad.el.getBoundingClientRect().width, 'the widget stays inside its container').to.be.at.most(641);
    expect(shown!.getBoundingClientRect().right, 'the message stays inside the widget').to.be.at.most(
      host.getBoundingClientRect().right + 1,
    );
    tried.set(w.tag, (tried.get(w.tag) ?? 0) + 1);
  } finally {
    cls.fetchTimeout = timeout;
    restoreWarn();
    host.remove();
    revokeBlobs();
  }
}

async function runExtreme(w: WidgetSpec, c: ExtremeCase): Promise<void> {
  const host = document.createElement('div');
  host.setAttribute('lang', c.lang);
  host.style.width = '640px';
  const { el, events } = make(w.tag, { ...w.good, ...c.attrs, src: c.src(w) });
  host.append(el);
  const warns = recordWarn();
  guard.reset();
  try {
    (await planHost()).append(host);
    await until(() => (events.length ? '' : `<${w.tag}> fired no event`));
    await until(() => (el.shadowRoot!.querySelector('.loading') ? 'still loading' : ''));
    await new Promise((r) => setTimeout(r, 30));
    expect(guard.errors).to.deep.equal([]);
    expect(events.map((e) => `${e.type}${e.detail?.code ? ` ${e.detail.code}` : ''}`)).to.deep.equal(['qd-load']);
    expect(warns).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part="error"], [part="notice"]')).to.equal(null);
    expect(shadowText(el)).to.match(/\d/);
    expect(shadowDump(el)).to.not.match(/\bNaN\b|Infinity|undefined|\[object Object\]/);
    expect(shadowText(el)).to.not.match(/\de[+-]\d/);
    expect(el.getBoundingClientRect().width).to.be.at.most(641);
  } finally {
    restoreWarn();
    host.remove();
    revokeBlobs();
  }
}

describe('hardening: valid data with extreme values, every widget', () => {
  before(() => planHost());
  for (const c of EXTREME) {
    for (const w of WIDGETS.filter((x) => !c.only || c.only(x))) {
      it(`${c.name} [${c.lang}] <${w.tag}>: renders without an error, a warning, NaN or Infinity`, async () => {
        await runExtreme(w, c);
      });
    }
  }
});

describe('hardening: bad input, every widget', () => {
  before(() => installFetch());
  after(() => uninstallFetch());

  for (const c of CASES) {
    describe(`${c.name} [${c.lang}]`, () => {
      for (const w of WIDGETS.filter((x) => !c.only || c.only(x))) {
        it(`<${w.tag}>: ${c.fatal ? 'error' : 'notice'} ${c.code}, one warning, page intact`, async () => {
          await runCase(w, c);
        });
      }
    });
  }
});

// (after the matrix: mocha runs a suite's own tests before its nested suites)
describe('hardening: bad-input counts', () => {
  it('tried at least 40 bad inputs on every widget, in zh-CN and en, all passed', () => {
    const counts = Object.fromEntries(WIDGETS.map((w) => [w.tag, CASES.filter((c) => !c.only || c.only(w)).length]));
    console.log(
      `[hardening] bad-input cases per widget: ${JSON.stringify(counts)} (passed: ${JSON.stringify(Object.fromEntries(tried))})`,
    );
    for (const w of WIDGETS) expect(counts[w.tag], w.tag).to.be.at.least(40);
    for (const w of WIDGETS) expect(tried.get(w.tag), `${w.tag}: cases passed`).to.equal(counts[w.tag]);
    const langs = new Set(CASES.map((c) => c.lang));
    expect([...langs].sort()).to.deep.equal(['en', 'zh-CN']);
  });
});
