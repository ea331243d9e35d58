// Any government's plan (issue 17), from the single-file CDN bundle: the real example plans of
// examples/plans/ (Sichuan's 2021-2025 services plan with its 2027 targets; Jinan's 2026-2030
// outline draft) given by `src` and by `<qd-plan src>`. Every widget shows that plan only: its
// targets, headings, groups and years, and no Qingdao string, in zh-CN and en; axe clean.
import { expect } from '@open-wc/testing';

const BUNDLE = '/dist/cdn/qingdao-services-plan.min.js';
const SICHUAN = '/examples/plans/sichuan-services-2021-2025/plan.json';
const JINAN = '/examples/plans/jinan-2026-2030/plan.json';
const QINGDAO = /青岛|Qingdao|qingdao/;

type Lit = HTMLElement & { updateComplete: Promise<boolean>; problem?: { code: string } | null };

/** The visible text of a widget (its shadow root), spaces collapsed. */
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Mounts markup built with createElement (no HTML parsing), waits until every widget has loaded or failed. */
async function mount(tag: string, attrs: Record<string, string>, children: [string, Record<string, string>][] = []) {
  const host = document.createElement('div');
  host.className = 'other-plan-host';
  host.style.width = '1000px';
  const make = (t: string, a: Record<string, string>) => {
    const el = document.createElement(t);
    for (const [k, v] of Object.entries(a)) el.setAttribute(k, v);
    return el;
  };
  const root = make(tag, attrs);
  for (const [t, a] of children) root.append(make(t, a));
  host.append(root);
  const widgets = [root, ...root.children].filter((el) => el.localName !== 'qd-plan') as Lit[];
  const done = widgets.map(
    (w) =>
      new Promise<void>((resolve) => {
        w.addEventListener('qd-load', () => resolve(), { once: true });
        w.addEventListener('qd-error', () => resolve(), { once: true });
      }),
  );
  document.body.append(host);
  await Promise.all(done);
  for (const w of widgets) await w.updateComplete;
  return { root, widgets };
}

describe('distribution: another government’s plan in the CDN bundle’s widgets', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });
  afterEach(() => document.querySelectorAll('.other-plan-host').forEach((el) => el.remove()));

  it('<qd-plan-dashboard src> shows that plan: its title, headings, industry groups, other targets and every target', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const { root } = await mount('qd-plan-dashboard', { src: SICHUAN, lang });
      const t = text(root);
      expect(t).to.not.match(QINGDAO);
      if (lang === 'zh-CN') {
        expect(t).to.include('四川省“十四五”服务业发展规划');
        expect(t).to.include('各维度的发展目标（4个维度）');
        expect(t).to.include('各产业的目标（10个产业）');
        expect(t).to.include('四大支柱型服务业');
        expect(t).to.include('其他目标');
        expect(t).to.include('显示13项目标');
        expect(t).to.include('截至2027年');
      } else {
        expect(t).to.include('Goals by dimension (4 dimensions)');
        expect(t).to.include('Four pillar service industries');
        expect(t).to.include('Other targets');
        expect(t).to.include('Showing 13 targets');
      }
      await expect(root).to.be.accessible();
      root.parentElement!.remove();
    }
  });

  it('<qd-plan src> with a table inside: one row a target of that plan, each with its own year, value and status', async () => {
    const { widgets } = await mount('qd-plan', { src: SICHUAN }, [['qd-target-table', { lang: 'en' }]]);
    const table = widgets[0]!;
    const rows = table.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(13);
    const t = text(table);
    // Two targets of one indicator, for 2025 and 2027, each with its own value and comparator.
    expect(t).to.include('about CNY 3.5 trillion');
    expect(t).to.include('reach CNY 4.2 trillion');
    expect(t).to.not.match(QINGDAO);
    await expect(table).to.be.accessible();
  });

  it('a card with target= shows a second-year target of an indicator (2027), zh-CN and en', async () => {
    const { widgets } = await mount('qd-plan', { src: SICHUAN }, [
      ['qd-target-card', { target: 'services-va-2027', lang: 'zh-CN' }],
      ['qd-target-card', { indicator: 'services-value-added', lang: 'en' }],
    ]);
    const [second, main] = widgets as [Lit, Lit];
    expect(text(second)).to.include('达到4.2万亿元');
    expect(text(second)).to.include('2027');
    // indicator= shows the indicator's main target: the first the plan states (2025).
    expect(text(main)).to.include('about CNY 3.5 trillion');
    for (const w of widgets) expect(text(w)).to.not.match(QINGDAO);
    await expect(second).to.be.accessible();
    await expect(main).to.be.accessible();
  });

  it('a 2026-2030 plan accepts as-of="2027" and refuses 2024 (its years are 2025-2030)', async () => {
    const { widgets } = await mount('qd-plan', { src: JINAN }, [
      ['qd-target-table', { 'as-of': '2027', lang: 'zh-CN' }],
      ['qd-target-card', { indicator: 'high-end-software-chain', 'as-of': '2027', lang: 'en' }],
      ['qd-target-card', { indicator: 'high-end-software-chain', 'as-of': '2024', lang: 'en' }],
    ]);
    const [table, card, refused] = widgets as [Lit, Lit, Lit];
    expect(text(table)).to.include('2027');
    expect(table.problem).to.equal(null);
    expect(card.problem).to.equal(null);
    expect(text(card)).to.include('CNY 220 billion');
    expect(refused.problem?.code).to.equal('as_of_range');
    expect(text(refused)).to.include('as-of must be a year from 2025 to 2030');
    await expect(table).to.be.accessible();
    await expect(card).to.be.accessible();
  });

  it('every widget given that plan shows no Qingdao string, in zh-CN and en', async () => {
    const widgets: [string, Record<string, string>][] = [
      ['qd-target-card', { indicator: 'services-value-added' }],
      ['qd-progress-bar', { indicator: 'services-value-added' }],
      ['qd-trend-chart', { indicator: 'services-value-added' }],
      ['qd-share-chart', { indicator: 'producer-services-share-of-services' }],
      ['qd-target-table', {}],
      ['qd-plan-dashboard', {}],
    ];
    for (const lang of ['zh-CN', 'en']) {
      const { widgets: shown } = await mount('qd-plan', { src: SICHUAN, lang }, widgets);
      for (const w of shown) {
        expect(w.problem, w.localName).to.equal(null);
        expect(text(w), `<${w.localName}> in ${lang}`).to.not.match(QINGDAO);
      }
      document.querySelectorAll('.other-plan-host').forEach((el) => el.remove());
    }
  });
});
