/**
 * WidgetKit: the controllers every widget runs, wired on a bare Lit host (no QdElement): the
 * first render waits for the texts and the plan, prepare() runs with the plan, the site's
 * observations and the table's rows, qd-load carries the widget's detail, and the problems come
 * in one list (notices of the attributes and the table, then what prepare() threw). The plan is
 * the frozen fixture plan, given by <qd-plan>.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html, type TemplateResult } from 'lit';
import type { Observation } from '../../../src/core.js';
import { WidgetKit } from '../../../components/base/kit.js';
import { ProblemError, problem } from '../../../components/base/problems.js';
import { mountFixture, restoreWarn, shadow } from '../helpers/mount.js';
import { trade2023 } from '../helpers/sample.js';

class QdKitHost extends LitElement {
  static override properties = { src: {}, observations: { attribute: false }, theme: {}, mode: {} };
  static dataProperties = ['mode'];
  declare src: string | undefined;
  declare observations: readonly Observation[] | undefined;
  declare theme: string | undefined;
  declare mode: string | undefined;
  declare asOf: number | undefined;
  /** What each prepare() read: the plan's id, the number of observations and of table rows. */
  seen: string[] = [];
  kit: WidgetKit = new WidgetKit(this, {
    key: () => null,
    prepare: () => {
      if (this.mode === 'throw') throw new ProblemError(problem('kit_test', 'prepare() threw on purpose.'));
      this.seen.push(`${this.kit.plan.meta.id} ${this.kit.observations.length} ${this.kit.table.rows.length}`);
    },
    detail: () => ({ indicator: 'from-the-hook', observations: this.kit.observations.length }),
    render: () => this.performUpdate(),
  });
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.kit.first.hold(() => super.scheduleUpdate());
  }
  protected override getUpdateComplete(): Promise<boolean> {
    return this.kit.first.complete(() => super.getUpdateComplete());
  }
  override render(): TemplateResult {
    return html`<p>${this.kit.data.waiting ? this.kit.catalog.loading : this.kit.catalog.latest}</p>`;
  }
}
customElements.define('qd-kit-host', QdKitHost);

const TABLE = html`<table>
  <tr>
    <td>2022</td>
    <td>1,020.5</td>
  </tr>
  <tr>
    <td>next year</td>
    <td>?</td>
  </tr>
</table>`;

describe('WidgetKit: the controllers of a widget, wired', () => {
  afterEach(() => restoreWarn());

  it('renders first with the texts and the plan, runs prepare() with the plan, observations and table rows, and fires qd-load with the detail of the hook', async () => {
    const { el, events } = await mountFixture<QdKitHost>(
      html`<qd-kit-host lang="en" .observations=${[trade2023]}>${TABLE}</qd-kit-host>`,
    );
    expect(el.seen).to.deep.equal(['fixture-city-services-2021-2025 1 1']);
    expect(shadow(el).textContent).to.equal('Latest');
    expect(el.kit.locale).to.equal('en');
    expect(el.kit.catalog.lang).to.equal('en');
    const load = events.find((e) => e.type === 'qd-load')!;
    expect(load.detail).to.deep.equal({ indicator: 'from-the-hook', observations: 1 });
  });

  it('lists the problems in order: the attributes and the table as notices, then what prepare() threw', async () => {
    const { el, events, warns } = await mountFixture<QdKitHost>(
      html`<qd-kit-host theme="neon" mode="throw">${TABLE}</qd-kit-host>`,
      'qd-error',
    );
    const problems = el.kit.problems();
    expect(problems.map((p) => [p.code, p.fatal])).to.deep.equal([
      ['unsupported_theme', false],
      ['table_rows_invalid', false],
      ['kit_test', true],
    ]);
    // Each problem is told once (a warning and a qd-error); no qd-load without data.
    expect(events.filter((e) => e.type === 'qd-error').map((e) => (e.detail as { code: string }).code)).to.deep.equal(
      problems.map((p) => p.code),
    );
    expect(warns.length).to.equal(3);
    expect(events.some((e) => e.type === 'qd-load')).to.equal(false);
  });

  it('kit.plan and kit.catalog throw, saying where to read them, before they have arrived', () => {
    const el = document.createElement('qd-kit-host') as QdKitHost;
    expect(() => el.kit.plan).to.throw(/read kit\.plan in prepare\(\) or renderContent\(\)/);
    expect(() => el.kit.catalog).to.throw(/the UI texts are not loaded yet/);
    expect(el.kit.problems()).to.deep.equal([]);
  });
});
