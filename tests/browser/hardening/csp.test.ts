/**
 * Strict CSP and Trusted Types: examples/csp/index.html, a page of its own that
 * loads only the built CDN bundle, served with
 *   Content-Security-Policy: default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html
 * (by the `cspHeaders()` plugin of examples/csp/csp-headers.mjs in the test
 * runner's config). Opened in a same-origin iframe: every widget fires qd-load,
 * no securitypolicyviolation is reported except the page's canary inline
 * script, which is blocked (proving the policy is in force).
 *
 * Needs the built bundle (`node scripts/build.mjs`).
 */
import { expect } from '@open-wc/testing';
import { shadowText, until } from './harness.js';

const PAGE = '/examples/csp/index.html';
const POLICY = "default-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
const TAGS = [
  'qd-target-card',
  'qd-progress-bar',
  'qd-trend-chart',
  'qd-share-chart',
  'qd-target-table',
  'qd-plan-dashboard',
];

interface Violation {
  directive: string;
  blockedURI: string;
  sample: string;
  line: number;
}

const turn = () =>
  new Promise<void>((resolve) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => resolve();
    c.port2.postMessage(0);
  });

/**
 * Opens `url` in an iframe and records its qd-load / qd-error events and its CSP violations.
 * Listeners go on the new document's window as soon as the navigation commits (a task-by-task
 * wait): before the bundle has defined any widget (asserted), so no qd-load can be missed.
 * Violations are also read from a buffered ReportingObserver, which has every report since
 * the document started (the canary's included), whenever the listener was attached.
 */
async function openRecorded(url: string): Promise<{
  frame: HTMLIFrameElement;
  violations: Violation[];
  events: string[];
  loaded: Set<EventTarget>;
  reports: () => Promise<Violation[]>;
}> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '800';
  document.body.append(frame);
  const blank = frame.contentDocument;
  const violations: Violation[] = [];
  const events: string[] = [];
  const loaded = new Set<EventTarget>();
  frame.src = url;
  const start = performance.now();
  while (frame.contentDocument === blank || frame.contentDocument?.URL === 'about:blank') {
    if (performance.now() - start > 10000) throw new Error(`${url} did not start loading`);
    await turn();
  }
  const win = frame.contentWindow!;
  expect(win.customElements.get('qd-target-card'), 'listeners attached before the bundle ran').to.equal(undefined);
  win.addEventListener(
    'securitypolicyviolation',
    (e) =>
      violations.push({
        directive: e.effectiveDirective,
        blockedURI: e.blockedURI,
        sample: e.sample,
        line: e.lineNumber,
      }),
    true,
  );
  win.addEventListener('qd-load', (e) => loaded.add(e.target!), true);
  for (const name of ['qd-load', 'qd-error'])
    win.addEventListener(
      name,
      (e) =>
        events.push(
          `${name} <${(e.target as Element).localName}> ${JSON.stringify((e as CustomEvent).detail?.code ?? '')}`,
        ),
      true,
    );
  const reports = async (): Promise<Violation[]> => {
    type Report = { body: { effectiveDirective: string; blockedURL: string; sample: string; lineNumber: number } };
    const RO = (
      win as unknown as {
        ReportingObserver: new (
          cb: (list: Report[]) => void,
          o: object,
        ) => { observe(): void; takeRecords(): Report[]; disconnect(): void };
      }
    ).ReportingObserver;
    const got: Report[] = [];
    const ro = new RO((list) => got.push(...list), { types: ['csp-violation'], buffered: true });
    ro.observe();
    await new Promise((r) => setTimeout(r, 200));
    got.push(...ro.takeRecords());
    ro.disconnect();
    return got.map((r) => ({
      directive: r.body.effectiveDirective,
      blockedURI: r.body.blockedURL,
      sample: r.body.sample,
      line: r.body.lineNumber,
    }));
  };
  return { frame, violations, events, loaded, reports };
}

describe('hardening: strict CSP and Trusted Types (examples/csp/index.html)', () => {
  afterEach(() => {
    for (const f of document.querySelectorAll('iframe')) f.remove();
  });

  it('is served with the strict policy header', async () => {
    const res = await fetch(PAGE, { cache: 'no-store' });
    expect(res.ok).to.equal(true);
    expect(
      res.headers.get('content-security-policy'),
      'add cspHeaders() from examples/csp/csp-headers.mjs to the plugins of web-test-runner.config.mjs',
    ).to.equal(POLICY);
    const html = await res.text();
    // (the dev server adds its own /__web-dev-server__web-socket.js)
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)]
      .map((m) => m[1]!.match(/src="([^"]+)"/)?.[1] ?? 'inline')
      .filter((s) => !s.includes('__web-dev-server'));
    expect(scripts, 'the page loads only the CDN bundle (plus the canary inline script)').to.deep.equal([
      '/dist/cdn/qingdao-services-plan.min.js',
      'inline',
    ]);
    expect(html).to.not.match(/\sstyle=/);
  });

  it('renders every widget with zero violations while the canary inline script is blocked', async () => {
    const { frame, violations, events, loaded, reports } = await openRecorded(PAGE);
    const win = frame.contentWindow as Window & { __inlineRan?: number; trustedTypes?: unknown };
    const doc = frame.contentDocument!;
    await until(() => (doc.readyState === 'loading' ? 'the page is still parsing' : ''), 10000);
    const widgets = TAGS.flatMap((t) => [...doc.querySelectorAll(t)]);
    expect(widgets.map((w) => w.localName).sort()).to.include.members(TAGS);
    await until(() => {
      const missing = widgets.filter((w) => !loaded.has(w));
      return missing.length
        ? `no qd-load yet from ${missing.map((w) => w.localName).join(', ')} (events: ${events.join('; ')}; violations: ${JSON.stringify(violations)})`
        : '';
    }, 15000);
    expect(
      events.filter((e) => e.startsWith('qd-load')),
      'one qd-load per widget',
    ).to.have.length(widgets.length);
    expect(events.filter((e) => e.startsWith('qd-error'))).to.deep.equal([]);
    for (const w of widgets) {
      expect(
        w.shadowRoot!.querySelector('[part="error"], [part="notice"]'),
        `<${w.localName}> shows a problem`,
      ).to.equal(null);
      expect(shadowText(w), `<${w.localName}> shows figures`).to.match(/\d/);
    }
    // Open every view of the charts (renders the table and sources templates under Trusted Types too).
    for (const tab of widgets.flatMap((w) => [...w.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')]))
      tab.click();
    await new Promise((r) => setTimeout(r, 100));

    // The canary did not run, and its violation was reported.
    expect(win.__inlineRan, 'the inline canary script ran: the policy is not in force').to.equal(undefined);
    const canary = violations.filter((v) => v.blockedURI === 'inline' && /script-src/.test(v.directive));
    expect(canary, JSON.stringify(violations)).to.have.length(1);
    // And nothing else was blocked: no inline style, eval, Trusted Types sink or other origin.
    const others = violations.filter((v) => !canary.includes(v));
    expect(others, JSON.stringify(others)).to.deep.equal([]);
    // The same from the buffered reports (every violation since the document started).
    const reported = await reports();
    expect(
      reported.map((v) => `${v.directive} ${v.blockedURI}`),
      JSON.stringify(reported),
    ).to.deep.equal(['script-src-elem inline']);
    // Trusted Types are enforced in the frame (a string to an HTML sink throws).
    expect(() => (doc.createElement('div').innerHTML = '<b>x</b>')).to.throw();
  });
});
