/**
 * Counts what a widget could leave behind, installed before the widgets are
 * imported: event listeners on window, document, <html>, <body> and media
 * queries; ResizeObserver / MutationObserver instances that observe something;
 * pending setTimeout / setInterval / requestAnimationFrame callbacks. And a
 * fetch wrapper that records the AbortSignal of every request (the real fetch runs).
 */

type Key = string;
const listeners = new Map<Key, number>();
const ids = new WeakMap<object, number>();
let nextId = 1;
const idOf = (o: object): number => {
  let id = ids.get(o);
  if (!id) ids.set(o, (id = nextId++));
  return id;
};
const tracked = (t: EventTarget): boolean =>
  t === window ||
  t === document ||
  t === document.documentElement ||
  t === document.body ||
  (typeof MediaQueryList !== 'undefined' && t instanceof MediaQueryList);
const capture = (o: boolean | AddEventListenerOptions | EventListenerOptions | undefined): boolean =>
  typeof o === 'boolean' ? o : Boolean(o?.capture);

const add = EventTarget.prototype.addEventListener;
const remove = EventTarget.prototype.removeEventListener;
EventTarget.prototype.addEventListener = function (
  this: EventTarget,
  type: string,
  fn: EventListenerOrEventListenerObject | null,
  o?: boolean | AddEventListenerOptions,
) {
  if (fn && tracked(this)) {
    const key = `${idOf(this)}|${type}|${idOf(fn)}|${capture(o)}`;
    // The same listener twice is one listener (as the DOM counts it); `once` listeners are not counted.
    if (!(typeof o === 'object' && o.once)) listeners.set(key, 1);
  }
  return add.call(this, type, fn, o);
};
EventTarget.prototype.removeEventListener = function (
  this: EventTarget,
  type: string,
  fn: EventListenerOrEventListenerObject | null,
  o?: boolean | EventListenerOptions,
) {
  if (fn && tracked(this)) listeners.delete(`${idOf(this)}|${type}|${idOf(fn)}|${capture(o)}`);
  return remove.call(this, type, fn, o);
};

// Observers: an observer is live while it observes at least one target.
const observing = new Map<object, number>();
let observersCreated = 0;
function wrapObserver<
  T extends { observe(t: Node | Element, o?: object): void; disconnect(): void; unobserve?(t: Element): void },
>(Base: new (cb: never) => T): void {
  const proto = Base.prototype as T;
  const observe = proto.observe;
  const disconnect = proto.disconnect;
  const unobserve = proto.unobserve;
  const targets = new WeakMap<object, Set<object>>();
  proto.observe = function (this: T, t: Node | Element, o?: object) {
    const set = targets.get(this) ?? new Set<object>();
    if (!targets.has(this)) observersCreated++;
    targets.set(this, set);
    set.add(t);
    observing.set(this, set.size);
    return observe.call(this, t, o);
  };
  proto.disconnect = function (this: T) {
    targets.get(this)?.clear();
    observing.delete(this);
    return disconnect.call(this);
  };
  if (unobserve) {
    proto.unobserve = function (this: T, t: Element) {
      const set = targets.get(this);
      set?.delete(t);
      if (set && !set.size) observing.delete(this);
      else if (set) observing.set(this, set.size);
      return unobserve.call(this, t);
    };
  }
}
wrapObserver(ResizeObserver as never);
wrapObserver(MutationObserver as never);

// Timers: pending until they fire or are cleared.
const timers = new Set<number>();
const frames = new Set<number>();
const realSetTimeout = window.setTimeout.bind(window);
const realClearTimeout = window.clearTimeout.bind(window);
const realSetInterval = window.setInterval.bind(window);
const realClearInterval = window.clearInterval.bind(window);
const realRaf = window.requestAnimationFrame.bind(window);
const realCaf = window.cancelAnimationFrame.bind(window);
window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id: number = realSetTimeout(
    (...a: unknown[]) => {
      timers.delete(id);
      if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
    },
    ms,
    ...args,
  );
  timers.add(id);
  return id;
}) as typeof window.setTimeout;
window.clearTimeout = ((id?: number) => {
  if (id !== undefined) timers.delete(id);
  realClearTimeout(id);
}) as typeof window.clearTimeout;
window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
  const id = realSetInterval(fn, ms, ...args);
  timers.add(id);
  return id;
}) as typeof window.setInterval;
window.clearInterval = ((id?: number) => {
  if (id !== undefined) timers.delete(id);
  realClearInterval(id);
}) as typeof window.clearInterval;
window.requestAnimationFrame = (fn: FrameRequestCallback) => {
  const id = realRaf((t) => {
    frames.delete(id);
    fn(t);
  });
  frames.add(id);
  return id;
};
window.cancelAnimationFrame = (id: number) => {
  frames.delete(id);
  realCaf(id);
};

/** What is live on the page now. */
export interface Leaks {
  listeners: number;
  observers: number;
  timers: number;
  frames: number;
}

export const snapshot = (): Leaks => ({
  listeners: listeners.size,
  observers: observing.size,
  timers: timers.size,
  frames: frames.size,
});
export const created = (): number => observersCreated;
/** The listeners counted now (for messages). */
export const listenerKeys = (): string[] => [...listeners.keys()];

/** Every request since `requests.length = 0`: URL and the AbortSignal given to fetch. */
export const requests: { url: string; signal: AbortSignal | null }[] = [];
/** While true, requests never answer (they end only when their signal aborts): a slow server. */
export const server = { hold: false };
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  requests.push({
    url: typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    signal: init?.signal ?? null,
  });
  if (!server.hold) return realFetch(input, init);
  return new Promise<Response>((_, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), { once: true }),
  );
};

/** Timers of the instrumentation itself are not counted: a sleep for tests. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => realSetTimeout(r, ms));
export const frame = (): Promise<void> => new Promise((r) => realRaf(() => r()));
