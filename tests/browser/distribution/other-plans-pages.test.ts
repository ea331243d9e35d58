/**
 * Other governments' plans in the example pages (issue 17): the snippet builder offers the
 * bundled plan and the example plans of examples/plans/ (a draft marked 草案 / draft), and
 * writes src= (and target= for an indicator with several targets) into both snippets; the
 * embed page takes src and target; the gallery's "Other governments' plans" section renders
 * widgets from those plans. Names and years are read from the plan files, not written down.
 */
import { expect } from '@open-wc/testing';
import {
  axeIn,
  closeFrames,
  describeViolations,
  notRendered,
  openFrame,
  shadowText,
  waitFor,
  waitForWidgets,
} from './helpers.js';

const SICHUAN = '/examples/plans/sichuan-services-2021-2025/plan.json';
const JINAN = '/examples/plans/jinan-2026-2030/plan.json';
const MINIMAL = '/examples/plans/minimal/plan.json';
const QINGDAO = /青岛|Qingdao|qingdao/;

interface PlanFile {
  meta: { title: { zh: string; en: string }; status?: string; baseYear: number; targetYear: number };
  figures: { id: string; indicator: string; role: string; targetYear?: number; name: { zh: string; en: string } }[];
}
const planFile = async (path: string): Promise<PlanFile> => (await fetch(path)).json();

