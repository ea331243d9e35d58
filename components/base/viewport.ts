/**
 * `ViewportController`: a widget far from the viewport waits to render until it
 * comes near (one IntersectionObserver for every widget of a document, its
 * viewport the root, `rootMargin` `NEAR`). Until then it renders nothing, carries the custom state `deferred`
 * (CSS `:state(deferred)`) and keeps the block size the page held for it while
 * it was undefined (`qd-x:not(:defined) { min-block-size: ... }`), so nothing
 * moves when it renders. A widget that is not laid out (`display: none`), on a
 * hidden page or without IntersectionObserver does not wait. `beforeprint`
 * renders every waiting widget at once.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How near the viewport a widget renders: two screens above and below it. */
export const NEAR = '200% 0px';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

const waiting = new Map<Element, ViewportController>();
/** One observer per document, its viewport the root (in a frame too, where the page's viewport would clip the margin). */
const observers = new WeakMap<Document, IntersectionObserver>();

function report(entries: IntersectionObserverEntry[]): void {
  for (const e of entries) {
    // (not rendered: `display: none` on it or an ancestor)
    if (e.isIntersecting || e.target.checkVisibility?.() === false) waiting.get(e.target)?.release();
  }
}

function onPrint(): void {
  for (const c of [...waiting.values()]) c.release(true);
}

export class ViewportController implements ReactiveController {
  #near: Promise<void>;
  #resolve!: () => void;
  #released = false;
  #states: CustomStateSet | null = null;
  #hold: CSSStyleSheet | null = null;

  /** `now` renders the host at once, where it can (for `beforeprint`). */
  constructor(
    private readonly host: Host,
    private readonly now: () => void = () => {},
  ) {
    this.#near = new Promise((resolve) => (this.#resolve = resolve));
    // An element upgraded in the page: the size its page held while it was undefined (this constructor runs before it is `:defined`).
    const held = host.isConnected ? getComputedStyle(host).minBlockSize : '';
    if (/^[1-9][\d.]*px$/.test(held)) {
      this.#hold = new CSSStyleSheet();
      this.#hold.replaceSync(`:host { min-block-size: ${held}; }`);
    }
    try {
      this.#states = host.attachInternals().states;
    } catch {
      // (a browser without ElementInternals, or a subclass that attached them: no state)
    }
    host.addController(this);
  }

  /** Resolves once the host is near the viewport (or does not wait). */
  near(): Promise<void> {
    return this.#near;
  }

  /** Whether the host still waits for the viewport. */
  get deferred(): boolean {
    return !this.#released;
  }

  hostConnected(): void {
    if (this.#released) return;
    this.#states?.add('deferred');
    const root = this.host.renderRoot;
    if (this.#hold && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(this.#hold))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#hold];
    if (typeof IntersectionObserver === 'undefined' || document.visibilityState === 'hidden') return this.release();
    if (!waiting.size) addEventListener('beforeprint', onPrint);
    waiting.set(this.host, this);
    const doc = this.host.ownerDocument;
    if (!observers.has(doc)) observers.set(doc, new IntersectionObserver(report, { root: doc, rootMargin: NEAR }));
    observers.get(doc)!.observe(this.host);
  }

  hostDisconnected(): void {
    // A widget removed before it came near renders anyway (its updateComplete never hangs).
    this.release();
  }

  hostUpdated(): void {
    this.#states?.delete('deferred');
    const root = this.host.renderRoot;
    if (this.#hold && root instanceof ShadowRoot)
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== this.#hold);
    this.#hold = null;
  }

  /** Stops waiting; `at once` also renders the host now (before printing). */
  release(atOnce = false): void {
    if (this.#released) return;
    this.#released = true;
    observers.get(this.host.ownerDocument)?.unobserve(this.host);
    waiting.delete(this.host);
    if (!waiting.size) removeEventListener('beforeprint', onPrint);
    this.#resolve();
    if (atOnce) this.now();
  }
}
