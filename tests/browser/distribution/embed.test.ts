/**
 * examples/embed.html: the page made to be iframed. It renders one widget from the
 * CDN bundle, fits its content and posts its height to the parent; bad
 * parameters give a clear or translated message. Also: the iframe snippet works
 * in a host page that has no script at all.
 */
import { expect } from '@open-wc/testing';
import {
  TAGS,
  axeIn,
  closeFrames,
  describeViolations,
  notRendered,
  openFrame,
  shadowText,
  targetName,
  waitFor,
} from './helpers.js';

interface HeightMessage {
  type: string;
  height: number;
  id: string;
}

/** Records qd-embed-height messages from any frame. */
function recordHeights(): { messages: HeightMessage[]; stop: () => void } {
  const messages: HeightMessage[] = [];
  const on = (e: MessageEvent) => {
    if (e.data?.type === 'qd-embed-height') messages.push(e.data);
  };
  addEventListener('message', on);
  return { messages, stop: () => removeEventListener('message', on) };
}

const QUERY: Record<string, string> = {
  'qd-target-card': 'indicator=services-trade',
  'qd-progress-bar': 'indicator=port-container-throughput',
  'qd-trend-chart': 'indicator=port-container-throughput',
  'qd-share-chart': 'indicator=producer-services-share-of-services',
  'qd-target-table': 'industry=modern-logistics',
  'qd-plan-dashboard': '',
};

describe('distribution: examples/embed.html', () => {
  afterEach(closeFrames);

  for (const tag of TAGS) {
    it(`renders <${tag}> with data, posts its height, fits it without scrollbars, and passes axe`, async () => {
      const rec = recordHeights();
      try {
        const id = `embed-${tag}`;
        const frame = await openFrame(
          `/examples/embed.html?widget=${tag}&${QUERY[tag]}&lang=en&theme=dark&id=${id}`,
          700,
          200,
        );
        const doc = frame.contentDocument!;
        const el = doc.querySelector(tag);
        await waitFor(() => notRendered(el, tag));
        expect(doc.documentElement.lang).to.equal('en');
        expect(el!.getAttribute('theme')).to.equal('dark');
        const height = () => Math.ceil(doc.getElementById('root')!.getBoundingClientRect().height);
        await waitFor(() =>
          rec.messages.some((m) => m.id === id && m.height === height())
            ? ''
            : `no height message ${height()} for ${id}: ${JSON.stringify(rec.messages)}`,
        );
        // As the documented listener does: the iframe takes the posted height; nothing scrolls.
        frame.height = String(rec.messages.filter((m) => m.id === id).at(-1)!.height);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        expect(height()).to.be.greaterThan(60);
        expect(doc.documentElement.scrollHeight).to.be.at.most(doc.documentElement.clientHeight + 1);
        expect(doc.documentElement.scrollWidth).to.be.at.most(doc.documentElement.clientWidth + 1);
        const violations = await axeIn(frame);
        expect(violations, describeViolations(violations)).to.have.length(0);
      } finally {
        rec.stop();
      }
    });
  }

  it('posts a new height when its content changes size (ResizeObserver)', async () => {
    const rec = recordHeights();
    try {
      const frame = await openFrame(
        '/examples/embed.html?widget=qd-target-card&indicator=services-trade&lang=zh-CN&id=resize',
        700,
        300,
      );
      const el = frame.contentDocument!.querySelector('qd-target-card')!;
      await waitFor(() => notRendered(el) || (rec.messages.some((m) => m.id === 'resize') ? '' : 'no first message'));
      const first = rec.messages.filter((m) => m.id === 'resize').at(-1)!.height;
      frame.width = '300';
      await waitFor(() =>
        rec.messages.filter((m) => m.id === 'resize').at(-1)!.height > first ? '' : `height stayed ${first}`,
      );
    } finally {
      rec.stop();
    }
  });

  it('uses the iframe name as the id when none is given', async () => {
    const rec = recordHeights();
    try {
      const frame = document.createElement('iframe');
      frame.name = 'named-embed';
      frame.title = 'named';
      frame.src = '/examples/embed.html?widget=qd-progress-bar&indicator=port-container-throughput';
      document.body.append(frame);
      await waitFor(() =>
        rec.messages.some((m) => m.id === 'named-embed' && m.height > 0) ? '' : 'no message for named-embed',
      );
    } finally {
      rec.stop();
    }
  });

  it('an unknown widget shows a clear message (in the page language) and still posts its height', async () => {
    const rec = recordHeights();
    try {
      const frame = await openFrame('/examples/embed.html?widget=qd-pie&lang=en&id=bad', 600, 200);
      const alert = frame.contentDocument!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.include('Unknown widget “qd-pie”');
      expect(alert.textContent).to.include('qd-target-card');
      await waitFor(() => (rec.messages.some((m) => m.id === 'bad' && m.height > 0) ? '' : 'no height message'));
      const zh = await openFrame('/examples/embed.html?widget=', 600, 200);
      expect(zh.contentDocument!.querySelector('[role="alert"]')!.textContent).to.include('未指定组件');
      const violations = await axeIn(frame);
      expect(violations, describeViolations(violations)).to.have.length(0);
    } finally {
      rec.stop();
    }
  });

  it("an unknown indicator shows the widget's own translated error", async () => {
    const frame = await openFrame(
      '/examples/embed.html?widget=qd-target-card&indicator=services-trad&lang=en',
      600,
      300,
    );
    const el = frame.contentDocument!.querySelector('qd-target-card')!;
    await waitFor(() => (el.shadowRoot?.querySelector('[part~="error"]') ? '' : 'no error part'));
    const error = el.shadowRoot!.querySelector('[part~="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.match(/[A-Za-z]/);
    expect(error.textContent).to.not.match(/[\u4e00-\u9fff]{4}/);
  });

  it('the iframe snippet renders in a host page that has no script at all', async () => {
    const snippet =
      '<iframe src="/examples/embed.html?widget=qd-target-card&amp;indicator=port-container-throughput&amp;lang=en&amp;id=card" name="card" title="Port container throughput" width="100%" height="480" style="border:0"></iframe>';
    const host = await openFrame(
      `srcdoc:<!doctype html><html lang="en"><head><title>Host</title></head><body><main><h1>Host</h1>${snippet}</main></body></html>`,
      800,
      700,
    );
    expect(host.contentDocument!.querySelectorAll('script')).to.have.length(0);
    const inner = host.contentDocument!.querySelector('iframe')!;
    // The snippet's style="border:0" (not the obsolete frameborder) takes the frame's border off.
    expect(host.contentWindow!.getComputedStyle(inner).borderTopStyle).to.equal('none');
    expect(inner.title).to.equal('Port container throughput');
    await waitFor(() => (inner.contentDocument?.readyState === 'complete' ? '' : 'inner frame not loaded'));
    await waitFor(() => notRendered(inner.contentDocument!.querySelector('qd-target-card'), 'qd-target-card'));
    expect(shadowText(inner.contentDocument!.querySelector('qd-target-card')!)).to.include(
      (await targetName('port-container-throughput')).en,
    );
  });
});