describe('distribution: the snippet builder with another government’s plan', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  const $ = <T extends HTMLElement>(id: string) => doc.getElementById(id) as T;
  const options = (id: string) => [...$<HTMLSelectElement>(id).options];
  const choose = (id: string, value: string) => {
    expect(
      options(id).map((o) => o.value),
      `${id} offers ${value}`,
    ).to.include(value);
    $<HTMLSelectElement>(id).value = value;
    $<HTMLSelectElement>(id).dispatchEvent(new Event('change', { bubbles: true }));
  };
  const pickLang = (lang: string) =>
    ($<HTMLInputElement>('controls').querySelector(`input[name="lang"][value="${lang}"]`) as HTMLInputElement).click();
  const element = () => $('html-snippet').textContent!.split('\n')[1]!;
  const preview = () => $('preview').firstElementChild;
  const abs = (path: string) => new URL(path, location.href).href;

  before(async () => {
    frame = await openFrame('/examples/builder.html', 1200, 1000);
    doc = frame.contentDocument!;
    await waitFor(() => ($('html-snippet').textContent!.includes('integrity=') ? '' : 'no snippet yet'));
  });
  after(closeFrames);

  it('offers the bundled plan first, then each example plan by its title, a draft marked as one', async () => {
    const plans = options('plan');
    expect(plans[0]!.value).to.equal('');
    expect(plans.map((o) => o.value).slice(1)).to.deep.equal([abs(SICHUAN), abs(JINAN), abs(MINIMAL)]);
    for (const path of [SICHUAN, JINAN, MINIMAL]) {
      const { meta } = await planFile(path);
      const label = plans.find((o) => o.value === abs(path))!.textContent!;
      expect(label).to.include(meta.title.zh);
      expect(label.includes('草案') && /\bdraft\b/.test(label), `${path}: draft marked`).to.equal(
        meta.status === 'draft',
      );
    }
    expect(plans.find((o) => o.value === abs(JINAN))!.textContent).to.include('草案');
  });

  it('lists each target of an indicator with several, and writes src= and target= for one of them', async () => {
    const plan = await planFile(SICHUAN);
    choose('plan', abs(SICHUAN));
    choose('widget', 'qd-target-card');
    const targets = plan.figures.filter((f) => f.role === 'target');
    const several = targets.filter((t) => targets.filter((u) => u.indicator === t.indicator).length > 1);
    expect(several.length).to.be.greaterThan(1);
    const values = options('choice').map((o) => o.value);
    for (const t of several) expect(values).to.include(`target:${t.id}`);
    for (const t of targets.filter((t) => !several.includes(t))) expect(values).to.include(t.indicator);
    choose('choice', 'target:services-va-2027');
    pickLang('en');
    choose('theme', 'auto');
    choose('as-of', '');
    expect(element()).to.equal(
      `<qd-target-card src="${abs(SICHUAN)}" target="services-va-2027" lang="en"></qd-target-card>`,
    );
    const el = preview()!;
    await waitFor(() => notRendered(el, 'qd-target-card'));
    const name = plan.figures.find((f) => f.id === 'services-va-2027')!.name.en;
    expect(shadowText(el)).to.include(name);
    expect(shadowText(el)).to.include('4.2 trillion');
    expect(shadowText(el)).to.not.match(QINGDAO);
    // The iframe snippet carries the same plan and target to embed.html.
    const src = /src="([^"]+)"/.exec($('iframe-snippet').textContent!)![1]!.replace(/&amp;/g, '&');
    const q = new URL(src).searchParams;
    expect([q.get('widget'), q.get('src'), q.get('target')]).to.deep.equal([
      'qd-target-card',
      abs(SICHUAN),
      'services-va-2027',
    ]);
  });

  it('offers the plan’s own evaluation years: a 2026-2030 plan from its base year to 2030, 2030 the default', async () => {
    const { meta } = await planFile(JINAN);
    choose('plan', abs(JINAN));
    const years = options('as-of').map((o) => o.value);
    const expected = [''];
    for (let y = meta.baseYear; y <= meta.targetYear; y++) expected.push(String(y));
    expect(years).to.deep.equal(expected);
    expect(options('as-of')[0]!.textContent).to.include(`(${meta.targetYear})`);
    choose('widget', 'qd-plan-dashboard');
    pickLang('zh-CN');
    choose('as-of', '2027');
    expect(element()).to.equal(`<qd-plan-dashboard src="${abs(JINAN)}" lang="zh-CN" as-of="2027"></qd-plan-dashboard>`);
    const el = preview()!;
    await waitFor(() => notRendered(el, 'qd-plan-dashboard'));
    expect(shadowText(el)).to.include(meta.title.zh);
    expect(shadowText(el)).to.include('截至2027年');
    expect(shadowText(el)).to.not.match(QINGDAO);
  });

  it('the HTML snippet for another plan, pasted into an empty page, renders that plan', async () => {
    choose('plan', abs(MINIMAL));
    choose('widget', 'qd-target-table');
    choose('choice', '');
    pickLang('en');
    choose('as-of', '');
    const base = $<HTMLInputElement>('base');
    base.value = '/dist/cdn/';
    base.dispatchEvent(new Event('input', { bubbles: true }));
    const snippet = $('html-snippet').textContent!;
    expect(snippet).to.include(`src="${abs(MINIMAL)}"`);
    const page = await openFrame(
      `srcdoc:<!doctype html><html lang="en"><head><title>Pasted</title></head><body>${snippet}</body></html>`,
      900,
      500,
    );
    const el = page.contentDocument!.querySelector('qd-target-table');
    await waitFor(() => notRendered(el, 'qd-target-table'));
    const plan = await planFile(MINIMAL);
    expect(el!.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(
      plan.figures.filter((f) => f.role === 'target').length,
    );
    expect(shadowText(el!)).to.not.match(QINGDAO);
    page.remove();
    $('reset-base').click();
  });

  it('back on the bundled plan, writes no src and the bundled years', () => {
    choose('plan', '');
    choose('widget', 'qd-target-card');
    choose('choice', 'services-trade');
    pickLang('zh-CN');
    expect(element()).to.equal('<qd-target-card indicator="services-trade" lang="zh-CN"></qd-target-card>');
    expect(options('as-of').map((o) => o.value)).to.deep.equal(['', '2020', '2021', '2022', '2023', '2024', '2025']);
  });

  it('with another plan chosen, every control has a label and the page passes axe', async () => {
    choose('plan', abs(SICHUAN));
    choose('widget', 'qd-target-table');
    await waitFor(() => notRendered(preview(), 'qd-target-table'));
    for (const control of doc.querySelectorAll('select, input')) {
      const c = control as HTMLInputElement;
      expect(c.labels?.length ?? 0, `${c.id || c.name} has a label`).to.be.greaterThan(0);
    }
    const violations = await axeIn(frame);
    expect(violations, describeViolations(violations)).to.have.length(0);
  });
});

