/**
 * `SizeController`: measures an element of a widget's shadow root with a
 * ResizeObserver and re-renders the host when its width changes, so charts
 * draw in real pixels (`viewBox="0 0 width height"`) and re-lay on resize.
 * Height is reserved by CSS, so nothing shifts when data arrives.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Watches the width of `selector` (inside the host's render root). */
export class SizeController implements ReactiveController {
  /** The measured width in CSS pixels (`fallback` until measured). */
  width: number;
  #observer: ResizeObserver | null = null;
  #observed: Element | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    private readonly selector: string,
    fallback = 320,
  ) {
    this.width = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer ??= new ResizeObserver((entries) => {
      const w = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (w > 0 && w !== this.width) {
        this.width = w;
        this.host.requestUpdate();
      }
    });
    if (this.#observed) this.#observer.observe(this.#observed);
  }

  hostUpdated(): void {
    const el = this.host.renderRoot.querySelector(this.selector);
    if (el === this.#observed) return;
    if (this.#observed) this.#observer?.unobserve(this.#observed);
    this.#observed = el;
    if (el) this.#observer?.observe(el);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
