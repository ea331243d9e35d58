import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml, type TemplateResult } from 'lit';
import { QdElement } from '../../../components/base/qd-element.js';
import { defineElement } from '../../../components/base/define.js';
import { emit } from '../../../components/base/events.js';
import { mount, recordWarn, restoreWarn, shadow, textOf } from '../helpers/mount.js';
import { trade2023 } from '../helpers/sample.js';

/** A minimal widget on the kit: shows how many user observations and table rows it got. */
class QdTestWidget extends QdElement {
  static override properties = { mode: {} };
  static override dataProperties = ['mode'];
  declare mode: string | undefined;
  prepared = 0;
  protected override prepare(): void {
    this.prepared++;
    if (this.mode === 'throw-in-prepare') throw new Error('boom in prepare');
  }
  protected override renderLoading(): TemplateResult {
    return litHtml`<p class="loading" role="status">${this.catalog.loading}</p>`;
  }
  protected override renderContent(): TemplateResult {
    if (this.mode === 'throw-in-render') throw new Error('boom in render');
    return litHtml`<p class="out">${this.catalog.latest} ${this.kit.observations.length} ${this.kit.table.rows.length}</p>
      <button @click=${() => emit(this, 'qd-select', { indicator: 'services-trade', year: 2023 })}>pick</button>`;
  }
}
defineElement('qd-test-widget', QdTestWidget);

const FIX = '/tests/browser/fixtures';
const realFetch = window.fetch;

