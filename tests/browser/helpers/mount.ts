/**
 * Test helpers for qd-* widgets: mount a template inside a container that
 * records every qd-* event (listeners attached before the element connects,
 * so the first qd-load is not missed), a console.warn recorder, and waiting
 * for an event. `mountFixture` mounts widgets inside `<qd-plan>` giving them
 * the frozen fixture plan (tests/fixtures/frozen-plan.json), so that what a
 * widget test sees never changes with a review of the shipped data.
 */
import { fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import '../../../components/qd-plan/index.js';
import { FIXTURE_PLAN_URL } from './fixture-plan.js';

/** Every qd-* event name. */
export const QD_EVENTS = ['qd-load', 'qd-error', 'qd-select'] as const;

/** A mounted widget with the events it fired and the warnings it logged. */
export interface Mounted<T extends HTMLElement> {
  readonly el: T;
  readonly container: HTMLElement;
  readonly events: CustomEvent[];
  readonly warns: unknown[][];
}

let restore: (() => void) | null = null;

/** Records console.warn calls until `restoreWarn()` (the array fills as warnings arrive). */
export function recordWarn(): unknown[][] {
  restoreWarn();
  const calls: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void calls.push(args);
  restore = () => (console.warn = original);
  return calls;
}

/** Restores console.warn (call in afterEach). */
export function restoreWarn(): void {
  restore?.();
  restore = null;
}

/** Resolves when `events` holds an event named `name` (rejects after `ms`). */
export async function waitForEvent(events: readonly CustomEvent[], name: string, ms = 5000): Promise<CustomEvent> {
  const start = performance.now();
  for (;;) {
    const hit = events.find((e) => e.type === name);
    if (hit) return hit;
    if (performance.now() - start > ms)
      throw new Error(`No ${name} event within ${ms} ms; got: ${events.map((e) => e.type).join(', ') || 'none'}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Renders `template` (holding one qd-* widget, at any depth) and waits for `until` (an event
 * name, default qd-load; null: just the first update). With `inPlan`, the widget is the first
 * qd-* element other than `<qd-plan>`, and the provider's own events are not recorded.
 */
export async function mount<T extends HTMLElement>(
  template: TemplateResult,
  until: string | null = 'qd-load',
  { inPlan = false }: { inPlan?: boolean } = {},
): Promise<Mounted<T>> {
  const warns = recordWarn();
  const container = await fixture<HTMLElement>(html`<div></div>`);
  const events: CustomEvent[] = [];
  const record = (e: Event) => {
    if (!(inPlan && (e.target as Element).localName === 'qd-plan')) events.push(e as CustomEvent);
  };
  for (const name of QD_EVENTS) container.addEventListener(name, record);
  render(template, container);
  const el = [...container.querySelectorAll('*')].find(
    (e) => e.localName.startsWith('qd-') && !(inPlan && e.localName === 'qd-plan'),
  ) as T | undefined;
  if (!el) throw new Error('mount(): the template has no qd-* element');
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  if (until) await waitForEvent(events, until);
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return { el, container, events, warns };
}

/**
 * Mounts `template` (holding one qd-* widget, at any depth) inside `<qd-plan src>` giving it the
 * frozen fixture plan (or the plan document at `src`), as `mount` does otherwise.
 */
export function mountFixture<T extends HTMLElement>(
  template: TemplateResult,
  until: string | null = 'qd-load',
  src: string = FIXTURE_PLAN_URL,
): Promise<Mounted<T>> {
  return mount<T>(html`<qd-plan src=${src}>${template}</qd-plan>`, until, { inPlan: true });
}

/** A `<qd-plan>` element giving the fixture plan, for tests that build widgets with createElement. */
export function fixtureProvider(src: string = FIXTURE_PLAN_URL): HTMLElement {
  const provider = document.createElement('qd-plan');
  provider.setAttribute('src', src);
  return provider;
}

/** The widget's shadow root (throws if it has none). */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`<${el.localName}> has no shadow root: is it defined?`);
  return el.shadowRoot;
}

/** The visible text of the widget's shadow root, whitespace collapsed. */
export const textOf = (el: Element): string => (shadow(el).textContent ?? '').replace(/\s+/g, ' ').trim();
