import { expect, fixture, html } from '@open-wc/testing';
import '../../components/target-card/index.js';
import '../../components/trend-chart/index.js';
import '../../components/share-chart/index.js';
import '../../components/target-table/index.js';
import '../../components/plan-dashboard/index.js';
import { presetDocument, presetDocumentUrl, presets } from '../../src/core.js';
import { catalog as zh } from '../../components/i18n/zh-CN.js';
import { catalog as en } from '../../components/i18n/en.js';
import { methodDisplay, type MethodDisplay } from '../../components/views/status-display.js';
import { renderMethodDisplay, statusStyles } from '../../components/render/status-parts.js';
import { mountFixture as mount, restoreWarn, shadow } from './helpers/mount.js';

const EUROSTAT_URL = 'https://ec.europa.eu/eurostat/web/sdi';
const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The method document's link of a method line: a safe https link, its text the document's title. */
function expectDocumentLink(method: Element | null, title: string, url: string): void {
  expect(method, 'method line').to.not.equal(null);
  const a = method!.querySelector('.method-document a') as HTMLAnchorElement;
  expect(a, 'link').to.not.equal(null);
  expect(a.getAttribute('href')).to.equal(url);
  expect(a.protocol).to.equal('https:');
  expect(a.target).to.equal('_blank');
  expect(a.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
  expect(text(a)).to.equal(title);
}

/** A method line rendered on its own, in a styled container (for the presets no widget uses by default). */
async function renderLine(m: MethodDisplay, lang: string): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = statusStyles.cssText;
  root.append(style);
  const { render } = await import('lit');
  render(renderMethodDisplay(m), root);
  return host;
}

describe('the method line links to the preset’s method document', () => {
  afterEach(restoreWarn);

  it('the card’s sources link the document’s title to its https address, in a new tab (zh-CN and en, axe)', async () => {
    const { el } = await mount(html`<qd-target-card indicator="tourism-income"></qd-target-card>`);
    const method = shadow(el).querySelector('[part="source"] [part="method"]');
    expect(text(method)).to.include('方法依据：欧盟统计局可持续发展监测报告方法附录');
    expectDocumentLink(method, presetDocument('eurostat')!, EUROSTAT_URL);
    await expect(el).to.be.accessible();
    const { el: card } = await mount(html`<qd-target-card indicator="port-throughput" lang="en"></qd-target-card>`);
    const m = shadow(card).querySelector('[part="method"]');
    expect(text(m)).to.include('Method document: Eurostat, Sustainable development in the EU');
    expectDocumentLink(m, presetDocument('eurostat', 'en')!, EUROSTAT_URL);
    await expect(card).to.be.accessible();
  });

  it('the trend and share charts’ sources views link it (en and zh-CN, axe)', async () => {
    const { el } = await mount(
      html`<qd-trend-chart indicator="tourism-income" lang="en" view="sources"></qd-trend-chart>`,
    );
    expectDocumentLink(
      shadow(el).querySelector('[part="sources"] [part="method"]'),
      presetDocument('eurostat', 'en')!,
      EUROSTAT_URL,
    );
    await expect(el).to.be.accessible();
    const { el: share } = await mount(
      html`<qd-share-chart indicator="services-share-of-gdp" view="sources"></qd-share-chart>`,
    );
    expectDocumentLink(
      shadow(share).querySelector('[part="sources"] [part="method"]'),
      presetDocument('eurostat')!,
      EUROSTAT_URL,
    );
    await expect(share).to.be.accessible();
  });

  it('the table’s row sources link it (en, axe)', async () => {
    const { el } = await mount(html`<qd-target-table lang="en"></qd-target-table>`);
    const rows = [...shadow(el).querySelectorAll('tbody tr')];
    expect(rows.length).to.be.above(0);
    for (const tr of rows)
      expectDocumentLink(
        tr.querySelector('[part="sources"] [part="method"]'),
        presetDocument('eurostat', 'en')!,
        EUROSTAT_URL,
      );
    await expect(el).to.be.accessible();
  });

  it('the dashboard’s header links it (zh-CN, axe)', async () => {
    const { el } = await mount(html`<qd-plan-dashboard></qd-plan-dashboard>`);
    expectDocumentLink(
      shadow(el).querySelector('[part="header"] [part="method"]'),
      presetDocument('eurostat')!,
      EUROSTAT_URL,
    );
    await expect(el).to.be.accessible();
  });

  it('every built-in preset’s line links its own document, zh-CN and en (axe)', async () => {
    for (const name of Object.keys(presets)) {
      for (const c of [zh, en]) {
        const m = methodDisplay(name, c);
        expect(m.document?.url, name).to.equal(presetDocumentUrl(name));
        const host = await renderLine(m, c.lang);
        const line = host.shadowRoot!.querySelector('[part="method"]');
        expectDocumentLink(line, presetDocument(name, c.lang)!, presetDocumentUrl(name)!);
        await expect(host).to.be.accessible();
      }
    }
  });

  it('links nothing for a custom preset, and never a URL that is not https', async () => {
    const custom = methodDisplay('my-office', en);
    expect(custom.document).to.equal(null);
    const host = await renderLine(custom, 'en');
    expect(text(host.shadowRoot!.querySelector('[part="method"]'))).to.equal('Method: my-office');
    expect(host.shadowRoot!.querySelector('a')).to.equal(null);
    const base = methodDisplay('escap', en);
    for (const url of [
      'javascript:alert(1)',
      'http://data.unescap.org/x',
      'data:text/html,x',
      '//example.org',
      'not a url',
    ]) {
      const h = await renderLine({ ...base, document: { ...base.document!, url } }, 'en');
      expect(h.shadowRoot!.querySelector('a'), url).to.equal(null);
      expect(text(h.shadowRoot!.querySelector('.method-document'))).to.equal(
        `Method document: ${presetDocument('escap', 'en')}`,
      );
    }
  });
});
