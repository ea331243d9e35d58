// The data parser (parse.js, with the precompiled schemas) is loaded only when a
// site brings data: a widget on the bundled data never requests it. This file
// imports nothing that imports parse.js, so the page starts without it. The widgets show the bundled
// plan by design (a plan document given by <qd-plan> would need the parser): the tests assert
// what the page loads, not the shipped values.
import { expect, html } from '@open-wc/testing';
import '../../../components/trend-chart/index.js';
import type { QdTrendChart } from '../../../components/trend-chart/trend-chart.js';
import { loadedIo } from '../../../components/base/load.js';
import { mount, restoreWarn, shadow } from '../helpers/mount.js';
import { trade2023 } from '../helpers/sample.js';

// load.js is the module that imports the library's io entry on demand; it holds the loaded module.
const parserLoaded = () => loadedIo() !== null;

describe('the data parser is loaded on demand', () => {
  afterEach(() => restoreWarn());

  it('a widget on the bundled data renders without requesting parse.js; axe clean', async () => {
    const { el, events } = await mount<QdTrendChart>(
      html`<qd-trend-chart indicator="services-trade" lang="en"></qd-trend-chart>`,
    );
    expect(events.filter((e) => e.type === 'qd-load')).to.have.length(1);
    expect(shadow(el).querySelector('svg.plot-svg')).to.not.equal(null);
    expect(parserLoaded()).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('setting the observations property loads the parser once; updateComplete waits for it and the row is drawn; axe clean', async () => {
    const { el, events } = await mount<QdTrendChart>(
      html`<qd-trend-chart indicator="services-trade" lang="en"></qd-trend-chart>`,
    );
    el.observations = [trade2023];
    await el.updateComplete;
    expect(parserLoaded()).to.equal(true);
    // The site's own row is drawn (whatever the bundled plan holds for the indicator).
    const points = [...shadow(el).querySelectorAll('.pt')].map((p) => p.getAttribute('aria-label'));
    expect(points.some((p) => p!.startsWith('2023: CNY 100.1 billion (Test publisher'))).to.equal(true);
    expect(events.filter((e) => e.type === 'qd-load')).to.have.length(2);
    expect(events.filter((e) => e.type === 'qd-error')).to.have.length(0);
    // A second widget validates with the module already loaded: the bad row is reported at once.
    const second = document.createElement('qd-trend-chart') as QdTrendChart;
    second.setAttribute('indicator', 'services-trade');
    second.observations = [{ ...trade2023, value: -1 }];
    el.after(second);
    await second.updateComplete;
    expect(shadow(second).querySelector('[part="notice"]')?.textContent).to.include('observations');
    second.remove();
    await expect(el).to.be.accessible();
  });
});
