/**
 * `PrecomputedSource`: what a widget that can paint the bundled plan from the build's precomputed modules shares
 * (target-source.ts for the card and bar, chart-source.ts for the trend chart). It decides whether the widget shows
 * the bundled plan at the default as-of (no `<qd-plan>`, `src`, `observations`, light-DOM table, `as-of` or
 * `target`; an `indicator` set), in which case the widget shows the build's module for the indicator and runs
 * no calculation; otherwise, or where the build made none (an id without a target, the one-file CDN bundle), the
 * widget computes with its calculation module (a `Lazy` import: loaded on demand, once per page). The host holds
 * each update until what it needs has arrived (`pending`).
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Observation } from '../../src/core.js';
import { planContext } from '../base/context.js';
import { problem, ProblemError } from '../base/problems.js';

/** The inputs of a widget that decide where what it shows comes from. */
export interface SourceHost extends ReactiveControllerHost, HTMLElement {
  indicator: string | undefined;
  target: string | undefined;
  src: string | undefined;
  asOf: number | undefined;
  observations: readonly Observation[] | null | undefined;
}

/** An indicator id (kebab-case): nothing else reaches `import()`. */
export const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A module imported on demand, once per page (a failed import is tried again on the next `load`). */
export class Lazy<M> {
  /** The module, once loaded. */
  value: M | null = null;
  /** Why the last import failed, if it did. */
  error: unknown = null;
  #loading: Promise<M> | null = null;

  constructor(private readonly importer: () => Promise<M>) {}

  load(): Promise<M> {
    this.#loading ??= this.importer().then(
      (m) => {
        this.error = null;
        return (this.value = m);
      },
      (e: unknown) => {
        this.#loading = null;
        this.error = e;
        throw e;
      },
    );
    return this.#loading;
  }
}

/** Precomputed modules by key, and the indicators whose module the build did not make (or failed to load). */
export class Precomputed<T> {
  readonly #values = new Map<string, T>();
  readonly #loading = new Map<string, Promise<void>>();
  readonly missing = new Set<string>();

  get(key: string): T | undefined {
    return this.#values.get(key);
  }

  /**
   * Loads the module of `key` (of indicator `id`) once, with `importer` (which returns null where the build holds
   * none, as the CDN bundle's does).
   */
  load(key: string, id: string, importer: () => Promise<T> | null): Promise<void> {
    let p = this.#loading.get(key);
    if (!p) {
      const load = importer();
      p = (load ?? Promise.reject(new Error('no precomputed modules in this build'))).then(
        (v) => void this.#values.set(key, v),
        () => void this.missing.add(id),
      );
      this.#loading.set(key, p);
    }
    return p;
  }
}

export abstract class PrecomputedSource<C> implements ReactiveController {
  /** Whether a `<qd-plan>` answered: its plan is shown, computed. */
  #provided = false;

  /** `tableRows` reads the rows of the host's light-DOM table; `calc` is the widget's calculation module. */
  constructor(
    protected readonly host: SourceHost,
    private readonly tableRows: () => readonly unknown[],
    private readonly calc: Lazy<C>,
    private readonly missing: ReadonlySet<string>,
  ) {
    new ContextConsumer(host, {
      context: planContext,
      subscribe: true,
      callback: () => {
        if (this.#provided) return;
        this.#provided = true;
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // A widget moved out of its <qd-plan> asks again when it comes back.
    this.#provided = false;
  }

  /** The indicator whose precomputed module may be shown, or null when the widget must compute. */
  protected candidate(): string | null {
    const h = this.host;
    const plain =
      !this.#provided &&
      !h.src &&
      (h.observations === undefined || h.observations === null) &&
      h.asOf === undefined &&
      !h.target;
    if (!plain || !h.indicator || !ID.test(h.indicator) || this.missing.has(h.indicator)) return null;
    return this.tableRows().length ? null : h.indicator;
  }

  /** Whether the widget shows the build's module (no calculation on the page). */
  get precomputed(): boolean {
    return this.candidate() !== null;
  }

  /** The load of the precomputed module of `id` that the host needs now, or null where it has arrived. */
  protected abstract loadPrecomputed(id: string): Promise<void> | null;

  /** What the next update must wait for (the precomputed module, else the calculation module), or null. */
  pending(): Promise<unknown> | null {
    const id = this.candidate();
    if (id !== null) return this.loadPrecomputed(id);
    if (this.calc.value || this.calc.error) return null;
    return this.calc.load().catch(() => {});
  }

  /** The calculation module (throws the `bundle_load` problem where it could not be loaded). */
  get compute(): C {
    if (this.calc.value) return this.calc.value;
    const e = this.calc.error;
    throw new ProblemError(
      problem(
        'bundle_load',
        `The calculation module could not be loaded (${e instanceof Error ? e.message : String(e)}). Serve the package's files together, or use the one-file CDN bundle.`,
        { id: this.host.indicator ?? '' },
      ),
    );
  }
}
