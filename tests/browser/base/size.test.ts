/**
 * SizeController: the width of an element of a host's shadow root, measured by
 * a ResizeObserver, and a render again when it changes. A bare host whose
 * first update is held until its width is known.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import { SizeController } from '../../../components/base/size.js';

class SizeHost extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  size = new SizeController(this, '.box', 100);
  widths: number[] = [];
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.size.hold(() => super.scheduleUpdate());
  }
  override render() {
    this.widths.push(this.size.width);
    return html`<div class="box" style="height: 10px">${this.size.width}</div>`;
  }
}
customElements.define('test-size-host', SizeHost);

const until = async (ok: () => boolean, ms = 3000): Promise<void> => {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('SizeController: the width a widget draws at', () => {
  it('reports the laid-out width before the first render, and a new width when the element is resized', async () => {
    const box = await fixture<HTMLElement>(html`<div style="width: 310px"><test-size-host></test-size-host></div>`);
    const el = box.querySelector('test-size-host') as SizeHost;
    await el.updateComplete;
    expect(el.widths[0], 'the first render already has the width').to.equal(310);
    expect(el.size.width).to.equal(310);
    box.style.width = '205px';
    await until(() => el.size.width === 205);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.box')!.textContent).to.equal('205');
    await expect(el).to.be.accessible();
  });

  it('renders with its fallback width when the host is not laid out (display: none)', async () => {
    const box = await fixture<HTMLElement>(html`<div hidden><test-size-host></test-size-host></div>`);
    const el = box.querySelector('test-size-host') as SizeHost;
    await el.updateComplete;
    expect(el.widths).to.deep.equal([100]);
  });
});
