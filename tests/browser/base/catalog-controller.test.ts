import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { CatalogController, type CatalogSource } from '../../../components/base/catalog-controller.js';
import type { Catalog } from '../../../components/i18n/catalog.js';
import { loadCatalog } from '../../../components/i18n/load.js';
import type { Lang } from '../../../src/core.js';

/** A source whose loads a test releases (or fails) by hand; `loaded` knows what it released. */
class HeldSource implements CatalogSource {
  readonly asked: Lang[] = [];
  #held = new Map<Lang, { resolve: (c: Catalog) => void; reject: (e: Error) => void }>();
  #done = new Map<Lang, Catalog>();

  load(lang: Lang): Promise<Catalog> {
    this.asked.push(lang);
    return new Promise((resolve, reject) => this.#held.set(lang, { resolve, reject }));
  }

  loaded(lang: Lang): Catalog | null {
    return this.#done.get(lang) ?? null;
  }

  /** Lets the load of `lang` finish with the real catalog. */
  async release(lang: Lang): Promise<void> {
    const c = await loadCatalog(lang);
    this.#done.set(lang, c);
    this.#held.get(lang)!.resolve(c);
  }

  fail(lang: Lang): void {
    this.#held.get(lang)!.reject(new TypeError('Failed to fetch dynamically imported module'));
  }
}

/** A bare host of the controller: renders one text of the catalog in use. */
class CatalogHost extends LitElement {
  static override properties = { want: {} };
  declare want: Lang;
  source: CatalogSource | undefined = undefined;
  texts!: CatalogController;
  renders: string[] = [];

  constructor() {
    super();
    this.want = 'zh-CN';
  }

  override connectedCallback(): void {
    this.texts ??= new CatalogController(this, () => this.want, this.source);
    super.connectedCallback();
  }

  override render() {
    const text = this.texts.catalog?.downloadCsv ?? '(none)';
    this.renders.push(text);
    return html`<p>${text}</p>`;
  }
}
customElements.define('test-catalog-host', CatalogHost);

async function host(source?: CatalogSource, want: Lang = 'zh-CN'): Promise<CatalogHost> {
  const el = document.createElement('test-catalog-host') as CatalogHost;
  el.source = source;
  el.want = want;
  (await fixture(html`<div></div>`)).append(el);
  return el;
}

const until = async (ok: () => boolean, ms = 2000): Promise<void> => {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('CatalogController: the UI texts of the host’s language', () => {
  it('settled() resolves once the catalog of the language asked for is in use (the page’s loader)', async () => {
    const zh = await host();
    await zh.texts.settled();
    expect(zh.texts.catalog!.lang).to.equal('zh-CN');
    const en = await host(undefined, 'en');
    await en.texts.settled();
    expect(en.texts.catalog!.lang).to.equal('en');
    expect(en.texts.catalog).to.equal(await loadCatalog('en'));
    expect(en.texts.loading).to.equal(false);
    expect(en.texts.problem).to.equal(null);
  });

  it('has no catalog until the first one arrives, and then the host renders with it', async () => {
    const source = new HeldSource();
    const el = await host(source);
    const done = el.texts.settled();
    expect(el.texts.catalog).to.equal(null);
    expect(el.texts.loading).to.equal(true);
    await source.release('zh-CN');
    await done;
    expect(el.texts.catalog!.lang).to.equal('zh-CN');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('下载 CSV');
  });

  it('on a change of language, keeps the old catalog until the new one has arrived, then renders once in it', async () => {
    const source = new HeldSource();
    const el = await host(source);
    const first = el.texts.settled();
    await source.release('zh-CN');
    await first;
    await el.updateComplete;
    el.renders.length = 0;
    el.want = 'en';
    await el.updateComplete;
    // The English catalog is on its way: the host still shows Chinese, and nothing else.
    expect(source.asked).to.deep.equal(['zh-CN', 'en']);
    expect(el.texts.loading).to.equal(true);
    expect(el.texts.catalog!.lang).to.equal('zh-CN');
    expect(el.texts.problem).to.equal(null);
    expect(el.shadowRoot!.textContent).to.equal('下载 CSV');
    const done = el.texts.settled();
    await source.release('en');
    await done;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('Download CSV');
    expect(el.renders.every((r) => r === '下载 CSV' || r === 'Download CSV')).to.equal(true);
    expect(el.renders.at(-1)).to.equal('Download CSV');
  });

  it('a catalog already loaded is used at once; a late load of the language left behind is not', async () => {
    const source = new HeldSource();
    const el = await host(source);
    const first = el.texts.settled();
    await source.release('zh-CN');
    await first;
    el.want = 'en';
    await el.updateComplete;
    expect(el.texts.loading).to.equal(true);
    // Back to Chinese before English arrives: Chinese is loaded, so in use in the same update.
    el.want = 'zh-CN';
    await el.updateComplete;
    expect(el.texts.loading).to.equal(false);
    expect(el.texts.catalog!.lang).to.equal('zh-CN');
    await source.release('en');
    await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.texts.catalog!.lang).to.equal('zh-CN');
    expect(el.shadowRoot!.textContent).to.equal('下载 CSV');
  });

  it('a failed load keeps the old catalog and reports a notice; without any catalog it is fatal; settled() never rejects', async () => {
    const source = new HeldSource();
    const el = await host(source);
    const first = el.texts.settled();
    await source.release('zh-CN');
    await first;
    el.want = 'en';
    await el.updateComplete;
    const done = el.texts.settled();
    source.fail('en');
    await done;
    expect(el.texts.catalog!.lang).to.equal('zh-CN');
    expect(el.texts.problem).to.include({ code: 'catalog_load', fatal: false });
    expect(el.texts.problem!.message).to.include('lang="en"');
    // Back to a language that is there: no problem left.
    el.want = 'zh-CN';
    await el.updateComplete;
    expect(el.texts.problem).to.equal(null);

    const none = new HeldSource();
    const bare = await host(none, 'en');
    const settled = bare.texts.settled();
    await until(() => none.asked.length > 0);
    none.fail('en');
    await settled;
    expect(bare.texts.catalog).to.equal(null);
    expect(bare.texts.problem).to.include({ code: 'catalog_load', fatal: true });
  });
});
