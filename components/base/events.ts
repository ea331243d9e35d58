/**
 * The widgets' events: `qd-load` (data ready), `qd-error` (bad input or a
 * failed load) and `qd-select` (a user picked a point or row). All bubble and
 * cross shadow roots (`composed`), with a typed `detail`.
 */

/** Detail of `qd-error`: a stable code and the (English) message that says how to fix it. */
export interface QdErrorDetail {
  readonly code: string;
  readonly message: string;
}

/** Detail of `qd-load`: the indicator shown (null for widgets without one) and how many observations were used. */
export interface QdLoadDetail {
  readonly indicator: string | null;
  readonly observations: number;
}

/** Detail of `qd-select`: the indicator and year a user picked. */
export interface QdSelectDetail {
  readonly indicator: string;
  readonly year: number | null;
}

/** Event names mapped to their detail types. */
export interface QdEventMap {
  'qd-load': CustomEvent<QdLoadDetail>;
  'qd-error': CustomEvent<QdErrorDetail>;
  'qd-select': CustomEvent<QdSelectDetail>;
}

declare global {
  // `el.addEventListener('qd-select', (e) => e.detail.year)` is typed on every element (and on
  // document and window, as the events bubble and are composed).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: adds QdEventMap to the DOM's map
  interface GlobalEventHandlersEventMap extends QdEventMap {}
}

/** Dispatches a bubbling, composed event with a typed detail; returns false if a listener cancelled it. */
export function emit<K extends keyof QdEventMap>(
  target: EventTarget,
  name: K,
  detail: QdEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
}
