// The views of the bundled plan's cards and bars are precomputed at build time (scripts/gen-views.mjs): a
// card or bar on the bundled plan paints from them without the calculation module. This file renders every
// bundled indicator with a target both ways, in both languages: first precomputed (and asserts that neither
// the calculation module nor the indicator's data was requested), then computed on the page, bypassing the
// precomputed modules with an empty `observations` list (and asserts that the calculation module loaded),
// and requires the same DOM. It renders the shipped plan by design: it compares two renderings of it, not
// its values. The tests run in order in one page: the first must run before anything loads the calculation.
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../components/target-card/index.js';
import '../../components/progress-bar/index.js';
import type { QdTargetCard } from '../../components/target-card/target-card.js';
import type { QdProgressBar } from '../../components/progress-bar/progress-bar.js';
import { computeLoaded } from '../../components/views/target-source.js';
import { loadBundledPlan } from '../../src/bundled.js';

// Not helpers/mount.js: it imports the I/O entry (for the fixture plan), which holds calculation modules.
const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
let restoreWarn = () => {};
function recordWarn(): unknown[][] {
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args);
  restoreWarn = () => (console.warn = original);
  return calls;
}

type Widget = QdTargetCard | QdProgressBar;
const LANGS = ['zh-CN', 'en'] as const;
const TAGS = ['qd-target-card', 'qd-progress-bar'] as const;

/** The resources the page requested whose URL contains `part`. */
const requested = (part: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes(part));

/** The shadow DOM of a widget as markup, without Lit's comment markers. */
const markup = (el: Element): string => shadow(el).innerHTML.replace(/<!--[^]*?-->/g, '');

/** Every indicator of the bundled plan with a target (a card shows its main one). */
async function indicators(): Promise<string[]> {
  const plan = await loadBundledPlan();
  return [...new Set(plan.targets.map((t) => t.indicator))];
}

/** Renders a card and a bar of each indicator in each language into `box`, `computed` with an empty observations list. */
async function renderAll(box: HTMLElement, ids: readonly string[], computed: boolean): Promise<Map<string, Widget>> {
  const events: CustomEvent[] = [];
  box.addEventListener('qd-load', (e) => events.push(e as CustomEvent));
  const obs = computed ? [] : undefined;
  render(
    html`${LANGS.map(
      (lang) =>
        html`<div lang=${lang}>
          ${ids.map(
            (id) =>
              html`<qd-target-card indicator=${id} .observations=${obs}></qd-target-card
                ><qd-progress-bar indicator=${id} .observations=${obs}></qd-progress-bar>`,
          )}
        </div>`,
    )}`,
    box,
  );
  const els = [...box.querySelectorAll<Widget>('qd-target-card, qd-progress-bar')];
  // 76 widgets reach far below the viewport, where they wait until they come near: render them all, as printing does.
  await new Promise((r) => setTimeout(r));
  window.dispatchEvent(new Event('beforeprint'));
  await Promise.all(els.map((e) => e.updateComplete));
  const byKey = new Map<string, Widget>();
  for (const el of els) byKey.set(`${el.localName} ${el.indicator} ${el.locale}`, el);
  expect(events.filter((e) => e.type === 'qd-load')).to.have.length(els.length);
  return byKey;
}

describe('precomputed views of the bundled plan (qd-target-card, qd-progress-bar)', () => {
  let ids: string[] = [];
  const first = new Map<string, { markup: string; indicator: string; observations: number }>();
  let warns: unknown[][] = [];
  const boxes: HTMLElement[] = [];
  const box = () => {
    const b = document.createElement('div');
    b.style.width = '480px';
    document.body.append(b);
    boxes.push(b);
    return b;
  };

  before(async () => {
    ids = await indicators();
  });
  beforeEach(() => (warns = recordWarn()));
  // Each test's widgets leave the page, so that the next test's are near the viewport.
  afterEach(() => {
    restoreWarn();
    boxes.splice(0).forEach((b) => b.remove());
  });

  it('paints every card and bar of the bundled plan without loading the calculation module or the data, in zh-CN and en; axe clean', async () => {
    expect(ids.length).to.be.at.least(10);
    const loadDetails = new Map<string, unknown>();
    const b = box();
    b.addEventListener('qd-load', (e) => loadDetails.set(e.target as never, (e as CustomEvent).detail));
    const els = await renderAll(b, ids, false);
    expect(els.size).to.equal(ids.length * LANGS.length * TAGS.length);
    for (const [key, el] of els) {
      expect(el.problem, key).to.equal(null);
      // Shown from the build's view: nothing computed on the page.
      expect(el.view, key).to.equal(null);
      expect(shadow(el).querySelector('[part="meter"]'), key).to.not.equal(null);
      const detail = loadDetails.get(el as never) as { indicator: string; observations: number };
      first.set(key, { markup: markup(el), ...detail });
    }
    expect(computeLoaded()).to.equal(false);
    expect(requested('target-compute')).to.deep.equal([]);
    expect(requested('/src/calc/')).to.deep.equal([]);
    expect(requested('/by-indicator/')).to.deep.equal([]);
    // One module per indicator and language, each fetched once.
    for (const id of ids)
      for (const lang of LANGS) expect(requested(`/generated/views/${id}.${lang}.`), `${id} ${lang}`).to.have.length(1);
    expect(warns).to.deep.equal([]);
    const card = els.get(`qd-target-card ${ids[0]} en`)!;
    await expect(card).to.be.accessible();
    await expect(els.get(`qd-progress-bar ${ids[0]} zh-CN`)!).to.be.accessible();
  });

  it('computes the same cards and bars on the page when the precomputed views are bypassed (an empty observations list), in zh-CN and en', async () => {
    expect(first.size).to.equal(ids.length * LANGS.length * TAGS.length);
    const loadDetails = new Map<string, unknown>();
    const b = box();
    b.addEventListener('qd-load', (e) => loadDetails.set(e.target as never, (e as CustomEvent).detail));
    const els = await renderAll(b, ids, true);
    expect(computeLoaded()).to.equal(true);
    expect(requested('target-compute')).to.have.length(1);
    for (const [key, el] of els) {
      expect(el.problem, key).to.equal(null);
      expect(el.view, key).to.not.equal(null);
      const was = first.get(key)!;
      expect(markup(el), key).to.equal(was.markup);
      expect(loadDetails.get(el as never), key).to.deep.equal({
        indicator: was.indicator,
        observations: was.observations,
      });
    }
    expect(warns).to.deep.equal([]);
  });

  it('a precomputed card follows a live change of language to the other precomputed view, as the computed card shows it', async () => {
    const id = ids[0]!;
    const b = box();
    render(
      html`<div lang="zh-CN"><qd-target-card indicator=${id}></qd-target-card></div>
        <div lang="en"><qd-target-card indicator=${id} .observations=${[]}></qd-target-card></div>`,
      b,
    );
    const [card, computed] = [...b.querySelectorAll('qd-target-card')];
    await Promise.all([card!.updateComplete, computed!.updateComplete]);
    card!.parentElement!.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 50));
    await card!.updateComplete;
    expect(card!.locale).to.equal('en');
    expect(card!.view).to.equal(null);
    expect(markup(card!)).to.equal(markup(computed!));
    await expect(card!).to.be.accessible();
  });
});
