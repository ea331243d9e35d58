// The views and models of the bundled plan's trend charts are precomputed at build time (scripts/gen-views.mjs,
// components/generated/charts/<id>.js): a chart of the bundled plan paints from them without its calculation
// module (trend-compute.ts: targetView, trendModel). This file renders every bundled indicator with a target both
// ways, in both languages and in each of the chart's views (chart, table, sources): first precomputed (and asserts
// that neither the calculation module nor the indicator's data was requested), then computed on the page,
// bypassing the precomputed modules with an empty `observations` list (and asserts that the calculation module
// loaded), and requires the same shadow DOM (text and SVG markup) and the same `qd-load` details. It renders the
// shipped plan by design: it compares two renderings of it, not its values. The tests run in order in one page:
// the first must run before anything loads the calculation (precomputed.test.ts is another page).
import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../components/trend-chart/index.js';
import type { QdTrendChart } from '../../components/trend-chart/trend-chart.js';
import { chartComputeLoaded } from '../../components/views/chart-source.js';
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

const LANGS = ['zh-CN', 'en'] as const;
const VIEWS = ['chart', 'table', 'sources'] as const;

// The page loads some hundred modules: keep every resource entry (the default buffer holds 250).
performance.setResourceTimingBufferSize(10000);

/** The resources the page requested whose URL contains `part`. */
const requested = (part: string): string[] =>
  performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((n) => n.includes(part));

/** The shadow DOM of a widget as markup (its SVG included), without Lit's comment markers. */
const markup = (el: Element): string => shadow(el).innerHTML.replace(/<!--[^]*?-->/g, '');

/** Every indicator of the bundled plan with a target (a chart shows its main one). */
async function indicators(): Promise<string[]> {
  const plan = await loadBundledPlan();
  return [...new Set(plan.targets.map((t) => t.indicator))];
}

const keyOf = (el: QdTrendChart): string => `${el.indicator} ${el.locale}`;

/**
 * Renders a chart of each indicator in each language into `box`, `computed` with an empty observations list; `views`
 * gives the markup of each in each view (drawn in the chart view first, so that the SVG has its measured width in
 * every view: a chart first shown in another view draws its hidden plot at an estimate of the width).
 */
async function renderAll(
  box: HTMLElement,
  ids: readonly string[],
  computed: boolean,
): Promise<{ els: Map<string, QdTrendChart>; details: Map<string, unknown>; views: Map<string, string> }> {
  const details = new Map<string, unknown>();
  let loads = 0;
  box.addEventListener('qd-load', (e) => {
    loads++;
    details.set(keyOf(e.target as QdTrendChart), (e as CustomEvent).detail);
  });
  const obs = computed ? [] : undefined;
  render(
    html`${LANGS.map(
      (lang) =>
        html`<div lang=${lang}>
          ${ids.map((id) => html`<qd-trend-chart indicator=${id} theme="light" .observations=${obs}></qd-trend-chart>`)}
        </div>`,
    )}`,
    box,
  );
  const all = [...box.querySelectorAll<QdTrendChart>('qd-trend-chart')];
  // The charts reach far below the viewport, where they wait until they come near: render them all, as printing does.
  await new Promise((r) => setTimeout(r));
  window.dispatchEvent(new Event('beforeprint'));
  await Promise.all(all.map((e) => e.updateComplete));
  // Each chart is drawn at its measured width: let the size observers report, then settle.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await Promise.all(all.map((e) => e.updateComplete));
  const els = new Map<string, QdTrendChart>();
  for (const el of all) els.set(keyOf(el), el);
  expect(loads).to.equal(all.length);
  const views = new Map<string, string>();
  for (const view of VIEWS) {
    for (const el of all) el.view = view;
    await Promise.all(all.map((e) => e.updateComplete));
    for (const el of all) views.set(`${keyOf(el)} ${view}`, markup(el));
  }
  return { els, details, views };
}

describe('precomputed views and models of the bundled plan (qd-trend-chart)', () => {
  let ids: string[] = [];
  const first = new Map<string, unknown>();
  let firstViews = new Map<string, string>();
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

  it('paints every chart of the bundled plan without loading its calculation module or the data, in zh-CN and en, each view', async () => {
    expect(ids.length).to.be.at.least(10);
    const { els, details, views } = await renderAll(box(), ids, false);
    expect(els.size).to.equal(ids.length * LANGS.length);
    for (const [key, el] of els) {
      expect(el.problem, key).to.equal(null);
      expect(el.precomputed, key).to.equal(true);
      expect(el.data, key).to.not.equal(null);
      expect(shadow(el).querySelector('svg.plot-svg'), key).to.not.equal(null);
      first.set(key, details.get(key));
    }
    firstViews = views;
    expect(views.size).to.equal(ids.length * LANGS.length * VIEWS.length);
    expect(chartComputeLoaded()).to.equal(false);
    expect(requested('trend-compute')).to.deep.equal([]);
    expect(requested('/views/target-view')).to.deep.equal([]);
    expect(requested('/views/trend-series')).to.deep.equal([]);
    expect(requested('/by-indicator/')).to.deep.equal([]);
    // One module per indicator (whatever the language), fetched once.
    for (const id of ids) expect(requested(`/generated/charts/${id}.js`), id).to.have.length(1);
    expect(warns).to.deep.equal([]);
  });

  it('computes the same charts on the page when the precomputed ones are bypassed (an empty observations list), in zh-CN and en, each view', async () => {
    expect(first.size).to.equal(ids.length * LANGS.length);
    const { els, details, views } = await renderAll(box(), ids, true);
    expect(chartComputeLoaded()).to.equal(true);
    expect(requested('trend-compute')).to.have.length(1);
    for (const [key, el] of els) {
      expect(el.problem, key).to.equal(null);
      expect(el.precomputed, key).to.equal(false);
      expect(details.get(key), key).to.deep.equal(first.get(key));
    }
    expect(views.size).to.equal(firstViews.size);
    for (const [key, html] of views) expect(html, key).to.equal(firstViews.get(key));
    expect(warns).to.deep.equal([]);
  });

  it('an as-of or a light-DOM table makes a chart compute', async () => {
    const id = ids[0]!;
    const b = box();
    render(
      html`<qd-trend-chart indicator=${id} as-of="2023"></qd-trend-chart
        ><qd-trend-chart indicator=${id}><table><tr><td>2023</td><td>1</td></tr></table></qd-trend-chart>`,
      b,
    );
    const charts = [...b.querySelectorAll('qd-trend-chart')];
    await Promise.all(charts.map((c) => c.updateComplete));
    for (const c of charts) expect(c.precomputed).to.equal(false);
  });
});
