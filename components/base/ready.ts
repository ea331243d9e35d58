/**
 * `FirstRender`: a widget's first update waits until the widget is near the
 * viewport, its texts have arrived and, for at most `FIRST_RENDER_WAIT_MS`
 * from its connection (`AbortSignal.timeout`), its data; then it runs in a
 * task of its own. So a widget is drawn once, with its data, and the browser
 * can paint between widgets. `updateComplete` resolves after that render and
 * every update requested meanwhile.
 */
import type { ReactiveControllerHost } from 'lit';

/** How long a widget's first update waits for its data before it shows its loading placeholder, in ms. */
export const FIRST_RENDER_WAIT_MS = 300;

type Host = ReactiveControllerHost & { readonly hasUpdated: boolean; readonly isUpdatePending: boolean };

/** A task of its own (`scheduler.yield` where there is one), so that the browser can paint before it. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves when `signal` aborts. */
const aborted = (signal: AbortSignal) =>
  new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));

export class FirstRender {
  #gate: Promise<void> | null = null;

  /** `viewport`: when the widget is near; `texts`: what every render needs; `data`: what the first render waits for, briefly. */
  constructor(
    private readonly host: Host,
    private readonly viewport: { near(): Promise<void> },
    private readonly texts: { settled(): Promise<void> },
    private readonly data: { settled(): Promise<void> },
  ) {}

  /** Runs `update` (the host's `super.scheduleUpdate()`) now, or, for the first update, once the widget is ready. */
  hold(update: () => void | Promise<unknown>): void | Promise<unknown> {
    if (this.host.hasUpdated) return update();
    this.#gate ??= this.#first();
    return this.#gate.then(update);
  }

  async #first(): Promise<void> {
    // Texts and data load meanwhile (a widget printed before it came near has them).
    const texts = this.texts.settled();
    const data = Promise.race([this.data.settled(), aborted(AbortSignal.timeout(FIRST_RENDER_WAIT_MS))]);
    await this.viewport.near();
    await Promise.all([texts, data]);
    await nextTask();
  }

  /** The host's `updateComplete` (`done`: Lit's), once the texts and data are there, after every pending update. */
  async complete(done: () => Promise<boolean>): Promise<boolean> {
    await Promise.all([this.texts.settled(), this.data.settled()]);
    let result = await done();
    while (this.host.isUpdatePending) result = await done();
    return result;
  }
}
