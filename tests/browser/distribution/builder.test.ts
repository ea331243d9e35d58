/**
 * examples/builder.html, the snippet builder: choosing a widget, an indicator, a
 * language, a theme and a year through its controls gives a snippet whose script
 * is pinned to the package version with the bundle's real sha384, and the
 * element; the live preview renders; the snippet pasted into an empty page
 * renders; the base URL is editable; copy buttons copy and say so. The builder offers the
 * bundled plan by design: names and the lists of choices are checked against the published plan
 * (dist/plan.json), not written down.
 */
import { expect } from '@open-wc/testing';
import {
  BUNDLE,
  TAGS,
  axeIn,
  closeFrames,
  describeViolations,
  notRendered,
  indicatorName,
  openFrame,
  publishedPlan,
  shadowText,
  sri384,
  targetName,
  waitFor,
} from './helpers.js';

interface Meta {
  version: string;
  integrity: string;
  file: string;
  cdnBase: string;
}

describe('distribution: examples/builder.html', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  let meta: Meta;
  let version: string;

  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const choose = (id: string, value: string) => {
    const select = $<HTMLSelectElement>(id);
    expect(
      [...select.options].map((o) => o.value),
      `${id} offers ${value}`,
    ).to.include(value);
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  };
  const pickLang = (lang: string) =>
    ($<HTMLInputElement>('controls').querySelector(`input[name="lang"][value="${lang}"]`) as HTMLInputElement).click();
  const setBase = (value: string) => {
    const input = $<HTMLInputElement>('base');
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const htmlSnippet = () => $('html-snippet').textContent!;
  const previewEl = () => $('preview').firstElementChild;

  before(async () => {
    version = (await (await fetch('/package.json')).json()).version;
    meta = await (await fetch('/examples/generated/meta.json')).json();
    frame = await openFrame('/examples/builder.html', 1200, 1000);
    doc = frame.contentDocument!;
    await waitFor(() => (htmlSnippet().includes('integrity=') ? '' : `no snippet yet: ${htmlSnippet()}`));
  });
  after(closeFrames);

  it('meta.json holds the package version and the real sha384 of the built bundle', async () => {
    expect(meta.version).to.equal(version);
    expect(meta.file).to.equal('qingdao-services-plan.min.js');
    expect(meta.integrity).to.equal(await sri384(BUNDLE));
    expect(meta.cdnBase).to.equal(`https://cdn.jsdelivr.net/npm/qingdao-services-plan@${version}/dist/cdn/`);
  });

  it('offers every widget, and for each only the indicators it accepts', async () => {
    const plan = await publishedPlan();
    const withTarget = new Set(plan.figures.filter((f) => f.role === 'target').map((f) => f.indicator));
    const kindOf = new Map(plan.indicators.map((i) => [i.id, i]));
    expect([...$<HTMLSelectElement>('widget').options].map((o) => o.value)).to.deep.equal([...TAGS]);
    choose('widget', 'qd-share-chart');
    const shares = [...$<HTMLSelectElement>('choice').options].map((o) => o.value);
    expect(shares).to.have.lengthOf.above(0);
    for (const id of shares) expect(kindOf.get(id)?.kind, `${id} is a share of a named whole`).to.equal('share');
    expect(shares.every((id) => kindOf.get(id)!.whole)).to.equal(true);
    choose('widget', 'qd-target-card');
    const targets = [...$<HTMLSelectElement>('choice').options].map((o) => o.value);
    // Every indicator with a target, and nothing else (no indicator without one).
    expect([...targets].sort()).to.deep.equal([...withTarget].sort());
    expect(plan.indicators.some((i) => !withTarget.has(i.id))).to.equal(true);
    choose('widget', 'qd-target-table');
    expect([...$<HTMLSelectElement>('choice').options].map((o) => o.value)).to.deep.equal([
      '',
      ...plan.dimensions.map((d) => `dimension:${d.id}`),
      ...plan.industries.map((d) => `industry:${d.id}`),
    ]);
    choose('widget', 'qd-plan-dashboard');
    expect($<HTMLSelectElement>('choice').disabled).to.equal(true);
  });

  it('writes the HTML snippet for the chosen widget, indicator, language, theme and year: pinned script with integrity, and the element', async () => {
    choose('widget', 'qd-target-card');
    choose('choice', 'port-container-throughput');
    pickLang('en');
    choose('theme', 'dark');
    choose('as-of', '2024');
    const expected = await sri384(BUNDLE);
    const [script, element] = htmlSnippet().split('\n');
    expect(script).to.equal(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/qingdao-services-plan@${version}/dist/cdn/qingdao-services-plan.min.js" integrity="${expected}" crossorigin="anonymous"></script>`,
    );
    expect(element).to.equal(
      '<qd-target-card indicator="port-container-throughput" lang="en" theme="dark" as-of="2024"></qd-target-card>',
    );
    // The live preview is that element, rendered.
    const el = previewEl()!;
    expect(
      el.outerHTML.startsWith(
        '<qd-target-card indicator="port-container-throughput" lang="en" theme="dark" as-of="2024"',
      ),
    ).to.equal(true);
    await waitFor(() => notRendered(el, 'qd-target-card'));
    expect(shadowText(el)).to.include((await targetName('port-container-throughput')).en);
  });

  for (const tag of TAGS) {
    it(`the live preview renders <${tag}>`, async () => {
      choose('widget', tag);
      pickLang('zh-CN');
      choose('theme', 'light');
      choose('as-of', '');
      const el = previewEl();
      expect(el?.localName).to.equal(tag);
      expect(htmlSnippet().split('\n')[1]).to.match(
        new RegExp(`^<${tag}( [a-z-]+="[^"]*")* lang="zh-CN" theme="light"></${tag}>$`),
      );
      await waitFor(() => notRendered(el, tag));
    });
  }

  it('writes the iframe snippet pointing at embed.html with the same choices', async () => {
    choose('widget', 'qd-trend-chart');
    choose('choice', 'port-container-throughput');
    pickLang('en');
    choose('theme', 'auto');
    const iframe = $('iframe-snippet').textContent!;
    // On a public CDN HTML is served as text: the iframe points at this site's embed page.
    const src = new URL(
      `embed.html?widget=qd-trend-chart&indicator=port-container-throughput&lang=en&id=qd-port-container-throughput`,
      frame.contentWindow!.location.href,
    ).href;
    expect(iframe).to.include(`src="${src.replace(/&/g, '&amp;')}"`);
    expect(iframe).to.include('name="qd-port-container-throughput"');
    expect(iframe).to.include(`title="Trend chart: ${(await indicatorName('port-container-throughput')).en}"`);
    expect(iframe).to.match(/height="\d+"/);
    // No obsolete frameborder: the border is removed by a style, and the frame keeps its title.
    expect(iframe).to.include('style="border:0"');
    expect(iframe).to.not.include('frameborder');
    expect(iframe).to.match(
      /^<iframe src="[^"]+" name="[^"]+" title="[^"]+" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe>$/,
    );
    expect($('listener-snippet').textContent).to.include(`e.origin !== "${location.origin}"`);
  });

  it("the editors' guide's iframe example (docs/embedding.md) is what the builder writes for the same widget, height included", async () => {
    const guide = await (await fetch('/docs/embedding.md')).text();
    const example = guide.match(/<iframe src="[^"]*"\s+[^>]*><\/iframe>/)?.[0];
    expect(example, 'an iframe example in docs/embedding.md').to.be.a('string');
    const src = new URL(example!.match(/src="([^"]*)"/)![1]!.replace(/&amp;/g, '&'));
    const q = src.searchParams;
    choose('widget', q.get('widget')!);
    choose('choice', q.get('indicator')!);
    pickLang(q.get('lang')!);
    choose('theme', 'auto');
    choose('as-of', '');
    setBase(new URL('.', src).href);
    // The height follows the preview once the widget has rendered (this window: 1,200 px).
    const expected = example!.replace(/\s+/g, ' ');
    await waitFor(() =>
      $('iframe-snippet').textContent === expected
        ? ''
        : `the builder writes ${$('iframe-snippet').textContent}\ndocs/embedding.md has ${expected}`,
    );
    $('reset-base').click();
  });

  it('has the navigation of the gallery (every example page, the embed page included), this page marked current', async () => {
    const gallery = new DOMParser().parseFromString(await (await fetch('/examples/index.html')).text(), 'text/html');
    const links = (d: Document) =>
      [...d.querySelectorAll('header.site nav a')].map(
        (a) => `${a.getAttribute('href')} ${a.textContent!.replace(/\s+/g, ' ').trim()}`,
      );
    expect(links(doc)).to.deep.equal(links(gallery));
    expect(links(doc).some((l) => l.startsWith('./embed.html?') && l.endsWith('iframe 嵌入 Embed page'))).to.equal(
      true,
    );
    expect(
      [...doc.querySelectorAll('header.site nav a[aria-current="page"]')].map((a) => a.getAttribute('href')),
    ).to.deep.equal(['./builder.html']);
    expect(doc.querySelector('header.site nav')!.getAttribute('aria-label')).to.equal(
      gallery.querySelector('header.site nav')!.getAttribute('aria-label'),
    );
  });

  it('while the base URL is invalid, no snippet is shown or copyable, whatever the choices; a valid base brings them back', async () => {
    choose('widget', 'qd-target-card');
    choose('choice', 'services-trade');
    pickLang('zh-CN');
    expect(htmlSnippet()).to.include('<qd-target-card indicator="services-trade"');
    const buttons = ['copy-html', 'copy-iframe', 'copy-listener'].map((id) => $<HTMLButtonElement>(id));
    const snippets = ['html-snippet', 'iframe-snippet', 'listener-snippet'].map((id) => $(id));
    const noSnippet = (why: string) => {
      for (const pre of snippets) {
        expect(pre.textContent, `${pre.id} ${why}`).to.not.match(/<(script|iframe|qd-)/);
        expect(pre.textContent, `${pre.id} ${why}`).to.include('base URL of the files is not valid');
        expect(pre.classList.contains('invalid'), `${pre.id} marked invalid ${why}`).to.equal(true);
      }
      for (const b of buttons) expect(b.disabled, `${b.id} disabled ${why}`).to.equal(true);
    };

    setBase('www.example.gov.cn/static/qd');
    expect($('base-error').textContent).to.include('Enter an http(s) URL');
    expect($('base-error').textContent, 'names what is missing').to.include('https://www.example.gov.cn/static/qd');
    expect($('base').getAttribute('aria-invalid')).to.equal('true');
    noSnippet('after an invalid base');

    // Choices made meanwhile update the preview, never bring back an old snippet.
    choose('widget', 'qd-trend-chart');
    choose('choice', 'port-container-throughput');
    pickLang('en');
    expect(previewEl()?.localName).to.equal('qd-trend-chart');
    noSnippet('after a change of widget');
    await new Promise((r) => setTimeout(r, 300)); // (the preview's resize rewrites the snippets too)
    noSnippet('after the preview resized');

    // A disabled button copies nothing.
    const copied: string[] = [];
    Object.defineProperty(frame.contentWindow!.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    buttons[0]!.click();
    await new Promise((r) => setTimeout(r, 50));
    expect(copied).to.deep.equal([]);
    expect($('html-status').textContent).to.equal('');

    setBase('https://www.example.gov.cn/static/qd');
    expect($('base-error').textContent).to.equal('');
    expect($('base').getAttribute('aria-invalid')).to.equal('false');
    for (const b of buttons) expect(b.disabled, `${b.id} enabled again`).to.equal(false);
    for (const pre of snippets) expect(pre.classList.contains('invalid')).to.equal(false);
    expect(htmlSnippet()).to.include('src="https://www.example.gov.cn/static/qd/qingdao-services-plan.min.js"');
    expect(htmlSnippet().split('\n')[1]).to.equal(
      '<qd-trend-chart indicator="port-container-throughput" lang="en"></qd-trend-chart>',
    );
    expect($('iframe-snippet').textContent).to.include(
      'src="https://www.example.gov.cn/static/qd/embed.html?widget=qd-trend-chart&amp;indicator=port-container-throughput&amp;lang=en',
    );
    expect($('listener-snippet').textContent).to.include('e.origin !== "https://www.example.gov.cn"');
    buttons[0]!.click();
    await waitFor(() => (copied.length ? '' : 'nothing copied once the base is valid'));
    expect(copied[0]).to.equal(htmlSnippet());
    $('reset-base').click();
  });

  it('takes a self-hosted base URL (absolute or a path) for both snippets, and rejects a bad one', () => {
    choose('widget', 'qd-target-card');
    choose('choice', 'services-trade');
    setBase('https://files.example.gov.cn/qd/');
    expect(htmlSnippet()).to.include('src="https://files.example.gov.cn/qd/qingdao-services-plan.min.js"');
    expect($('iframe-snippet').textContent).to.include(
      'src="https://files.example.gov.cn/qd/embed.html?widget=qd-target-card&amp;indicator=services-trade',
    );
    expect($('listener-snippet').textContent).to.include('e.origin !== "https://files.example.gov.cn"');
    setBase('/static/qd');
    expect(htmlSnippet()).to.include('src="/static/qd/qingdao-services-plan.min.js"');
    expect($('iframe-snippet').textContent).to.include('src="/static/qd/embed.html?');
    expect($('listener-snippet').textContent).to.include('e.origin !== location.origin');
    setBase('javascript:alert(1)');
    expect($('base-error').textContent).to.not.equal('');
    expect($('base').getAttribute('aria-invalid')).to.equal('true');
    $('reset-base').click();
    expect(($('base') as HTMLInputElement).value).to.equal(meta.cdnBase);
    expect($('base-error').textContent).to.equal('');
  });

  it('the HTML snippet pasted into an empty page (base: the built files) renders the widget, integrity checked', async () => {
    choose('widget', 'qd-progress-bar');
    choose('choice', 'port-container-throughput');
    pickLang('en');
    choose('theme', 'light');
    choose('as-of', '');
    setBase('/dist/cdn/');
    const snippet = htmlSnippet();
    expect(snippet).to.include(`integrity="${await sri384(BUNDLE)}"`);
    const page = await openFrame(
      `srcdoc:<!doctype html><html lang="en"><head><title>Pasted</title></head><body>${snippet}</body></html>`,
      700,
      400,
    );
    const el = page.contentDocument!.querySelector('qd-progress-bar');
    await waitFor(() => notRendered(el, 'qd-progress-bar'));
    expect(el!.shadowRoot!.querySelector('[part="meter"]')!.getAttribute('aria-label')).to.include(
      (await targetName('port-container-throughput')).en,
    );
    page.remove();
    $('reset-base').click();
  });

  it('a snippet with a wrong integrity hash is refused by the browser (the hash is enforced)', async () => {
    const bad = `<script type="module" src="/dist/cdn/qingdao-services-plan.min.js" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous"></script><qd-progress-bar indicator="services-trade"></qd-progress-bar>`;
    const page = await openFrame(
      `srcdoc:<!doctype html><html lang="en"><head><title>Bad</title></head><body>${bad}</body></html>`,
      600,
      300,
    );
    await new Promise((r) => setTimeout(r, 500));
    expect(page.contentWindow!.customElements.get('qd-progress-bar')).to.equal(undefined);
    page.remove();
  });

  it('copy buttons copy the snippet and say so (keyboard operable buttons)', async () => {
    const win = frame.contentWindow!;
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (t: string) => void copied.push(t) },
    });
    const button = $<HTMLButtonElement>('copy-html');
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    button.click();
    await waitFor(() =>
      $('html-status').textContent!.includes('Copied') ? '' : `status: ${$('html-status').textContent}`,
    );
    expect(copied[0]).to.equal(htmlSnippet());
    expect($('html-status').getAttribute('role')).to.equal('status');
    $('copy-iframe').click();
    await waitFor(() => ($('iframe-status').textContent!.includes('Copied') ? '' : 'iframe not copied'));
    expect(copied[1]).to.equal($('iframe-snippet').textContent);
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: {
        writeText: async () => {
          throw new Error('denied');
        },
      },
    });
    $('copy-listener').click();
    await waitFor(() => ($('listener-status').textContent!.includes('Ctrl+C') ? '' : 'no fallback message'));
    expect(win.getSelection()!.toString()).to.equal($('listener-snippet').textContent);
  });

  it('every form control has a label, and the page passes axe', async () => {
    for (const control of doc.querySelectorAll('select, input')) {
      const c = control as HTMLInputElement;
      expect(c.labels?.length ?? 0, `${c.id || c.name} has a label`).to.be.greaterThan(0);
    }
    const violations = await axeIn(frame);
    expect(violations, describeViolations(violations)).to.have.length(0);
  });
});
