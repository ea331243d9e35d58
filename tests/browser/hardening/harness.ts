/**
 * Shared pieces of the hardening tests: the six widgets with a healthy
 * configuration each, a `<qd-plan>` giving them the frozen fixture plan
 * (tests/fixtures/frozen-plan.json), a page guard that records uncaught errors
 * and unhandled rejections, a console.warn recorder, a fetch wrapper that can
 * answer a few reserved URLs itself (HTTP 500, never answering) while every
 * other request goes through the real fetch, and helpers to make data files
 * (blob: URLs).
 */
import { FIXTURE_PLAN_URL } from '../helpers/fixture-plan.js';

/** One widget: its tag, the attributes of a healthy instance and the indicator its data concerns. */
export interface WidgetSpec {
  readonly tag: string;
  /** Attributes of a healthy instance (it must fire qd-load without any problem). */
  readonly good: Readonly<Record<string, string>>;
  /** The indicator whose observations the widget shows (services-trade, or a share for the share chart), in the fixture plan. */
  readonly indicator: string;
  /** Which ids the widget takes: an indicator, a dimension/industry scope, or none. */
  readonly ids: 'indicator' | 'scope' | 'none';
  /** Whether a light-DOM table child is read as data. */
  readonly readsTable: boolean;
}

export const WIDGETS: readonly WidgetSpec[] = [
  {
    tag: 'qd-target-card',
    good: { indicator: 'services-trade' },
    indicator: 'services-trade',
    ids: 'indicator',
    readsTable: true,
  },
  {
    tag: 'qd-progress-bar',
    good: { indicator: 'services-trade' },
    indicator: 'services-trade',
    ids: 'indicator',
    readsTable: true,
  },
  {
    tag: 'qd-trend-chart',
    good: { indicator: 'services-trade' },
    indicator: 'services-trade',
    ids: 'indicator',
    readsTable: true,
  },
  {
    tag: 'qd-share-chart',
    good: { indicator: 'producer-services-share' },
    indicator: 'producer-services-share',
    ids: 'indicator',
    readsTable: true,
  },
  {
    tag: 'qd-target-table',
    good: { dimension: 'opening' },
    indicator: 'services-trade',
    ids: 'scope',
    readsTable: false,
  },
  { tag: 'qd-plan-dashboard', good: {}, indicator: 'services-trade', ids: 'none', readsTable: false },
];

let provider: HTMLElement | null = null;
let providerReady: Promise<HTMLElement> | null = null;

/**
 * The `<qd-plan src>` on the page giving the fixture plan, once it is ready: tests put their
 * widgets (or the hosts holding them) inside it. It is created with the page's own definition
 * of `<qd-plan>` (the sources', or the CDN bundle's in the lifecycle test).
 */
export function planHost(): Promise<HTMLElement> {
  if (provider?.isConnected && providerReady) return providerReady;
  const el = document.createElement('qd-plan');
  provider = el;
  providerReady = new Promise<HTMLElement>((resolve, reject) => {
    el.addEventListener('qd-load', () => resolve(el), { once: true });
    el.addEventListener(
      'qd-error',
      (e) => reject(new Error(`the fixture plan: ${(e as CustomEvent).detail.message}`)),
      {
        once: true,
      },
    );
  });
  el.setAttribute('src', FIXTURE_PLAN_URL);
  el.style.display = 'block';
  document.body.append(el);
  return providerReady;
}

/** The widget class registered for `tag` (with its static fetchTimeout). */
export const widgetClass = (tag: string): { fetchTimeout: number } =>
  customElements.get(tag) as unknown as { fetchTimeout: number };

// ---------------------------------------------------------------- page guard

/** Uncaught errors and unhandled rejections on the page since `guard.reset()`. */
export const guard = {
  errors: [] as string[],
  reset(): void {
    this.errors.length = 0;
  },
};
window.addEventListener('error', (e) => guard.errors.push(`error: ${e.message} (${e.filename}:${e.lineno})`));
window.addEventListener('unhandledrejection', (e) =>
  guard.errors.push(`unhandledrejection: ${String((e.reason as Error)?.stack ?? e.reason)}`),
);

// ---------------------------------------------------------------- console.warn

let restoreWarnFn: (() => void) | null = null;

/** Records console.warn calls (as strings) until `restoreWarn()`. */
export function recordWarn(): string[] {
  restoreWarn();
  const calls: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  restoreWarnFn = () => (console.warn = original);
  return calls;
}

export function restoreWarn(): void {
  restoreWarnFn?.();
  restoreWarnFn = null;
}

// ---------------------------------------------------------------- fetch