describe('QdElement (shared base)', () => {
  afterEach(() => {
    restoreWarn();
    window.fetch = realFetch;
    QdTestWidget.fetchTimeout = 10_000;
  });

  it('fires qd-load once data is ready, and qd-select with its detail from emit()', async () => {
    const { el, events } = await mount<QdTestWidget>(html`<qd-test-widget></qd-test-widget>`);
    expect(events.map((e) => e.type)).to.deep.equal(['qd-load']);
    shadow(el).querySelector('button')!.click();
    const sel = events.find((e) => e.type === 'qd-select')!;
    expect(sel.detail).to.deep.equal({ indicator: 'services-trade', year: 2023 });
    expect(sel.bubbles && sel.composed).to.equal(true);
    // A presentation change (theme) does not prepare the data again.
    const n = el.prepared;
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.prepared).to.equal(n);
  });

  it('resolves lang: en* is en, zh* is zh-CN, and an unknown language shows a notice, one warning and qd-error', async () => {
    const en = await mount<QdTestWidget>(html`<div lang="en-US"><qd-test-widget></qd-test-widget></div>`);
    expect(en.el.locale).to.equal('en');
    expect(textOf(en.el)).to.include('Latest');
    const zh = await mount<QdTestWidget>(html`<qd-test-widget lang="zh-Hans"></qd-test-widget>`);
    expect(zh.el.locale).to.equal('zh-CN');
    const fr = await mount<QdTestWidget>(html`<qd-test-widget lang="fr"></qd-test-widget>`);
    expect(fr.el.locale).to.equal('zh-CN');
    const notice = shadow(fr.el).querySelector('[part="notice"]')!;
    expect(notice.textContent).to.include('不支持的语言“fr”');
    expect(shadow(fr.el).querySelector('.out')).to.not.equal(null);
    expect(fr.warns).to.have.length(1);
    expect(fr.events.filter((e) => e.type === 'qd-error').map((e) => e.detail.code)).to.deep.equal([
      'unsupported_lang',
    ]);
    await expect(fr.el).to.be.accessible();
  });

  it('warns once per problem across re-renders, and an invalid theme is a notice', async () => {
    const { el, warns, events } = await mount<QdTestWidget>(html`<qd-test-widget theme="sepia"></qd-test-widget>`);
    expect(textOf(el)).to.include('不支持的主题“sepia”');
    el.mode = 'x';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(warns).to.have.length(1);
    expect(events.filter((e) => e.type === 'qd-error')).to.have.length(1);
  });

  it('turns an exception in prepare() or render into the error state instead of throwing', async () => {
    const prep = await mount<QdTestWidget>(html`<qd-test-widget mode="throw-in-prepare"></qd-test-widget>`, 'qd-error');
    expect(shadow(prep.el).querySelector('[role="alert"]')!.textContent).to.include('boom in prepare');
    expect(prep.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('unexpected');
    const rend = await mount<QdTestWidget>(html`<qd-test-widget mode="throw-in-render"></qd-test-widget>`, 'qd-error');
    expect(shadow(rend.el).querySelector('[part="error"]')!.textContent).to.include('boom in render');
    expect(rend.warns).to.have.length(1);
  });

  it('validates the observations property: issues become a notice, a non-array an error', async () => {
    const good = await mount<QdTestWidget>(
      html`<qd-test-widget lang="en" .observations=${[trade2023, { ...trade2023, year: 'x' }]}></qd-test-widget>`,
    );
    expect(textOf(good.el)).to.include('Latest 1 0');
    expect(textOf(good.el)).to.include('issue(s) in the observations property');
    const bad = await mount<QdTestWidget>(
      html`<qd-test-widget .observations=${{ nope: 1 } as never}></qd-test-widget>`,
      'qd-error',
    );
    expect(bad.events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('invalid_observations');
    expect(textOf(bad.el)).to.include('observations 属性须为观测值数组');
  });

  it('uses the valid rows of a src with invalid ones, and says how many were ignored', async () => {
    const { el, events, warns } = await mount<QdTestWidget>(
      html`<qd-test-widget lang="en" src="${FIX}/some-invalid.csv"></qd-test-widget>`,
    );
    expect(textOf(el)).to.include('Latest 1 0');
    expect(textOf(el)).to.include('1 invalid row(s) in the data file were ignored.');
    expect(events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('src_rows_invalid');
    expect(String(warns[0]![0])).to.include('line 3');
  });

  it('times out a src that does not answer, with a message', async () => {
    window.fetch = (_url, init) =>
      new Promise((_resolve, reject) =>
        init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    QdTestWidget.fetchTimeout = 50;
    const { el, events } = await mount<QdTestWidget>(
      html`<qd-test-widget lang="en" src="/slow.json"></qd-test-widget>`,
      'qd-error',
    );
    expect(events.find((e) => e.type === 'qd-error')!.detail.code).to.equal('src_timeout');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.include('took longer than 0.05 s');
  });

  it('shows a loading state while src loads and aborts the request on disconnect', async () => {
    let signal: AbortSignal | undefined;
    window.fetch = (_url, init) => {
      signal = init!.signal!;
      return new Promise(() => {});
    };
    const { el, events } = await mount<QdTestWidget>(html`<qd-test-widget src="/pending.json"></qd-test-widget>`, null);
    expect(shadow(el).querySelector('[role="status"]')!.textContent).to.include('正在加载');
    expect(signal!.aborted).to.equal(false);
    el.remove();
    expect(signal!.aborted).to.equal(true);
    expect(events).to.have.length(0);
  });

  it('reads a light-DOM table and re-reads it when it changes', async () => {
    const { el, warns } = await mount<QdTestWidget>(html`<qd-test-widget><table>
      <thead><tr><th>year</th><th>value</th></tr></thead>
      <tbody><tr><td>2022</td><td>1,020.5</td></tr><tr><td>2023</td><td>n/a</td></tr></tbody></table></qd-test-widget>`);
    expect(textOf(el)).to.include('最新值 0 1');
    expect(textOf(el)).to.include('表格中有 1 行无法读取');
    expect(String(warns[0]![0])).to.include('row(s) 3');
    el.querySelector('tbody tr:last-child td:last-child')!.textContent = '1100';
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(textOf(el)).to.include('最新值 0 2');
    expect(textOf(el)).not.to.include('无法读取');
  });

  it('never lets an error escape to the page', async () => {
    const warns = recordWarn();
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const el = await fixture<QdTestWidget>(html`<qd-test-widget mode="throw-in-render" as-of="abc"></qd-test-widget>`);
    el.mode = 'throw-in-prepare';
    el.asOf = 2024;
    await el.updateComplete;
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(el.problem!.message).to.include('boom in prepare');
    expect(warns.map((w) => String(w[0]).slice(0, 30))).to.have.length(2);
  });
});
