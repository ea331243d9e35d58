// A page in one language loads that language's UI texts only (the built files, as published: one module a
// file, so a catalog is its own request): components/i18n/load.ts imports the catalog of the language a
// widget shows, and a card's or bar's precomputed view is that language's module.
import { expect } from '@open-wc/testing';

performance.setResourceTimingBufferSize(100_000);
const loaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
/** Imports a built module by its URL (not resolved by TypeScript: dist/ is a build output). */
const load = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);

async function widget(tag: string, indicator: string): Promise<HTMLElement> {
  const el = document.createElement(tag);
  el.setAttribute('indicator', indicator);
  const done = new Promise((r) => el.addEventListener('qd-load', r, { once: true }));
  document.getElementById('page')!.append(el);
  await done;
  return el;
}

describe('distribution: a page in one language', () => {
  it('loads only the English catalog and English precomputed views for a card, a bar and a trend chart in en; axe clean', async () => {
    const page = document.createElement('main');
    page.id = 'page';
    page.setAttribute('lang', 'en');
    document.body.append(page);
    await Promise.all(
      ['target-card', 'progress-bar', 'trend-chart'].map((w) => load(`/dist/components/${w}/index.js`)),
    );
    const card = await widget('qd-target-card', 'services-trade');
    await widget('qd-progress-bar', 'port-container-throughput');
    const chart = await widget('qd-trend-chart', 'services-trade');
    expect(chart.shadowRoot!.textContent).to.include('Trade in services');
    const urls = loaded();
    expect(urls).to.include('/dist/components/i18n/en.js');
    expect(urls.filter((u) => u.includes('zh-CN'))).to.deep.equal([]);
    expect(urls.filter((u) => u.includes('/generated/views/'))).to.deep.equal([
      '/dist/components/generated/views/services-trade.en.js',
      '/dist/components/generated/views/port-container-throughput.en.js',
    ]);
    await expect(card).to.be.accessible();
  });
});
