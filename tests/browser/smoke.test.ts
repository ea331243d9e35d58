import { expect } from '@open-wc/testing';
import { getTarget } from '../../src/index.js';

describe('browser test harness', () => {
  it('loads the package sources in Chromium with CJK fonts', async () => {
    expect(getTarget('services-trade-2025').value).to.equal(1100);
    await document.fonts.ready;
    const span = document.createElement('span');
    span.textContent = '服务业';
    span.style.fontFamily = 'sans-serif';
    document.body.append(span);
    expect(span.getBoundingClientRect().width).to.be.greaterThan(20);
    span.remove();
  });
});
