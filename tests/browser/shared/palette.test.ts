import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../components/target-card/index.js';
import type { QdTargetCard } from '../../../components/target-card/target-card.js';
import { contrastRatio, dark, light, parseColor } from '../../../components/styles/palette.js';
import { mountFixture as mount, restoreWarn, shadow } from '../helpers/mount.js';
import { trade2023 } from '../helpers/sample.js';

const css = (el: Element, prop: 'fill' | 'stroke' | 'color' | 'backgroundColor'): string => getComputedStyle(el)[prop];

/** Colours of the rendered marks of a card, each with the CSS property it is drawn with. */
function markColours(card: QdTargetCard): Record<string, string> {
  const root = shadow(card);
  const q = (s: string) => root.querySelector(s)!;
  return {
    'track outline': css(q('.track-bg'), 'stroke'),
    'progress fill': css(q('.track-fill'), 'fill'),
    'latest mark': css(q('.mark-current'), 'fill'),
    'base mark': css(q('.mark-base'), 'stroke'),
    'target mark': css(q('.mark-target'), 'stroke'),
    'status icon and text': css(q('[part="status"]'), 'color'),
    link: css(q('.source a'), 'color'),
  };
}

// The cards render the frozen fixture plan (tests/fixtures/frozen-plan.json), given by <qd-plan>.
describe('palette: >= 3:1 contrast of every mark against the background', () => {
  afterEach(async () => {
    restoreWarn();
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`rendered marks in the ${theme} theme`, async () => {
      const { el } = await mount<QdTargetCard>(
        html`<qd-target-card theme=${theme} indicator="services-trade" as-of="2024" .observations=${[trade2023]}></qd-target-card>`,
      );
      const bg = css(shadow(el).querySelector('.card')!, 'backgroundColor');
      expect(parseColor(bg)).to.deep.equal(parseColor(theme === 'light' ? light.background : dark.background));
      const colours = markColours(el);
      for (const [mark, colour] of Object.entries(colours)) {
        expect(contrastRatio(colour, bg), `${mark} ${colour} on ${bg}`).to.be.at.least(3);
      }
    });

    it(`every status colour of the ${theme} palette, as rendered`, async () => {
      const p = theme === 'light' ? light : dark;
      for (const [status, hex] of Object.entries(p.status)) {
        expect(contrastRatio(hex, p.background), status).to.be.at.least(3);
        expect(contrastRatio(hex, p.surface), `${status} on surface`).to.be.at.least(3);
      }
      const { el } = await mount<QdTargetCard>(
        html`<qd-target-card theme=${theme} indicator="port-throughput"></qd-target-card>`,
      );
      const status = shadow(el).querySelector('[part="status"]')!;
      expect(parseColor(css(status, 'color'))).to.deep.equal(parseColor(p.status.achieved));
      expect(
        contrastRatio(css(status, 'color'), css(shadow(el).querySelector('.card')!, 'backgroundColor')),
      ).to.be.at.least(4.5);
    });
  }

  it('theme="auto" follows prefers-color-scheme; theme="light" overrides it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await mount<QdTargetCard>(html`<qd-target-card indicator="services-trade"></qd-target-card>`);
    expect(parseColor(css(shadow(auto.el).querySelector('.card')!, 'backgroundColor'))).to.deep.equal(
      parseColor(dark.background),
    );
    await expect(auto.el).to.be.accessible();
    const forced = await mount<QdTargetCard>(
      html`<qd-target-card theme="light" indicator="services-trade"></qd-target-card>`,
    );
    expect(parseColor(css(shadow(forced.el).querySelector('.card')!, 'backgroundColor'))).to.deep.equal(
      parseColor(light.background),
    );
  });

  it('a page rule on the element overrides the defaults (low specificity)', async () => {
    const { el } = await mount<QdTargetCard>(
      html`<qd-target-card theme="dark" indicator="services-trade" style="--qd-color-bg: rgb(1, 2, 3)"></qd-target-card>`,
    );
    expect(css(shadow(el).querySelector('.card')!, 'backgroundColor')).to.equal('rgb(1, 2, 3)');
  });

  it('computes WCAG contrast ratios', () => {
    expect(contrastRatio('#000', '#fff')).to.be.closeTo(21, 1e-9);
    expect(contrastRatio('rgb(255, 255, 255)', '#ffffff')).to.equal(1);
    expect(() => contrastRatio('red', '#fff')).to.throw(/Not a colour/);
  });
});
