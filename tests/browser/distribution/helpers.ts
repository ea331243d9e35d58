/**
 * Helpers of the distribution tests: pages of examples/ opened in iframes of the
 * test page (same origin, so their DOM and shadow roots are reachable), waiting
 * for widgets to render with data, and axe run inside a frame.
 */
import type { AxeResults, Result } from 'axe-core';

export const TAGS = [
  'qd-target-card',
  'qd-progress-bar',
  'qd-trend-chart',
  'qd-share-chart',
  'qd-target-table',
  'qd-plan-dashboard',
] as const;
export const BUNDLE = '/dist/cdn/qingdao-services-plan.min.js';

/** Opens `url` in a new iframe of the given size and resolves when it has loaded. */
export async function openFrame(url: string, width = 1000, height = 900): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.title = url;
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new Error(`${url} did not load`)), { once: true });
  });
  if (url.startsWith('srcdoc:')) frame.srcdoc = url.slice(7);
  else frame.src = url;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Removes every iframe the tests opened. */
export function closeFrames(): void {
  for (const f of document.querySelectorAll('iframe')) f.remove();
}

/** Polls `check` (which returns '' when satisfied, else why not) until it passes or `ms` elapse. */
export async function waitFor(check: () => string, ms = 10000): Promise<void> {
  const start = performance.now();
  let why = check();
  while (why) {
    if (performance.now() - start > ms) throw new Error(`Timed out after ${ms} ms: ${why}`);
    await new Promise((r) => setTimeout(r, 25));
    why = check();
  }
}

/** Collapsed text of a widget's shadow root. */
export const shadowText = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Why `el` does not (yet) show data: '' when it is registered, rendered, not loading, shows no
 * error and has text with a number in it.
 */
export function notRendered(el: Element | null | undefined, tag = el?.localName ?? '?'): string {
  if (!el) return `no <${tag}> on the page`;
  const win = el.ownerDocument.defaultView!;
  if (!win.customElements.get(el.localName))
    return `<${el.localName}> is not registered (widget missing from the bundle)`;
  const root = el.shadowRoot;
  if (!root) return `<${el.localName}> has no shadow root`;
  if (root.querySelector('.loading')) return `<${el.localName}> is still loading`;
  const error = root.querySelector('[part~="error"]');
  if (error) return `<${el.localName}> shows an error: ${error.textContent?.trim()}`;
  const text = shadowText(el);
  if (!/\d/.test(text)) return `<${el.localName}> shows no figures yet: "${text.slice(0, 80)}"`;
  return '';
}

/**
 * Waits until every element matching a tag of `tags` in `doc` renders with data; returns them. Widgets far
 * below the frame's viewport wait until they come near: `beforeprint` (as when the page is printed) renders
 * them all first.
 */
export async function waitForWidgets(doc: Document, tags: readonly string[] = TAGS, ms = 10000): Promise<Element[]> {
  await waitFor(() => {
    // (`doc` may be an element of a document: its section)
    (doc.ownerDocument ?? doc).defaultView?.dispatchEvent(new Event('beforeprint'));
    return tags
      .map((t) =>
        doc.querySelector(t)
          ? ([...doc.querySelectorAll(t)].map((el) => notRendered(el)).find(Boolean) ?? '')
          : `no <${t}> on the page`,
      )
      .filter(Boolean)
      .join('; ');
  }, ms);
  return tags.flatMap((t) => [...doc.querySelectorAll(t)]);
}

/** Loads axe-core into the frame (a same-origin script, allowed by 'self') and runs it on the whole document. */
export async function axeIn(frame: HTMLIFrameElement): Promise<Result[]> {
  const win = frame.contentWindow as Window & { axe?: { run: (ctx: Document, opts: object) => Promise<AxeResults> } };
  const doc = frame.contentDocument!;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = () => reject(new Error('axe-core did not load in the frame'));
    });
    doc.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(doc, { resultTypes: ['violations'] });
  return results.violations;
}

/** A readable list of axe violations (for assertion messages). */
export const describeViolations = (violations: Result[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    )
    .join('\n');

/** The base64 sha384 of a fetched file, as an SRI value. */
export async function sri384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  let binary = '';
  for (const b of digest) binary += String.fromCharCode(b);
  return `sha384-${btoa(binary)}`;
}

/** What the distribution tests read of the published plan (dist/plan.json, the bundled plan as built). */
export interface PublishedPlan {
  indicators: { id: string; kind: string; name: { zh: string; en: string }; whole?: unknown }[];
  figures: { id: string; indicator: string; role: string; name: { zh: string; en: string } }[];
  dimensions: { id: string }[];
  industries: { id: string }[];
}

let published: Promise<PublishedPlan> | null = null;

/**
 * The bundled plan as published (dist/plan.json): the example pages show it by design, so their
 * tests take names, ids and counts from it rather than writing shipped values down.
 */
export function publishedPlan(): Promise<PublishedPlan> {
  published ??= fetch('/dist/plan.json').then((r) => r.json() as Promise<PublishedPlan>);
  return published;
}

/** The name of an indicator of the published plan. */
export async function indicatorName(id: string): Promise<{ zh: string; en: string }> {
  const found = (await publishedPlan()).indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator '${id}' in dist/plan.json`);
  return found.name;
}

/** The name of the target of an indicator of the published plan (the title of its card). */
export async function targetName(indicator: string): Promise<{ zh: string; en: string }> {
  const found = (await publishedPlan()).figures.find((f) => f.indicator === indicator && f.role === 'target');
  if (!found) throw new Error(`no target of '${indicator}' in dist/plan.json`);
  return found.name;
}
