/**
 * Hostile text: script and HTML payloads in every text field of the data a
 * site can bring (observations: publisher, note, unit, url, through src JSON,
 * src CSV and the observations property; a whole plan in src: every name,
 * title, note, section and source quote; a light-DOM table's labels; the
 * author attributes summary/label) render as inert text. A flag
 * (`window.__pwned`) proves no payload ran; no `javascript:` (or any non-http)
 * URL becomes an href; no element or event-handler attribute is injected.
 * The widgets are given the frozen fixture plan by a `<qd-plan>` (`planHost()`); the
 * hostile plan is that plan with payloads in every text.
 */
import { expect } from '@open-wc/testing';
import '../../../components/index.js';
import {
  WIDGETS,
  blobUrl,
  guard,
  observation,
  observationsCsv,
  planHost,
  planJson,
  recordWarn,
  restoreWarn,
  revokeBlobs,
  shadowText,
  until,
  type WidgetSpec,
} from './harness.js';

type Pwned = Window & { __pwned?: number; p?: () => void };
const win = window as Pwned;
// Short payloads (units are limited to 20 characters) call p(); the others set the flag directly.
win.p = () => (win.__pwned = 1);

/** The payloads (each one is tried in every field that can hold it). */
export const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '\'><iframe srcdoc="<script>parent.__pwned=1</script>">',
  'javascript:window.__pwned=1',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '${window.__pwned=1}',
  '<a href="javascript:window.__pwned=1">click</a>',
  '</q></p><style>*{display:none}</style><b>bold</b>',
  '&lt;img src=x onerror=window.__pwned=1&gt; &amp;',
  '<!-- <math><mi xlink:href="javascript:window.__pwned=1">x</mi></math> -->',
  '<details open ontoggle=window.__pwned=1>',
] as const;
/** Payloads of at most 20 characters (observation units). */
const SHORT = ['<svg/onload=p()>', '"><b>x', '<i>u</i>', '{{p()}}'] as const;
/** URL payloads: a javascript: URL is refused by the schema; http(s) URLs with markup in them stay attribute values. */
const URLS = [
  'javascript:window.__pwned=1',
  'https://example.org/"><img/src=x/onerror=window.__pwned=1>',
  "https://example.org/?q=<script>window.__pwned=1</script>&r='onmouseover='p()",
  'JaVaScRiPt:window.__pwned=1',
] as const;

const placed = new Map<string, number>();
const count = (tag: string, n: number) => placed.set(tag, (placed.get(tag) ?? 0) + n);

/** Observations of the widget's indicator carrying every payload in publisher, note, unit and url (one per row, years 2021-2024 cycling). */
function hostileObservations(w: WidgetSpec): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [];
  PAYLOADS.forEach((p, i) =>
    rows.push(
      observation(w.indicator, {
        year: 2021 + (i % 4),
        vintage: ['final', 'revised', 'preliminary'][i % 3],
        publisher: p,
        note: p,
        url: URLS[i % URLS.length]!.startsWith('http') ? URLS[i % URLS.length] : 'https://example.org/ok',
      }),
    ),
  );
  URLS.forEach((u, i) =>
    rows.push(observation(w.indicator, { year: 2021 + i, period: 'Q1', publisher: `url ${i}`, url: u })),
  );
  // A payload as a unit is not the indicator's unit: refused (unit_mismatch) before it reaches the page.
  SHORT.forEach((u, i) =>
    rows.push(observation(w.indicator, { year: 2022 + (i % 3), period: 'H1', publisher: `unit ${u}`, unit: u })),
  );
  // The latest one (2024, FY) is valid and user-supplied, so cards and sources cite its publisher.
  rows.push(
    observation(w.indicator, {
      year: 2024,
      vintage: 'revised',
      publisher: PAYLOADS[1],
      note: PAYLOADS[0],
      url: URLS[1],
    }),
  );
  return rows;
}
const OBS_FIELDS_PER_WIDGET = PAYLOADS.length * 2 + SHORT.length + URLS.length + 3;