describe('distribution: embed.html with src= and target=', () => {
  afterEach(closeFrames);

  it('renders the target of another plan given by its id, and passes axe', async () => {
    const plan = await planFile(SICHUAN);
    const frame = await openFrame(
      `/examples/embed.html?widget=qd-target-card&src=${encodeURIComponent(SICHUAN)}&target=services-va-2027&lang=en`,
      700,
      600,
    );
    const el = frame.contentDocument!.querySelector('qd-target-card');
    await waitFor(() => notRendered(el, 'qd-target-card'));
    expect(el!.getAttribute('src')).to.equal(SICHUAN);
    expect(shadowText(el!)).to.include(plan.figures.find((f) => f.id === 'services-va-2027')!.name.en);
    expect(shadowText(el!)).to.not.match(QINGDAO);
    const violations = await axeIn(frame);
    expect(violations, describeViolations(violations)).to.have.length(0);
  });
});

describe("distribution: the gallery's section of other governments' plans", () => {
  after(closeFrames);

  it('renders each widget from its plan, beside exactly its markup, with no Qingdao string, and passes axe', async () => {
    const frame = await openFrame('/examples/', 1280, 1000);
    const doc = frame.contentDocument!;
    const section = doc.getElementById('other-plans')!;
    expect(section.querySelector('h2')!.textContent).to.include("Other governments' plans");
    const variants = [...section.querySelectorAll('.variant')];
    expect(variants.length).to.be.greaterThan(1);
    // Created as they come into view, or all at once before printing (as here).
    frame.contentWindow!.dispatchEvent(new Event('beforeprint'));
    expect(section.querySelectorAll('.stage:empty')).to.have.length(0);
    await waitForWidgets(section as unknown as Document, ['qd-target-table', 'qd-target-card']);
    const srcs = new Set<string>();
    for (const v of variants) {
      const el = v.querySelector('.stage')!.firstElementChild!;
      const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
      expect(v.querySelector('pre code')!.textContent).to.equal(`<${el.localName}${attrs}></${el.localName}>`);
      const src = el.getAttribute('src')!;
      srcs.add(src);
      const { meta, figures } = await planFile(new URL(src, frame.contentWindow!.location.href).pathname);
      expect(shadowText(el), el.outerHTML).to.not.match(QINGDAO);
      if (el.localName === 'qd-target-table')
        expect(el.shadowRoot!.querySelectorAll('tbody tr')).to.have.length(
          figures.filter((f) => f.role === 'target').length,
        );
      const target = el.getAttribute('target');
      if (target)
        expect(shadowText(el)).to.include(
          figures.find((f) => f.id === target)!.name[el.getAttribute('lang') === 'en' ? 'en' : 'zh'],
        );
      if (meta.status === 'draft') expect(v.querySelector('.plan-name')!.textContent).to.include('草案');
    }
    expect([...srcs].sort()).to.deep.equal([`.${JINAN.slice(9)}`, `.${SICHUAN.slice(9)}`].sort());
    expect(section.querySelector('qd-target-card[target]'), 'a target given by its id').to.not.equal(null);
    const violations = await axeIn(frame);
    expect(violations, describeViolations(violations)).to.have.length(0);
  });
});

