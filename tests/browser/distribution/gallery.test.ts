/**
 * examples/index.html, the gallery served by `npm start`: it loads the built
 * bundle (not the sources) and shows every widget with data in zh-CN and en,
 * light and dark, each beside exactly the markup that renders it. Its structure and
 * markup are in the HTML; it creates each widget as its stage nears the viewport.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { TAGS, axeIn, closeFrames, describeViolations, openFrame, waitFor, waitForWidgets } from './helpers.js';

/**
 * Scrolls each variant of the gallery into view in turn until its widget is on its stage, then back to the top
 * (the section of other governments' plans is tested in other-plans-pages.test.ts).
 */
async function scrollThrough(frame: HTMLIFrameElement): Promise<void> {
  const doc = frame.contentDocument!;
  for (const v of doc.querySelectorAll('#gallery .variant')) {
    v.scrollIntoView({ block: 'center' });
    await waitFor(
      () => (v.querySelector('.stage > *') ? '' : `no widget on the stage of #${v.getAttribute('aria-labelledby')}`),
      5000,
    );
  }
  frame.contentWindow!.scrollTo(0, 0);
}

describe('distribution: the gallery (examples/index.html)', () => {
  let frame: HTMLIFrameElement;
  before(async () => {
    frame = await openFrame('/examples/', 1280, 1000);
  });
  after(closeFrames);

  it('loads the built bundle, not the sources', () => {
    // (the dev server adds its own /__web-dev-server__web-socket.js)
    const scripts = [...frame.contentDocument!.querySelectorAll('script')]
      .map((s) => s.getAttribute('src'))
      .filter((src) => !src?.includes('__web-dev-server'));
    expect(scripts).to.deep.equal(['./gallery.js']);
    const frameResources = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((r) => new URL(r.name).pathname);
    expect(frameResources).to.include('/dist/cdn/qingdao-services-plan.min.js');
    expect(frameResources.filter((p) => p.endsWith('.ts'))).to.deep.equal([]);
  });

  it('paints its structure and every markup from the HTML, and creates a widget when it comes near the viewport', async () => {
    const doc = frame.contentDocument!;
    const source = await (await fetch('/examples/index.html')).text();
    // Every widget twice, then the section of other governments' plans (tested in other-plans-pages.test.ts).
    const variants = [...doc.querySelectorAll('.variant')];
    expect(doc.querySelectorAll('#gallery .variant')).to.have.length(TAGS.length * 2);
    expect(variants.length).to.be.greaterThan(TAGS.length * 2);
    for (const v of variants) {
      const markup = v.querySelector('pre code')!.textContent!;
      expect(markup).to.match(/^<qd-[a-z-]+( [a-z-]+="[^"]*")*><\/qd-[a-z-]+>$/);
      expect(source, 'markup written in index.html').to.include(markup.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    }
    expect(doc.querySelectorAll('qd-plan-dashboard'), 'widgets far below the viewport').to.have.length(0);
    const first = variants[0]!;
    first.scrollIntoView({ block: 'center' });
    await waitFor(() =>
      first.querySelector('.stage > qd-target-card') ? '' : 'the first widget is not on its stage once in view',
    );
    expect(doc.querySelectorAll('qd-plan-dashboard'), 'widgets far below the viewport').to.have.length(0);
  });

  it('shows every widget with data in zh-CN light and en dark, and swapped', async () => {
    const doc = frame.contentDocument!;
    await scrollThrough(frame);
    await waitForWidgets(doc);
    for (const tag of TAGS) {
      const combos = [...doc.querySelectorAll(`#gallery ${tag}`)].map(
        (el) => `${el.getAttribute('lang')}/${el.getAttribute('theme')}`,
      );
      expect(combos, tag).to.deep.equal(['zh-CN/light', 'en/dark']);
    }
    const swap = doc.getElementById('swap') as HTMLInputElement;
    swap.click();
    await waitForWidgets(doc);
    for (const tag of TAGS) {
      const combos = [...doc.querySelectorAll(`#gallery ${tag}`)].map(
        (el) => `${el.getAttribute('lang')}/${el.getAttribute('theme')}`,
      );
      expect(combos, tag).to.deep.equal(['zh-CN/dark', 'en/light']);
    }
    swap.click();
  });

  it('shows beside each widget exactly the markup that renders it', async () => {
    const doc = frame.contentDocument!;
    const variants = [...doc.querySelectorAll('#gallery .variant')];
    expect(variants).to.have.length(TAGS.length * 2);
    for (const v of variants) {
      const el = v.querySelector('.stage')!.firstElementChild!;
      const shown = v.querySelector('pre code')!.textContent!;
      const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
      expect(shown).to.equal(`<${el.localName}${attrs}></${el.localName}>`);
      expect(el.children).to.have.length(0);
    }
    expect(doc.getElementById('script-line')!.textContent).to.match(
      /^<script type="module" src="https:\/\/cdn\.jsdelivr\.net\/npm\/qingdao-services-plan@[\d.]+\/dist\/cdn\/qingdao-services-plan\.min\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"><\/script>$/,
    );
  });

  it('links the data files, and every link resolves', async () => {
    const doc = frame.contentDocument!;
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href);
    for (const file of ['plan.json', 'plan.csv', 'observations.csv'])
      expect(
        hrefs.some((h) => h.endsWith(`/dist/${file}`)),
        file,
      ).to.equal(true);
    for (const href of hrefs) expect((await fetch(href)).status, href).to.equal(200);
  });

  it('passes axe', async () => {
    await waitForWidgets(frame.contentDocument!);
    const violations = await axeIn(frame);
    expect(violations, describeViolations(violations)).to.have.length(0);
  });
});

describe('distribution: the gallery before printing', () => {
  after(closeFrames);

  it('creates every widget, without scrolling, when the page is printed', async () => {
    const frame = await openFrame('/examples/', 1280, 1000);
    const doc = frame.contentDocument!;
    expect(doc.querySelectorAll('qd-plan-dashboard')).to.have.length(0);
    frame.contentWindow!.dispatchEvent(new Event('beforeprint'));
    expect(doc.querySelectorAll('.stage:empty')).to.have.length(0);
    await waitForWidgets(doc);
  });
});

describe('distribution: the gallery keeps still', () => {
  afterEach(closeFrames);

  // Lighthouse's desktop viewport (at its mobile one no widget is on the first screen).
  for (const [width, height] of [[1350, 940]] as const) {
    it(`shifts nothing while its first widgets render (${width}x${height}, Lighthouse's viewports)`, async () => {
      closeFrames();
      await setViewport({ width: width + 50, height: height + 50 });
      const frame = await openFrame('/examples/', width, height);
      // On the test page's screen, so that the gallery creates the widgets its viewport shows.
      frame.style.cssText = 'position: fixed; inset: 0 auto auto 0; z-index: 1';
      const win = frame.contentWindow! as Window & typeof globalThis;
      const made = () =>
        [...frame.contentDocument!.querySelectorAll('.stage > *')] as (Element & {
          updateComplete: Promise<boolean>;
        })[];
      await waitFor(() => (made().length ? '' : 'no widget created yet'), 5000);
      await new Promise((r) => setTimeout(r, 1500));
      await Promise.all(made().map((el) => el.updateComplete));
      await new Promise((r) => setTimeout(r, 300));
      const shifts = await new Promise<{ value: number; at: string }[]>((resolve) => {
        new win.PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve(
            list.getEntries().map((e) => {
              const s = e as PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] };
              const node = s.sources?.[0]?.node as HTMLElement | undefined;
              return {
                value: s.hadRecentInput ? 0 : s.value,
                at: `${node?.dataset?.tag ?? node?.nodeName ?? '?'}/${node?.dataset?.lang ?? ''}`,
              };
            }),
          );
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve([]), 1000);
      });
      expect(
        shifts.filter((x) => x.value > 0),
        JSON.stringify(shifts),
      ).to.deep.equal([]);
    });
  }
});
