// The built files as a page loads them (dist/, served as published): one card with a site's
// observations loads its indicator's part of the bundled plan and the I/O module, never a module
// that holds the whole plan; a table imported later changes nothing for the next card, which, on the
// bundled plan alone, loads its precomputed view instead of its data.
import { expect } from '@open-wc/testing';

// Every module the page loaded (the buffer holds 250 entries by default: the test runner's own fill it).
performance.setResourceTimingBufferSize(100_000);
const loaded = () => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname);
/** Imports a built module by its URL (not resolved by TypeScript: dist/ is a build output). */
const load = (url: string): Promise<unknown> => import(/* @vite-ignore */ url);
const WHOLE_PLAN = /\/dist\/data\/(index|review|indicators|structure|figures\/|observations\/)/;

async function card(
  indicator: string,
  src?: string,
  asOf?: number,
): Promise<HTMLElement & { updateComplete: Promise<boolean> }> {
  const el = document.createElement('qd-target-card') as HTMLElement & { updateComplete: Promise<boolean> };
  el.setAttribute('indicator', indicator);
  el.setAttribute('lang', 'en');
  if (src) el.setAttribute('src', src);
  if (asOf) el.setAttribute('as-of', String(asOf));
  const done = new Promise((r) => el.addEventListener('qd-load', r, { once: true }));
  document.body.append(el);
  await done;
  return el;
}

describe('distribution: the built card, as published', () => {
  it("a card given src observations loads its indicator's part and the I/O module, no module of the whole plan; axe clean", async () => {
    await load('/dist/components/target-card/index.js');
    // As of 2024, the site's 2024 figure is the latest, whatever the bundled plan holds.
    const el = await card('services-trade', '/tests/browser/fixtures/obs.json', 2024);
    expect(el.shadowRoot!.textContent).to.include('CNY 105 billion');
    const urls = loaded();
    expect(urls).to.include('/dist/data/generated/by-indicator/services-trade.js');
    expect(urls.some((u) => u.startsWith('/dist/src/io/'))).to.equal(true);
    expect(urls.filter((u) => WHOLE_PLAN.test(u))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('importing the table (which loads the whole plan) does not change how the next card loads its data', async () => {
    await load('/dist/components/target-table/index.js');
    const table = document.createElement('qd-target-table') as HTMLElement & { updateComplete: Promise<boolean> };
    document.body.append(table);
    await table.updateComplete;
    expect(loaded().some((u) => u === '/dist/data/index.js')).to.equal(true);
    // (the whole plan's table is long: the card would come far below the viewport, where it waits)
    table.remove();
    // On the bundled plan at the default as-of, the card paints from its precomputed view: no data module.
    await card('port-container-throughput');
    expect(loaded()).to.include('/dist/components/generated/views/port-container-throughput.en.js');
    expect(loaded()).to.not.include('/dist/data/generated/by-indicator/port-container-throughput.js');
    // Given an as-of, it computes, from its indicator's part of the plan.
    await card('port-container-throughput', undefined, 2024);
    expect(loaded()).to.include('/dist/data/generated/by-indicator/port-container-throughput.js');
  });
});
