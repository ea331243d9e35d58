/**
 * The browser harness itself: the package sources load in Chromium, and Chinese text renders with
 * real glyphs. A width proves nothing there (a missing glyph draws a box, the .notdef glyph or
 * "tofu", as wide as a character): the bitmaps of two different characters must differ from each
 * other and from the box that a character no font has is drawn as.
 */
import { expect } from '@open-wc/testing';
import { getTarget, targets } from '../../src/index.js';

const SIZE = 64;

/** The glyph of `ch` drawn black on white in the page's sans-serif font, as one bit per pixel. */
function bitmap(ch: string): { bits: string; ink: number } {
  const canvas = document.createElement('canvas');
  canvas.width = SIZE;
  canvas.height = SIZE;
  const g = canvas.getContext('2d', { willReadFrequently: true })!;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, SIZE, SIZE);
  g.fillStyle = '#000';
  g.font = '48px sans-serif';
  g.textBaseline = 'top';
  g.fillText(ch, 8, 8);
  const data = g.getImageData(0, 0, SIZE, SIZE).data;
  let bits = '';
  let ink = 0;
  for (let i = 0; i < data.length; i += 4) {
    const dark = data[i]! < 128;
    bits += dark ? '1' : '0';
    if (dark) ink++;
  }
  return { bits, ink };
}

/** How many pixels differ between two bitmaps. */
const distance = (a: string, b: string): number => [...a].filter((bit, i) => bit !== b[i]).length;

describe('browser test harness', () => {
  it('loads the package sources in Chromium', () => {
    expect(targets.length).to.be.greaterThan(0);
    expect(getTarget(targets[0]!.id)).to.equal(targets[0]);
  });

  it('draws Chinese characters with real glyphs: 服 and 务 differ from each other and from the missing-glyph box', async () => {
    await document.fonts.ready;
    // Two code points no font has: both are drawn as the same box (.notdef), the reference "tofu".
    const tofu = bitmap('\u{10FFFD}');
    expect(bitmap('\u0378').bits, 'two missing characters draw the same box').to.equal(tofu.bits);
    const fu = bitmap('服');
    const wu = bitmap('务');
    for (const [name, glyph] of [
      ['服', fu],
      ['务', wu],
    ] as const) {
      expect(glyph.ink, `${name} is drawn`).to.be.greaterThan(100);
      expect(
        distance(glyph.bits, tofu.bits),
        `${name} is not the missing-glyph box: install a CJK font`,
      ).to.be.greaterThan(100);
    }
    expect(distance(fu.bits, wu.bits), '服 and 务 are different glyphs').to.be.greaterThan(100);
  });
});
