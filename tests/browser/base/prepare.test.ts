/**
 * PrepareController: runs a host's prepare() once per set of inputs, not while
 * data is on its way or a fatal problem is shown, and turns its exception into
 * a problem. A bare LitElement host with plain objects for the data and table.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { PrepareController } from '../../../components/base/prepare.js';
import { problem, type Problem } from '../../../components/base/problems.js';

class PrepareHost extends LitElement {
  static override properties = { asOf: {}, mode: {}, colour: {} };
  static dataProperties = ['mode'];
  declare asOf: number | undefined;
  declare mode: string | undefined;
  declare colour: string | undefined;
  data = { waiting: false, plan: {} as unknown, observations: [] as unknown, problems: [] as Problem[] };
  table = { rows: [] as unknown };
  inputs = { list: [] as Problem[] };
  runs = 0;
  prepare = new PrepareController(this, this.data, this.table, this.inputs, () => {
    this.runs++;
    if (this.mode === 'throw') throw new Error('boom in prepare');
  });
  override render() {
    return html`<p>${this.runs}</p>`;
  }
}
customElements.define('test-prepare-host', PrepareHost);

describe('PrepareController: the view model, once per set of inputs', () => {
  it('runs prepare() before the first render, again when a data property or input changes, not for presentation', async () => {
    const el = await fixture<PrepareHost>(html`<test-prepare-host></test-prepare-host>`);
    expect(el.runs).to.equal(1);
    expect(el.shadowRoot!.textContent).to.equal('1');
    expect(el.prepare.take()).to.equal(true);
    expect(el.prepare.take(), 'once per run').to.equal(false);
    el.colour = 'red';
    await el.updateComplete;
    expect(el.runs).to.equal(1);
    el.mode = 'b';
    await el.updateComplete;
    expect(el.runs).to.equal(2);
    el.asOf = 2023;
    await el.updateComplete;
    expect(el.runs).to.equal(3);
    el.table.rows = [{ year: 2023, value: 1, row: 1 }];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.runs).to.equal(4);
  });

  it('does not run while data is on its way or a fatal problem is shown', async () => {
    const el = await fixture<PrepareHost>(html`<test-prepare-host></test-prepare-host>`);
    el.data.waiting = true;
    el.mode = 'c';
    await el.updateComplete;
    expect(el.runs).to.equal(1);
    el.data.waiting = false;
    el.inputs.list = [problem('as_of_range', 'as-of out of range')];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.runs).to.equal(1);
    el.inputs.list = [problem('unsupported_theme', 'a notice', {}, false)];
    el.requestUpdate();
    await el.updateComplete;
    expect(el.runs).to.equal(2);
  });

  it('turns an exception in prepare() into its problem, cleared by the next successful run', async () => {
    const el = await fixture<PrepareHost>(html`<test-prepare-host mode="throw"></test-prepare-host>`);
    expect(el.prepare.problem!.message).to.include('boom in prepare');
    expect(el.prepare.take()).to.equal(false);
    el.mode = 'ok';
    await el.updateComplete;
    expect(el.prepare.problem).to.equal(null);
    expect(el.prepare.take()).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