describe("distribution: the guides' widget snippets (docs/bring-your-own-plan.md, docs/statistics-office.md)", () => {
  afterEach(closeFrames);

  /** The page's html blocks, with the guide's files (plan.json, figures.csv) at the example files' addresses. */
  const snippets = async (guide: string) =>
    [...(await (await fetch(guide)).text()).matchAll(/^```html\n([\s\S]*?)^```$/gm)].map((m) =>
      m[1]!
        .replace(/src="plan\.json"/g, `src="${MINIMAL}"`)
        .replace(/src="figures\.csv"/g, 'src="/examples/templates/observations-template.csv"'),
    );

  for (const guide of ['/docs/bring-your-own-plan.md', '/docs/statistics-office.md'])
    it(`${guide}: every snippet renders with data, from the example plan where it gives one, and passes axe`, async () => {
      const blocks = await snippets(guide);
      expect(blocks.length).to.be.greaterThan(1);
      for (const block of blocks) {
        const frame = await openFrame(
          `srcdoc:<!doctype html><html lang="zh-CN"><head><title>Guide</title><script type="module" src="/dist/cdn/qingdao-services-plan.min.js"></script></head><body><main><h1>Guide</h1><h2>Example</h2>${block}</main></body></html>`,
          1000,
          800,
        );
        const doc = frame.contentDocument!;
        const widgets = [...doc.querySelectorAll('main *')].filter(
          (el) => el.localName.startsWith('qd-') && el.localName !== 'qd-plan',
        );
        expect(widgets.length, block).to.be.greaterThan(0);
        for (const el of widgets) await waitFor(() => notRendered(el));
        for (const el of widgets)
          if (el.closest(`[src="${MINIMAL}"]`)) expect(shadowText(el), el.outerHTML).to.not.match(QINGDAO);
        const violations = await axeIn(frame);
        expect(violations, `${block}\n${describeViolations(violations)}`).to.have.length(0);
        frame.remove();
      }
    });

  it('the dashboard of the example plan heads its dimensions with their count, as the guide says', async () => {
    const guide = await (await fetch('/docs/bring-your-own-plan.md')).text();
    const heading = /“(各维度的发展目标（\d+个维度）)”/.exec(guide)?.[1];
    expect(heading, 'the heading quoted in the guide').to.be.a('string');
    const frame = await openFrame(
      `srcdoc:<!doctype html><html lang="zh-CN"><head><title>Dashboard</title><script type="module" src="/dist/cdn/qingdao-services-plan.min.js"></script></head><body><qd-plan-dashboard src="${MINIMAL}"></qd-plan-dashboard></body></html>`,
      1000,
      800,
    );
    const el = frame.contentDocument!.querySelector('qd-plan-dashboard');
    await waitFor(() => notRendered(el, 'qd-plan-dashboard'));
    expect(shadowText(el!)).to.include(heading!);
  });
});

describe('distribution: a growth rate computed from levels, in the widgets', () => {
  after(closeFrames);

  it('is shown to one decimal (the minimal plan’s 2025-2027 average growth), never with the calculation’s digits', async () => {
    const json = (await (await fetch(MINIMAL)).json()) as {
      figures: { id: string; value: number }[];
      observations: { indicator: string; year: number; value: number }[];
    };
    const base = json.figures.find((f) => f.id === 'services-va-2025')!.value;
    const latest = json.observations.find((o) => o.indicator === 'services-value-added' && o.year === 2027)!.value;
    const rate = (((latest / base) ** (1 / 2) - 1) * 100).toFixed(1);
    const frame = await openFrame(
      `srcdoc:<!doctype html><html lang="en"><head><title>Growth</title><script type="module" src="/dist/cdn/qingdao-services-plan.min.js"></script></head><body><qd-plan src="${MINIMAL}"><qd-target-table lang="en"></qd-target-table><qd-target-card target="services-va-growth-2030" lang="en"></qd-target-card></qd-plan></body></html>`,
      1000,
      900,
    );
    for (const tag of ['qd-target-table', 'qd-target-card']) {
      const el = frame.contentDocument!.querySelector(tag);
      await waitFor(() => notRendered(el, tag));
      expect(shadowText(el!), tag).to.include(`${rate}%`);
      expect(shadowText(el!), tag).to.not.match(/\d\.\d{4,}/);
    }
  });
});
