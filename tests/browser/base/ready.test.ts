/**
 * FirstRender: a host's first update waits for its texts and, briefly, its data,
 * then runs in a task of its own; `updateComplete` resolves after the data has
 * arrived and the host has rendered with it. A bare LitElement host, with
 * promises the test releases by hand.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { FIRST_RENDER_WAIT_MS, FirstRender } from '../../../components/base/ready.js';

/** A promise a test resolves by hand. */
class Held {
  done = false;
  #resolve!: () => void;
  readonly promise = new Promise<void>((r) => (this.#resolve = r));
  release(): void {
    this.done = true;
    this.#resolve();
  }
  settled = (): Promise<void> => this.promise;
}

class ReadyHost extends LitElement {
  texts = new Held();
  data = new Held();
  near = new Held();
  renders: string[] = [];
  first = new FirstRender(this, { near: () => this.near.promise }, this.texts, this.data);
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.first.hold(() => super.scheduleUpdate());
  }
  protected override getUpdateComplete(): Promise<boolean> {
    return this.first.complete(() => super.getUpdateComplete());
  }
  override render() {
    const shown = this.data.done ? 'data' : 'loading';
    this.renders.push(shown);
    return html`<p>${shown}</p>`;
  }
}
customElements.define('test-ready-host', ReadyHost);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A host on the page (not with fixture(), which waits for its first update). */
async function host(): Promise<ReadyHost> {
  const el = document.createElement('test-ready-host') as ReadyHost;
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  return el;
}

describe('FirstRender: the first update of a widget', () => {
  it('waits for the viewport and the texts, then for the data: updateComplete resolves after data arrives, rendered once with it', async () => {
    const el = await host();
    let complete = false;
    void el.updateComplete.then(() => (complete = true));
    await sleep(20);
    expect(el.renders).to.deep.equal([]);
    el.near.release();
    el.texts.release();
    await sleep(20);
    expect(el.renders, 'still within the wait for data').to.deep.equal([]);
    el.data.release();
    await el.updateComplete;
    expect(complete).to.equal(true);
    expect(el.renders).to.deep.equal(['data']);
    expect(el.shadowRoot!.textContent).to.equal('data');
  });

  it('renders its loading state after FIRST_RENDER_WAIT_MS without the data, and updateComplete still waits for the data', async () => {
    const el = await host();
    el.near.release();
    el.texts.release();
    let complete = false;
    void el.updateComplete.then(() => (complete = true));
    await sleep(FIRST_RENDER_WAIT_MS + 100);
    expect(el.renders).to.deep.equal(['loading']);
    expect(complete).to.equal(false);
    el.data.release();
    el.requestUpdate();
    await el.updateComplete;
    expect(complete).to.equal(true);
    expect(el.renders.at(-1)).to.equal('data');
  });

  it('runs the first update in a task after the one that released it', async () => {
    const el = await host();
    el.near.release();
    el.texts.release();
    el.data.release();
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(el.renders, 'not within the releasing task').to.deep.equal([]);
    await el.updateComplete;
    expect(el.renders).to.deep.equal(['data']);
    await expect(el).to.be.accessible();
  });
});
