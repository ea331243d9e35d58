/**
 * TableController: a light-DOM `<table>` child read as `year, value` rows, read
 * again when the content changes, with a notice for rows it cannot read.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { TableController } from '../../../components/base/table-controller.js';

class TableHost extends LitElement {
  table = new TableController(this);
  override render() {
    return html`<p>${this.table.rows.map((r) => `${r.year}:${r.value}`).join(' ')}</p>`;
  }
}
customElements.define('test-table-host', TableHost);

const until = async (ok: () => boolean, ms = 3000): Promise<void> => {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > ms) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('TableController: a table child as data', () => {
  it('reads the rows of a table child, and again when a cell changes', async () => {
    const el = await fixture<TableHost>(
      html`<test-table-host
        ><table>
          <tr>
            <th>年份</th>
            <th>亿元</th>
          </tr>
          <tr>
            <td>2022</td>
            <td>1,020.5</td>
          </tr>
        </table></test-table-host
      >`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('2022:1020.5');
    expect(el.table.problem).to.equal(null);
    el.querySelector('td')!.textContent = '2023';
    await until(() => el.shadowRoot!.textContent === '2023:1020.5');
    await expect(el).to.be.accessible();
  });

  it('gives a notice naming the rows it could not read', async () => {
    const el = await fixture<TableHost>(
      html`<test-table-host
        ><table>
          <tr>
            <td>2022</td>
            <td>12</td>
          </tr>
          <tr>
            <td>soon</td>
            <td>n/a</td>
          </tr>
        </table></test-table-host
      >`,
    );
    await el.updateComplete;
    expect(el.table.rows.map((r) => r.year)).to.deep.equal([2022]);
    expect(el.table.invalid).to.deep.equal([2]);
    expect(el.table.problem).to.include({ code: 'table_rows_invalid', fatal: false });
    expect(el.table.problem!.message).to.include('Table row(s) 2 could not be read');
  });
});
