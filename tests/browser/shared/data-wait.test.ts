import { expect } from '@open-wc/testing';
import { DataWait } from '../../../components/shared/data-wait.js';
import { wholeBundle } from '../../../components/shared/bundled-all.js';
import type { Bundle } from '../../../components/shared/bundled.js';

describe('DataWait: what a widget waits for before preparing its data', () => {
  it('waits for a key until its bundle arrives, then holds it; settled() once per load', async () => {
    let settled = 0;
    let resolve!: (b: Bundle) => void;
    const wait = new DataWait(
      () => settled++,
      () => new Promise<Bundle>((r) => (resolve = r)),
    );
    wait.ensure('services-trade', false);
    expect(wait.waiting('services-trade', false)).to.equal(true);
    wait.ensure('services-trade', false);
    resolve(wholeBundle);
    await wait.pending;
    expect(settled).to.equal(1);
    expect(wait.bundle).to.equal(wholeBundle);
    expect(wait.waiting('services-trade', false)).to.equal(false);
    expect(wait.problems).to.deep.equal([]);
  });

  it('a module that cannot be loaded becomes a bundle_load problem, tried once per key, not in a loop', async () => {
    let calls = 0;
    const wait = new DataWait(
      () => {},
      () => {
        calls++;
        return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
      },
    );
    wait.ensure('services-trade', false);
    await wait.pending;
    wait.ensure('services-trade', false);
    wait.ensure('services-trade', false);
    expect(calls).to.equal(1);
    expect(wait.waiting('services-trade', false)).to.equal(false);
    expect(wait.problems.map((p) => p.code)).to.deep.equal(['bundle_load']);
    expect(wait.problems[0]!.message).to.match(/Failed to fetch.*Serve the package's files together/);
    wait.ensure('gdp', false);
    await wait.pending;
    expect(calls).to.equal(2);
  });

  it('needs nothing for an undefined key (no indicator set yet)', () => {
    const wait = new DataWait(
      () => {},
      () => {
        throw new Error('not called');
      },
    );
    wait.ensure(undefined, false);
    expect(wait.waiting(undefined, false)).to.equal(false);
    expect(wait.pending).to.equal(null);
  });

  it('whenReady runs at once with nothing loading, when the load ends, or after the wait at most', async () => {
    const idle = new DataWait(
      () => {},
      () => wholeBundle,
    );
    expect(idle.whenReady(() => 'now', 50)).to.equal('now');
    const stuck = new DataWait(
      () => {},
      () => new Promise<Bundle>(() => {}),
    );
    stuck.ensure('gdp', false);
    const start = performance.now();
    expect(await stuck.whenReady(() => 'late', 50)).to.equal('late');
    expect(performance.now() - start).to.be.within(40, 1000);
  });

  it('a load still on its way for an earlier key does not replace the bundle of the key in use', async () => {
    let resolve!: (b: Bundle) => void;
    const other: Bundle = { plan: wholeBundle.plan, observations: [] };
    const wait = new DataWait(
      () => {},
      (key) => (key === 'gdp' ? new Promise<Bundle>((r) => (resolve = r)) : wholeBundle),
    );
    wait.ensure('gdp', false);
    wait.ensure('services-trade', false);
    expect(wait.bundle).to.equal(wholeBundle);
    resolve(other);
    await wait.pending;
    expect(wait.bundle).to.equal(wholeBundle);
  });
});