/** The plan with payloads in every text: names, titles, notes, whole names, sections and source quotes. */
async function hostilePlan(): Promise<{ url: string; fields: number }> {
  const plan = await planJson();
  let i = 0;
  let fields = 0;
  const next = () => PAYLOADS[i++ % PAYLOADS.length]!;
  const walk = (node: unknown, key = ''): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, key));
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'string' && (k === 'zh' || k === 'en')) {
        o[k] = `${next()} ${v}`.slice(0, 300);
        fields++;
      } else if (typeof v === 'string' && k === 'quote') {
        o[k] = `${next()}${v}`.slice(0, 120);
        fields++;
      } else if (typeof v === 'string' && k === 'section') {
        o[k] = SHORT[i++ % SHORT.length]!;
        fields++;
      } else walk(v, k);
    }
  };
  walk(plan);
  return { url: blobUrl(JSON.stringify(plan)), fields };
}

/** Why the widget's shadow DOM is not inert ('' when it is). */
function notInert(el: Element): string {
  const bad: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element) {
      if (/^(script|iframe|object|embed|img|math|style|foreignobject|frame|link|meta|base|form)$/i.test(n.localName))
        bad.push(`<${n.localName}> element`);
      for (const a of n.attributes) {
        if (/^on/i.test(a.name)) bad.push(`${a.name} attribute on <${n.localName}>`);
        if (
          /(^|:)(href|src|action|formaction|srcdoc)$/i.test(a.name) &&
          !/^https?:\/\//i.test(a.value.trim()) &&
          !a.value.startsWith('#')
        )
          bad.push(`${a.name}="${a.value.slice(0, 60)}" on <${n.localName}>`);
      }
      if (n.localName === 'a' && !n.getAttribute('href')?.match(/^https?:\/\//))
        bad.push(`<a> without an http(s) href`);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(el.shadowRoot!);
  return bad.join('; ');
}

/** How many payloads appear verbatim as text in the widget. */
const shownVerbatim = (el: Element, list: readonly string[]): number => {
  const attrs = [...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value));
  const text = [el.shadowRoot!.textContent ?? '', ...attrs].join('\n');
  return list.filter((p) => text.includes(p)).length;
};

async function mountHostile(
  w: WidgetSpec,
  setup: (el: HTMLElement) => void | Promise<void>,
  lang: string,
): Promise<{ el: HTMLElement; host: HTMLElement; events: CustomEvent[]; warns: string[] }> {
  const host = document.createElement('div');
  host.setAttribute('lang', lang);
  const el = document.createElement(w.tag);
  for (const [k, v] of Object.entries(w.good)) el.setAttribute(k, v);
  const events: CustomEvent[] = [];
  for (const name of ['qd-load', 'qd-error']) el.addEventListener(name, (e) => events.push(e as CustomEvent));
  await setup(el);
  host.append(el);
  const warns = recordWarn();
  (await planHost()).append(host);
  await until(
    () =>
      events.some(
        (e) => e.type === 'qd-load' || (e.type === 'qd-error' && (el as unknown as { problem: unknown }).problem),
      )
        ? ''
        : `<${w.tag}> did not settle`,
    8000,
  );
  await until(() => (el.shadowRoot!.querySelector('.loading') ? 'loading' : ''));
  // Give an injected <img onerror> or <svg onload> time to fire, were there one; open every tab.
  for (const tab of el.shadowRoot!.querySelectorAll<HTMLElement>('[role="tab"]')) {
    tab.click();
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
  await new Promise((r) => setTimeout(r, 60));
  return { el, host, events, warns };
}

function assertInert(el: HTMLElement, events: CustomEvent[]): void {
  expect(win.__pwned, 'a payload ran').to.equal(undefined);
  expect(guard.errors, 'uncaught errors').to.deep.equal([]);
  expect(notInert(el)).to.equal('');
  expect(
    events.some((e) => e.type === 'qd-load'),
    'the widget loaded its data',
  ).to.equal(true);
}

describe('hardening: hostile text renders as inert text in every widget', () => {
  before(() => planHost());
  beforeEach(() => {
    delete win.__pwned;
    guard.reset();
  });
  afterEach(() => {
    restoreWarn();
    revokeBlobs();
    for (const h of document.querySelectorAll('qd-plan > div[lang]')) h.remove();
  });

  for (const w of WIDGETS) {
    it(`<${w.tag}>: observations with payloads (src JSON, zh-CN)`, async () => {
      const { el, events, warns } = await mountHostile(
        w,
        (el) => el.setAttribute('src', blobUrl(JSON.stringify(hostileObservations(w)))),
        'zh-CN',
      );
      assertInert(el, events);
      // javascript: URLs are refused by the schema (a notice says how many rows were ignored), never linked.
      expect(warns.join('\n')).to.match(/url must match pattern/);
      if (/card|trend|share|table/.test(w.tag))
        expect(shownVerbatim(el, PAYLOADS), 'publisher payloads shown as text').to.be.at.least(1);
      count(w.tag, OBS_FIELDS_PER_WIDGET);
    });

    it(`<${w.tag}>: observations with payloads (src CSV, en)`, async () => {
      const { el, events } = await mountHostile(
        w,
        (el) => el.setAttribute('src', blobUrl(observationsCsv(hostileObservations(w)), 'text/csv')),
        'en',
      );
      assertInert(el, events);
      if (/card|trend|share|table/.test(w.tag)) expect(shownVerbatim(el, PAYLOADS)).to.be.at.least(1);
      count(w.tag, OBS_FIELDS_PER_WIDGET);
    });

    it(`<${w.tag}>: observations with payloads (observations property, en)`, async () => {
      const { el, events } = await mountHostile(
        w,
        (el) => void ((el as HTMLElement & { observations: unknown }).observations = hostileObservations(w)),
        'en',
      );
      assertInert(el, events);
      count(w.tag, OBS_FIELDS_PER_WIDGET);
    });

    it(`<${w.tag}>: a whole plan in src with payloads in every name, note, section and quote (zh-CN and en)`, async () => {
      for (const lang of ['zh-CN', 'en']) {
        const { url, fields } = await hostilePlan();
        const { el, host, events, warns } = await mountHostile(w, (el) => el.setAttribute('src', url), lang);
        expect(warns, 'the hostile plan is a valid plan').to.deep.equal([]);
        assertInert(el, events);
        expect(
          shownVerbatim(el, PAYLOADS),
          `payloads shown verbatim in ${lang}: ${shadowText(el).slice(0, 200)}`,
        ).to.be.at.least(1);
        count(w.tag, fields);
        host.remove();
      }
    });

    it(`<${w.tag}>: payloads in a light-DOM table's labels and cells, and in the author attributes`, async () => {
      const { el, events } = await mountHostile(
        w,
        (el) => {
          const table = document.createElement('table');
          const caption = table.createCaption();
          caption.textContent = PAYLOADS[1];
          const head = table.createTHead().insertRow();
          for (const p of [PAYLOADS[0], PAYLOADS[2]]) head.appendChild(document.createElement('th')).textContent = p;
          const body = table.createTBody();
          const rows: [string, string][] = [
            ['2023', w.indicator.includes('share') ? '51.5' : '1,020.5'],
            [PAYLOADS[3], '1'],
            ['2024', PAYLOADS[5]],
          ];
          for (const [a, b] of rows) {
            const tr = body.insertRow();
            tr.insertCell().textContent = a;
            tr.insertCell().textContent = b;
          }
          el.append(table);
          // Author text: a summary, a caption label and a heading level.
          for (const [k, v] of [
            ['summary', PAYLOADS[2]],
            ['label', PAYLOADS[7]],
            ['heading-level', PAYLOADS[0]],
          ] as const)
            el.setAttribute(k, v);
        },
        'zh-CN',
      );
      assertInert(el, events);
      if (/trend|share|table|dashboard/.test(w.tag))
        expect(shownVerbatim(el, [PAYLOADS[2], PAYLOADS[7]]), 'the author summary/label as text').to.be.at.least(1);
      count(w.tag, 3 + 2 + 3);
    });
  }

  it('reports the payloads tried per widget', () => {
    console.log(
      `[hardening] hostile payload placements per widget: ${JSON.stringify(Object.fromEntries(placed))} (${PAYLOADS.length + SHORT.length + URLS.length} distinct payloads)`,
    );
    for (const w of WIDGETS) expect(placed.get(w.tag) ?? 0, w.tag).to.be.greaterThan(100);
  });
});
