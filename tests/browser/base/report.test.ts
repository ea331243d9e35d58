/**
 * ReportController: after each update of a connected host, each new problem is
 * warned once and fired once as `qd-error`; `qd-load` fires when new data is
 * shown without a fatal problem. A bare LitElement host.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { problem, type Problem } from '../../../components/base/problems.js';
import { ReportController } from '../../../components/base/report.js';
import { recordWarn, restoreWarn } from '../helpers/mount.js';

class ReportHost extends LitElement {
  problems: Problem[] = [];
  fresh = false;
  report = new ReportController(
    this,
    { take: () => (this.fresh ? !(this.fresh = false) : false) },
    { list: () => this.problems, detail: () => ({ indicator: 'x', observations: 0 }) },
  );
  override render() {
    return html`<p>report</p>`;
  }
}
customElements.define('test-report-host', ReportHost);

describe('ReportController: what a widget tells the page', () => {
  afterEach(restoreWarn);

  it('warns and fires qd-error once per problem across updates, and again after it went away and came back', async () => {
    const warns = recordWarn();
    const el = await fixture<ReportHost>(html`<test-report-host></test-report-host>`);
    const errors: CustomEvent[] = [];
    el.addEventListener('qd-error', (e) => errors.push(e as CustomEvent));
    el.problems = [problem('unsupported_theme', 'theme="x" is not supported', {}, false)];
    el.requestUpdate();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(warns).to.deep.equal([['[test-report-host] theme="x" is not supported']]);
    expect(errors.map((e) => e.detail)).to.deep.equal([
      { code: 'unsupported_theme', message: 'theme="x" is not supported' },
    ]);
    el.problems = [];
    el.requestUpdate();
    await el.updateComplete;
    el.problems = [problem('unsupported_theme', 'theme="x" is not supported', {}, false)];
    el.requestUpdate();
    await el.updateComplete;
    expect(errors).to.have.length(2);
  });

  it('fires qd-load when new data is shown, not while a fatal problem is shown', async () => {
    recordWarn();
    const el = await fixture<ReportHost>(html`<test-report-host></test-report-host>`);
    const loads: CustomEvent[] = [];
    el.addEventListener('qd-load', (e) => loads.push(e as CustomEvent));
    el.fresh = true;
    el.problems = [problem('as_of_range', 'as-of out of range')];
    el.requestUpdate();
    await el.updateComplete;
    expect(loads).to.have.length(0);
    el.problems = [];
    el.requestUpdate();
    await el.updateComplete;
    expect(loads.map((e) => e.detail)).to.deep.equal([{ indicator: 'x', observations: 0 }]);
    expect(loads[0]!.bubbles && loads[0]!.composed).to.equal(true);
    el.requestUpdate();
    await el.updateComplete;
    expect(loads).to.have.length(1);
  });

  it('tells nothing while the host is off the page', async () => {
    const warns = recordWarn();
    const el = await fixture<ReportHost>(html`<test-report-host></test-report-host>`);
    el.remove();
    el.problems = [problem('unsupported_theme', 'off the page', {}, false)];
    el.requestUpdate();
    await el.updateComplete;
    expect(warns).to.deep.equal([]);
    await expect(document.body).to.be.accessible();
  });
});
