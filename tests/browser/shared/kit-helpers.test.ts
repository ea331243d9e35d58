import { expect, fixture, html } from '@open-wc/testing';
import { csvText, downloadCsv, svgText } from '../../../components/render/download.js';
import { formatBounded, formatDate, formatRate } from '../../../components/views/format.js';
import { safeHttpUrl } from '../../../components/render/url.js';
import { parseCellNumber, readTable } from '../../../components/base/table.js';
import {
  tableObservations,
  targetView as view,
  type TargetViewOptions,
} from '../../../components/views/target-view.js';
import { mergeObservations, targetIn, type PlanData } from '../../../src/core.js';
import { statusIcon } from '../../../components/base/icons.js';
import { render } from 'lit';
import { fixturePlan } from '../helpers/fixture-plan.js';
import { trade2023 } from '../helpers/sample.js';

/** The frozen fixture plan (tests/fixtures/frozen-plan.json, with its observations). */
let plan: PlanData;
/** targetView on the fixture plan. */
const targetView = (id: string, options: Partial<TargetViewOptions> = {}) => view(id, { plan, ...options });

describe('shared kit helpers', () => {
  before(async () => {
    plan = await fixturePlan();
  });

  it('targetView: base, latest, progress and required growth come from the library', () => {
    const v = targetView('services-trade');
    expect(v.base).to.deep.equal({ value: 800, year: 2020, unit: '亿元' });
    expect(v.latest).to.equal(null);
    expect(v.required.kind).to.equal('rate');
    // 800 -> 1100 by 2025 needs (1100 / 800)^(1/5) - 1 = 6.576% a year.
    expect(v.required.kind === 'rate' && v.required.rate).to.be.closeTo(0.065763, 5e-6);
    const w = targetView('services-trade', { asOf: 2024, observations: [{ ...trade2023, origin: 'user' }] });
    expect(w.latest!.value).to.equal(1000.5);
    expect(w.progress).to.be.closeTo((1000.5 - 800) / (1100 - 800), 1e-9);
    expect(w.assessment.status).to.equal('on_track');
    expect(targetView('port-throughput').required).to.deep.equal({ kind: 'met' });
    expect(targetView('producer-services-share').required).to.deep.equal({ kind: 'not_applicable' });
    expect(() => targetView('nope')).to.throw(/Unknown indicator id 'nope'/);
  });

  it('a table row is replaced by the observations property for the same figure, whatever its vintage', () => {
    const v = targetView('services-trade', {
      tableRows: [{ year: 2023, value: 900, row: 2 }],
      observations: [{ ...trade2023, value: 950, vintage: 'preliminary' }],
    });
    expect(v.observations.filter((o) => o.year === 2023).map((o) => o.value)).to.deep.equal([950]);
  });

  it('mergeObservations: a later layer replaces the same indicator, year, period and measure', () => {
    const bundled = [
      { ...trade2023, value: 1 },
      { ...trade2023, measure: 'yoy_growth' as const, value: 5 },
    ];
    const merged = mergeObservations(bundled, [{ ...trade2023, value: 2, origin: 'user' }]);
    expect(merged.every((o) => o.value !== 1)).to.equal(true);
    expect(merged.find((o) => o.measure === 'level')!.value).to.equal(2);
    expect(merged.find((o) => o.measure === 'yoy_growth')!.value).to.equal(5);
    expect(merged).to.have.length(2);
  });

  it('tableObservations: rows become user observations of the target’s measure', () => {
    const [o] = tableObservations(targetIn(plan, 'services-trade'), [{ year: 2023, value: 1000.5, row: 2 }]);
    expect(o).to.include({
      indicator: 'services-trade',
      year: 2023,
      measure: 'level',
      unit: '亿元',
      origin: 'user',
      period: 'FY',
    });
  });

  it('reads numbers from table cells', async () => {
    expect(parseCellNumber('1,100')).to.equal(1100);
    expect(parseCellNumber(' 848.9 ')).to.equal(848.9);
    expect(parseCellNumber('5.3%')).to.equal(5.3);
    expect(parseCellNumber('−2.5')).to.equal(-2.5);
    expect(parseCellNumber('1,10')).to.equal(null);
    expect(parseCellNumber('abc')).to.equal(null);
    const host = await fixture<HTMLElement>(
      html`<div><table><tr><th scope="row">2021</th><td>7</td></tr><tr><td>x</td><td>1</td></tr></table></div>`,
    );
    expect(readTable(host)).to.deep.equal({ rows: [{ year: 2021, value: 7, row: 1 }], invalid: [2] });
    expect(readTable(document.createElement('div'))).to.equal(null);
  });

  it('formats rates, dates and bounded values through Intl', () => {
    expect(formatRate(0.05319, 'zh-CN')).to.equal('5.3%');
    expect(formatDate('2025-02-16', 'zh-CN')).to.equal('2025年2月16日');
    expect(formatDate('2025-02-16', 'en')).to.equal('Feb 16, 2025');
    expect(formatDate('2025-02', 'en')).to.equal('Feb 2025');
    expect(formatBounded(3, '个', 'at_least', 'zh-CN')).to.equal('3个以上');
    expect(formatBounded(10000, '亿元', 'more_than', 'en')).to.equal('more than CNY 1 trillion');
  });

  it('links only absolute http(s) URLs', () => {
    expect(safeHttpUrl('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHttpUrl('javascript:alert(1)')).to.equal(null);
    expect(safeHttpUrl('data:text/html,x')).to.equal(null);
    expect(safeHttpUrl('/relative')).to.equal(null);
    expect(safeHttpUrl(null)).to.equal(null);
  });

  it('draws every status icon as decorative inline SVG', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    for (const s of [
      'achieved',
      'on_track',
      'needs_acceleration',
      'insufficient_progress',
      'moving_away',
      'not_achieved',
      'not_assessable',
    ] as const) {
      render(statusIcon(s), host);
      const svg = host.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden'), s).to.equal('true');
      expect(svg.childElementCount, s).to.be.greaterThan(0);
    }
  });

  it('downloads CSV through a Blob URL and an <a download>', async () => {
    expect(csvText(['year', 'value'], [[2023, 1000.5]])).to.equal('\uFEFFyear,value\r\n2023,1000.5\r\n');
    const clicked: HTMLAnchorElement[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this);
    };
    try {
      downloadCsv('trade.csv', ['year', 'value'], [[2023, 1000.5]]);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.download).to.equal('trade.csv');
    expect(clicked[0]!.href).to.match(/^blob:/);
    expect(clicked[0]!.isConnected).to.equal(false);
  });

  it('serialises an SVG as a standalone document', async () => {
    const host = await fixture<HTMLElement>(
      html`<div><svg viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"></circle></svg></div>`,
    );
    const text = svgText(host.querySelector('svg')!, 'circle { fill: #000 }');
    expect(text).to.match(/^<\?xml/);
    expect(text).to.include('xmlns="http://www.w3.org/2000/svg"');
    expect(text).to.include('<style>circle { fill: #000 }</style>');
  });
});
