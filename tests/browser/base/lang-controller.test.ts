/**
 * LangController: a widget's language (its own `lang` or the nearest
 * ancestor's), followed live. A bare host, and a tiny widget on the real base
 * class whose ancestor's `lang` changes while it is shown.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml, type TemplateResult } from 'lit';
import { LangController } from '../../../components/base/lang-controller.js';
import { QdElement } from '../../../components/base/qd-element.js';

class LangHost extends LitElement {
  lang$ = new LangController(this);
  override render() {
    return html`<p>${this.lang$.refresh().lang}</p>`;
  }
}
customElements.define('test-lang-host', LangHost);

class QdLangProbe extends QdElement {
  protected override renderLoading(): TemplateResult {
    return litHtml`<p class="loading" role="status">${this.catalog.loading}</p>`;
  }
  protected override renderContent(): TemplateResult {
    return litHtml`<p class="out">${this.catalog.latest}</p>`;
  }
}
customElements.define('qd-lang-probe', QdLangProbe);

const until = async (ok: () => boolean, ms = 3000): Promise<void> => {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('LangController: the language of a widget, followed live', () => {
  it('reads the nearest lang (its own first) and renders again when an ancestor’s lang changes', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="en-GB"><test-lang-host></test-lang-host></div>`);
    const el = box.querySelector('test-lang-host') as LangHost;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('en');
    box.setAttribute('lang', 'zh-Hans');
    await until(() => el.shadowRoot!.textContent === 'zh-CN');
    expect(el.lang$.resolved).to.include({ lang: 'zh-CN', supported: true });
    el.setAttribute('lang', 'en');
    await until(() => el.shadowRoot!.textContent === 'en');
  });

  it('a widget follows a live lang change of its ancestor to the other language, and never shows an error meanwhile', async () => {
    const box = await fixture<HTMLElement>(html`<div lang="zh-CN"><qd-lang-probe></qd-lang-probe></div>`);
    const el = box.querySelector('qd-lang-probe') as QdLangProbe;
    const errors: Event[] = [];
    el.addEventListener('qd-error', (e) => errors.push(e));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.out')!.textContent).to.equal('最新值');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
    observer.observe(el.shadowRoot!, { subtree: true, characterData: true, childList: true });
    box.setAttribute('lang', 'en');
    await until(() => el.locale === 'en');
    await el.updateComplete;
    observer.disconnect();
    expect(el.shadowRoot!.querySelector('.out')!.textContent).to.equal('Latest');
    expect(el.shadowRoot!.querySelector('[part~="error"], [part~="notice"]')).to.equal(null);
    expect(errors).to.deep.equal([]);
    expect(seen.every((t) => !/error|错误/i.test(t))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
