/**
 * `SizeController`: measures an element of a widget's shadow root with a
 * ResizeObserver and re-renders the host when its width changes, so charts
 * draw in real pixels (`viewBox="0 0 width height"`) and re-lay on resize.
 * Height is reserved by CSS, so nothing shifts when data arrives.
 *
 * A widget that draws once, at the right width, holds its first update with
 * `hold()` (from `scheduleUpdate()`, right after it connects): the host is
 * observed, and the first ResizeObserver callback (after layout, before paint) gives the
 * host's width, from which `fromHost` estimates the drawn element's width; the
 * first update then runs inside that callback, before the first paint. Where no
 * callback comes (the host is not rendered: `display: none`, zero size; the page
 * is hidden; the host is removed), the update runs with the last width known
 * (`fallback` at first) two frames later, after a timeout, or on disconnect.
 * Once the drawn element exists it is observed itself, and a width that differs
 * from the estimate re-renders.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; readonly hasUpdated: boolean };

/** Longest wait for a first measurement when frames do not run (a hidden page), in ms. */
export const HOLD_TIMEOUT = 1000;

/** Watches the width of `selector` (inside the host's render root). */
export class SizeController implements ReactiveController {
  /** The measured width in CSS pixels (`fallback` until measured). */
  width: number;
  #observed: Element | null = null;
  #release: (() => void) | null = null;
  #gate: Promise<void> | null = null;
  #frame = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  // One observer for every widget: its callback gets all first reports of a frame at once, so each
  // host is measured (computed style read) before any of them renders and invalidates style.
  static #observer: ResizeObserver | null = null;
  static readonly #watchers = new WeakMap<Element, Set<SizeController>>();

  static #watch(el: Element, c: SizeController): void {
    SizeController.#observer ??= new ResizeObserver((entries) => SizeController.#report(entries));
    const set = SizeController.#watchers.get(el) ?? new Set<SizeController>();
    SizeController.#watchers.set(el, set);
    set.add(c);
    SizeController.#observer.observe(el);
  }

  static #unwatch(el: Element, c: SizeController): void {
    const set = SizeController.#watchers.get(el);
    if (!set?.delete(c) || set.size) return;
    SizeController.#watchers.delete(el);
    SizeController.#observer?.unobserve(el);
  }

  static #report(entries: readonly ResizeObserverEntry[]): void {
    const opened: SizeController[] = [];
    for (const e of entries) {
      for (const c of SizeController.#watchers.get(e.target) ?? []) {
        const w = Math.round(e.contentRect.width);
        if (e.target === c.host) {
          if (!c.#release) continue;
          if (w > 0) c.width = Math.max(Math.round(c.fromHost(e.contentRect.width, c.host)), 1);
          opened.push(c);
        } else if (e.target === c.#observed && w > 0 && w !== c.width) {
          c.width = w;
          c.host.requestUpdate();
        }
      }
    }
    // Every host measured first; the held updates run after this callback, in its microtask checkpoint.
    for (const c of opened) c.#open();
  }

  /**
   * `fromHost` turns the host's content width into the width of `selector` once rendered (the
   * widget's padding and borders taken off); it is used for the first render only.
   */
  constructor(
    private readonly host: Host,
    private readonly selector: string,
    fallback = 320,
    private readonly fromHost: (hostWidth: number, host: HTMLElement) => number = (w) => w,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  /**
   * Runs `update` (the host's `super.scheduleUpdate()`) now, or, for the host's first update, once
   * its width is known. Call it from `scheduleUpdate()`; `updateComplete` waits for it.
   */
  hold(update: () => void | Promise<unknown>): void | Promise<unknown> {
    if (this.host.hasUpdated || !this.host.isConnected) return update();
    if (!this.#gate) {
      this.#gate = new Promise<void>((resolve) => (this.#release = resolve));
      this.#watchHost();
    }
    return this.#gate.then(update);
  }

  hostConnected(): void {
    if (this.#observed) SizeController.#watch(this.#observed, this);
  }

  hostUpdated(): void {
    const el = this.host.renderRoot.querySelector(this.selector);
    if (el === this.#observed) return;
    if (this.#observed) SizeController.#unwatch(this.#observed, this);
    this.#observed = el;
    if (el) SizeController.#watch(el, this);
  }

  hostDisconnected(): void {
    if (this.#observed) SizeController.#unwatch(this.#observed, this);
    // A host removed before it was measured renders with the width it has (updateComplete never hangs).
    this.#open();
  }

  // Observes the host until its first size report, with fallbacks for a host that is never laid out.
  #watchHost(): void {
    SizeController.#watch(this.host, this);
    this.#clearTimers();
    // A rendered host is reported in the frame after it connects (ResizeObserver runs after the
    // frame's animation callbacks); one that is not is never reported: two frames are enough.
    this.#frame = requestAnimationFrame(() => (this.#frame = requestAnimationFrame(() => this.#open())));
    this.#timer = setTimeout(() => this.#open(), HOLD_TIMEOUT);
  }

  #open(): void {
    this.#clearTimers();
    const release = this.#release;
    if (!release) return;
    this.#release = null;
    this.#gate = null;
    SizeController.#unwatch(this.host, this);
    release();
  }

  #clearTimers(): void {
    if (this.#frame) cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
