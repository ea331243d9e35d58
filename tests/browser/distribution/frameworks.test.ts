/**
 * The React 19 and Vue 3 examples (examples/react/app.js, examples/vue/app.js,
 * bundled by scripts/build-examples.mjs into examples/generated/): every widget
 * renders with data, the properties the app sets take effect (observations,
 * asOf), qd-select and qd-error reach the app, and each page passes axe.
 */
import { expect } from '@open-wc/testing';
import {
  TAGS,
  axeIn,
  closeFrames,
  describeViolations,
  openFrame,
  shadowText,
  waitFor,
  waitForWidgets,
} from './helpers.js';

type Widget = HTMLElement & {
  asOf?: number;
  observations?: readonly { indicator: string; value: number }[];
  updateComplete?: Promise<unknown>;
};

for (const framework of ['react', 'vue']) {
  describe(`distribution: the ${framework} example`, () => {
    let frame: HTMLIFrameElement;
    let doc: Document;
    before(async () => {
      frame = await openFrame(`/examples/${framework}/`, 1100, 900);
      doc = frame.contentDocument!;
      await waitFor(() =>
        doc.querySelector('main h1')
          ? ''
          : `the ${framework} app did not render (is examples/generated/${framework}.js built?)`,
      );
    });
    after(closeFrames);

    it('renders every widget with data', async () => {
      const els = await waitForWidgets(doc);
      expect(els.map((e) => e.localName)).to.include.members([...TAGS]);
    });

    it('sets properties: observations (marked as the site’s) and asOf', async () => {
      await waitForWidgets(doc, ['qd-target-card']);
      const card = doc.querySelector('qd-target-card[indicator="port-container-throughput"]') as Widget;
      expect(card.observations).to.be.an('array').with.length.greaterThan(0);
      expect(card.observations![0]!.indicator).to.equal('port-container-throughput');
      expect(card.hasAttribute('observations')).to.equal(false);
      expect(shadowText(card)).to.include('this site’s data');
      expect(card.asOf).to.equal(2025);
      const before = shadowText(card);
      const select = doc.getElementById('as-of') as HTMLSelectElement;
      const setYear = (year: string) => {
        select.value = year;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      try {
        setYear('2023');
        await waitFor(() => (card.asOf === 2023 ? '' : `asOf is ${card.asOf}`));
        await card.updateComplete;
        await waitFor(() => (shadowText(card) !== before ? '' : 'the card did not change with asOf'));
        expect(shadowText(card)).to.include('2023');
        for (const tag of TAGS) expect((doc.querySelector(tag) as Widget | null)?.asOf, `${tag}.asOf`).to.equal(2023);
      } finally {
        setYear('2025');
        await waitFor(() => (card.asOf === 2025 ? '' : `asOf is ${card.asOf}`));
      }
    });

    it('qd-select from a widget reaches the app', async () => {
      await waitForWidgets(doc, ['qd-target-table']);
      const table = doc.querySelector('qd-target-table')!;
      const name = table.shadowRoot!.querySelector('[part~="name"]') as HTMLElement;
      expect(name, 'a target name button in the table').to.not.equal(null);
      name.click();
      await waitFor(() =>
        doc.getElementById('last-event')!.textContent!.includes('qd-select')
          ? ''
          : `last event: ${doc.getElementById('last-event')!.textContent}`,
      );
      expect(doc.getElementById('last-event')!.textContent).to.include('<qd-target-table>');
      const detail = JSON.parse(doc.getElementById('last-detail')!.textContent!);
      expect(detail.indicator)
        .to.be.a('string')
        .and.match(/^[a-z0-9-]+$/);
      expect(detail).to.have.property('year');
    });

    it('qd-error from a widget reaches the app', async () => {
      const box = doc.getElementById('broken') as HTMLInputElement;
      box.click();
      await waitFor(() =>
        doc.getElementById('last-event')!.textContent!.includes('qd-error')
          ? ''
          : `last event: ${doc.getElementById('last-event')!.textContent}`,
      );
      const detail = JSON.parse(doc.getElementById('last-detail')!.textContent!);
      expect(detail.code).to.be.a('string').with.lengthOf.above(0);
      expect(detail.message).to.include('not-an-indicator');
      box.click();
      await waitFor(() => (doc.getElementById('broken-card') ? 'the broken card is still shown' : ''));
    });

    it('switches language through the lang attribute', async () => {
      await waitForWidgets(doc, ['qd-target-card']);
      const card = doc.querySelector('qd-target-card[indicator="port-container-throughput"]')!;
      const select = doc.getElementById('lang') as HTMLSelectElement;
      select.value = 'zh-CN';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() =>
        shadowText(card).startsWith('港口集装箱吞吐量') && shadowText(card).includes('本站数据')
          ? ''
          : 'the card is not in Chinese',
      );
      expect(card.getAttribute('lang')).to.equal('zh-CN');
      select.value = 'en';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await waitFor(() =>
        shadowText(card).startsWith('Port container throughput') && shadowText(card).includes('this site’s data')
          ? ''
          : 'the card is not in English',
      );
    });

    it('passes axe', async () => {
      await waitForWidgets(doc);
      const violations = await axeIn(frame);
      expect(violations, describeViolations(violations)).to.have.length(0);
    });
  });
}
