/**
 * ViewportController (installed by QdElement): a widget far below the viewport
 * renders nothing until it comes near, keeps the size its page held for it,
 * renders before printing, and its `updateComplete` waits for that render; a
 * widget in view renders at once, in a task of its own. Real scrolling in
 * Chromium, with a tiny widget on the real base class.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { css, html as litHtml, type TemplateResult } from 'lit';
import { QdElement } from '../../../components/base/qd-element.js';

/** A tiny widget: counts its full renders. */
class QdViewportProbe extends QdElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  renders = 0;
  protected override renderLoading(): TemplateResult {
    return litHtml`<p class="loading" role="status">${this.catalog.loading}</p>`;
  }
  protected override renderContent(): TemplateResult {
    this.renders++;
    return litHtml`<p class="out">${this.catalog.latest}</p>`;
  }
}
customElements.define('qd-viewport-probe', QdViewportProbe);

const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const out = (el: Element) => el.shadowRoot?.querySelector('.out') ?? null;
const deferred = (el: Element) => el.matches(':state(deferred)');

/** A page whose first 5000 px are a spacer, with `markup` below it. */
async function farBelow(markup: string): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div><div style="height: 5000px"></div></div>`);
  page.insertAdjacentHTML('beforeend', markup);
  return page;
}

describe('ViewportController: widgets far from the viewport wait until they come near', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('a widget 5000 px below is not rendered until scrolled near; then it is, and updateComplete resolves after that render', async () => {
    window.scrollTo(0, 0);
    const page = await farBelow('<qd-viewport-probe></qd-viewport-probe>');
    const el = page.querySelector('qd-viewport-probe') as QdViewportProbe;
    let complete = false;
    void el.updateComplete.then(() => (complete = true));
    await frames(3);
    await sleep(400);
    expect(el.renders).to.equal(0);
    expect(out(el)).to.equal(null);
    expect(el.hasUpdated).to.equal(false);
    expect(deferred(el)).to.equal(true);
    expect(complete, 'updateComplete waits for the deferred render').to.equal(false);
    el.scrollIntoView({ block: 'end' });
    await el.updateComplete;
    expect(complete).to.equal(true);
    expect(el.renders).to.equal(1);
    expect(out(el)!.textContent).to.equal('最新值');
    expect(deferred(el)).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('a widget in view renders without a scroll, in a task after the one that connected it', async () => {
    window.scrollTo(0, 0);
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('qd-viewport-probe') as QdViewportProbe;
    host.append(el);
    await Promise.resolve();
    expect(el.renders, 'not in the task that connected it').to.equal(0);
    const start = performance.now();
    await el.updateComplete;
    expect(performance.now() - start).to.be.below(2000);
    expect(el.renders).to.equal(1);
    expect(out(el)).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('beforeprint renders every waiting widget at once, before the event returns', async () => {
    window.scrollTo(0, 0);
    // (one widget in view first, so that the texts and the plan are loaded)
    const near = await fixture<QdViewportProbe>(html`<qd-viewport-probe></qd-viewport-probe>`);
    await near.updateComplete;
    const page = await farBelow('<qd-viewport-probe></qd-viewport-probe><qd-viewport-probe></qd-viewport-probe>');
    const far = [...page.querySelectorAll('qd-viewport-probe')] as QdViewportProbe[];
    await frames(3);
    await sleep(400);
    expect(far.map((el) => el.renders)).to.deep.equal([0, 0]);
    window.dispatchEvent(new Event('beforeprint'));
    expect(far.map((el) => el.renders)).to.deep.equal([1, 1]);
    expect(far.every((el) => out(el) && !deferred(el))).to.equal(true);
    await Promise.all(far.map((el) => el.updateComplete));
    expect(far.map((el) => el.renders)).to.deep.equal([1, 1]);
  });

  it('while it waits, a widget upgraded in the page keeps the block size the page held for it while undefined', async () => {
    window.scrollTo(0, 0);
    const page = await farBelow(
      '<style>qd-viewport-held:not(:defined) { display: block; min-block-size: 437px; }</style><qd-viewport-held></qd-viewport-held><p id="after">after</p>',
    );
    const el = page.querySelector('qd-viewport-held') as QdViewportProbe;
    const after = page.querySelector('#after')!;
    const before = after.getBoundingClientRect().top + window.scrollY;
    expect(el.getBoundingClientRect().height).to.equal(437);
    customElements.define('qd-viewport-held', class extends QdViewportProbe {});
    await frames(3);
    expect(deferred(el)).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(437);
    expect(after.getBoundingClientRect().top + window.scrollY).to.equal(before);
    el.scrollIntoView({ block: 'end' });
    await el.updateComplete;
    expect(out(el)).to.not.equal(null);
    expect(deferred(el)).to.equal(false);
  });

  it('a widget that is not laid out (display: none) or leaves the page does not wait', async () => {
    window.scrollTo(0, 0);
    const page = await farBelow(
      '<div hidden><qd-viewport-probe></qd-viewport-probe></div><qd-viewport-probe id="leaving"></qd-viewport-probe>',
    );
    const hidden = page.querySelector('[hidden] > qd-viewport-probe') as QdViewportProbe;
    const leaving = page.querySelector('#leaving') as QdViewportProbe;
    await hidden.updateComplete;
    expect(hidden.renders).to.equal(1);
    await frames(2);
    leaving.remove();
    await leaving.updateComplete;
    expect(leaving.hasUpdated).to.equal(true);
  });
});