/** URLs answered by the fetch wrapper itself (the widget's own fetch path still runs: status, abort, timeout). */
export const RESERVED = {
  http500: '/__hardening__/server-error.json',
  http403: '/__hardening__/forbidden.json',
  hang: '/__hardening__/never-answers.json',
} as const;

/** Every fetch the page made since `fetchLog.reset()`: the URL and the AbortSignal it was given. */
export const fetchLog = {
  calls: [] as { url: string; signal: AbortSignal | null }[],
  reset(): void {
    this.calls.length = 0;
  },
};

const realFetch = window.fetch.bind(window);

function neverAnswers(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const abort = () =>
      reject(
        signal?.reason instanceof Error ? signal.reason : new DOMException('The operation was aborted.', 'AbortError'),
      );
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

/** Installs the recording fetch wrapper (idempotent). */
export function installFetch(): void {
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    fetchLog.calls.push({ url, signal: init?.signal ?? null });
    const path = url.startsWith('/') ? url.split('?')[0] : null;
    if (path === RESERVED.http500)
      return Promise.resolve(
        new Response('<!doctype html><title>500</title><h1>Internal Server Error</h1>', {
          status: 500,
          headers: { 'content-type': 'text/html' },
        }),
      );
    if (path === RESERVED.http403)
      return Promise.resolve(new Response('Forbidden', { status: 403, headers: { 'content-type': 'text/plain' } }));
    if (path === RESERVED.hang) return neverAnswers(init?.signal);
    return realFetch(input, init);
  };
}

export function uninstallFetch(): void {
  window.fetch = realFetch;
}

// ---------------------------------------------------------------- data

const blobs: string[] = [];

/** A blob: URL serving `text` with `type` (revoked by `revokeBlobs()`). */
export function blobUrl(text: string, type = 'application/json'): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  blobs.push(url);
  return url;
}

export function revokeBlobs(): void {
  for (const u of blobs.splice(0)) URL.revokeObjectURL(u);
}

/** A valid observation of `indicator` in the published schema (a share for share indicators). */
export function observation(indicator: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const share = indicator.includes('share');
  return {
    indicator,
    year: 2024,
    period: 'FY',
    measure: share ? 'share' : 'level',
    value: share ? 52.5 : 1050,
    bound: 'exact',
    unit: share ? '%' : indicator === 'port-throughput' ? '万TEU' : '亿元',
    priceBasis: share ? 'not_applicable' : 'nominal',
    vintage: 'final',
    publisher: 'Test publisher',
    published: '2025-01-20',
    url: 'https://example.org/obs-2024',
    reliability: 'official',
    ...over,
  };
}

/** Observations as CSV in the published columns (values as given, no quoting beyond what the value needs). */
export function observationsCsv(rows: readonly Record<string, unknown>[]): string {
  const cols = [
    'indicator',
    'year',
    'period',
    'measure',
    'since',
    'value',
    'bound',
    'unit',
    'price_basis',
    'vintage',
    'publisher',
    'published',
    'url',
    'reliability',
    'note',
  ];
  const cell = (v: unknown) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return (
    [
      cols.join(','),
      ...rows.map((r) => cols.map((c) => cell(r[c === 'price_basis' ? 'priceBasis' : c])).join(',')),
    ].join('\n') + '\n'
  );
}

let planText: string | null = null;

/** A plan document as loose JSON, for the cases that write invalid values into it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases break the document on purpose, any field, any shape
export type LooseJson = Record<string, any>;

/** The fixture plan document (tests/fixtures/frozen-plan.json) as a fresh object. */
export async function planJson(): Promise<LooseJson> {
  planText ??= await (await realFetch(FIXTURE_PLAN_URL)).text();
  return JSON.parse(planText) as LooseJson;
}

// ---------------------------------------------------------------- DOM

/** Waits for `check` to return '' (polling every 10 ms), else throws with its last answer. */
export async function until(check: () => string, ms = 5000): Promise<void> {
  const start = performance.now();
  let why = check();
  while (why) {
    if (performance.now() - start > ms) throw new Error(`timed out after ${ms} ms: ${why}`);
    await new Promise((r) => setTimeout(r, 10));
    why = check();
  }
}

/** Collapsed text of a widget's shadow root. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every attribute value and text in a shadow root (except the error and notice messages), for scanning (e.g. for NaN). */
export function shadowDump(el: Element): string {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof Element && /\b(error|notice)\b/.test(n.getAttribute('part') ?? '')) return;
    if (n.nodeType === Node.TEXT_NODE) out.push(n.textContent ?? '');
    if (n instanceof Element) for (const a of n.attributes) out.push(`${a.name}=${a.value}`);
    n.childNodes.forEach(walk);
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out.join('\n');
}

/** True when the element has a box on screen (not display:none / hidden / zero size). */
export function isVisible(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const s = getComputedStyle(el);
  return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0;
}
