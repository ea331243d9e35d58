/**
 * `DataController`: the data a widget shows. The plan in use is, in order, a
 * whole plan in the widget's own `src`, the plan a `<qd-plan>` ancestor
 * provides (`@lit/context`), or the bundled plan (only the widget's indicator
 * when it names one). A site's observations (from `src` and the `observations`
 * property) are validated against that plan.
 *
 * This module is the part every widget loads first: it listens for a
 * `<qd-plan>` ancestor and serves its plan. The loading half (the bundled
 * plan, the `@lit/task` tasks, the checks of a site's observations:
 * data-tasks.ts) is imported on demand, when the widget has a `src`, an
 * `observations` property or a bundled plan to load. A card or bar painted from
 * its precomputed view needs none of them. A `src` request starts at once (the
 * widget's first microtask after it connects, as before); the loading half
 * takes it over when it arrives.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController } from 'lit';
import type { Observation, PlanData } from '../../src/core.js';
import { planContext, type Provision } from './context.js';
import type { DataHost, DataTasks, EarlyRequest } from './data-tasks.js';
import { FETCH_TIMEOUT_MS, loadDataFile } from './load.js';
import { problem, type Problem } from './problems.js';

export type { DataHost };

/** The empty list of a site's observations (one array, so that an unchanged input stays `===`). */
const NONE: readonly Observation[] = [];

export class DataController implements ReactiveController {
  #provided: Provision | undefined = undefined;
  /** Who waits for the provided plan to change (see `settled`). */
  #waiters = new Set<() => void>();
  /** The loading half once it has arrived, the import on its way, or why it failed. */
  #tasks: DataTasks | null = null;
  #loading: Promise<unknown> | null = null;
  #failed: Problem | null = null;
  /** The `src` request started before the loading half arrived. */
  #early: EarlyRequest | null = null;

  /** `key` names the indicator whose part of the bundled plan the widget needs (null: the whole plan; undefined: none yet). */
  constructor(
    private readonly host: DataHost,
    private readonly key: () => string | null | undefined,
  ) {
    new ContextConsumer(host, {
      context: planContext,
      subscribe: true,
      callback: (value) => {
        this.#provided = value;
        for (const wake of this.#waiters) wake();
        this.#waiters.clear();
        host.requestUpdate();
      },
    });
    host.addController(this);
  }

  /** Request timeout of `src`, in milliseconds: the host class's `fetchTimeout`, else 10 s. */
  get timeout(): number {
    return (this.host.constructor as { fetchTimeout?: number }).fetchTimeout ?? FETCH_TIMEOUT_MS;
  }

  hostConnected(): void {
    // After the modules evaluated with this one: a <qd-plan> defined by the same script answers first.
    queueMicrotask(() => this.#kick());
  }

  hostDisconnected(): void {
    // A request cut short starts again when the widget comes back (the loading half handles its own).
    this.#early?.abort.abort();
    this.#early = null;
  }

  hostUpdate(): void {
    this.#kick();
  }

  /** Whether the widget needs the loading half: a `src`, the `observations` property, or a bundled plan to load. */
  #needed(): boolean {
    const { host } = this;
    const property = host.observations !== undefined && host.observations !== null;
    return Boolean(host.src) || property || (!this.#provided && this.key() !== undefined);
  }

  /** Until the loading half has arrived: starts its import and the `src` request when the widget needs them. */
  #kick(): void {
    if (this.#tasks || this.#failed || !this.#needed()) return;
    const { src } = this.host;
    const early = this.#early;
    if (early && (early.url !== src || early.timeout !== this.timeout || !this.host.isConnected)) {
      early.abort.abort();
      this.#early = null;
    }
    // A network request only for a widget on the page, as the loading half does.
    if (src && !this.#early && this.host.isConnected) {
      const abort = new AbortController();
      const file = loadDataFile(src, abort.signal, this.timeout);
      file.catch(() => {});
      this.#early = { url: src, timeout: this.timeout, file, abort };
    }
    this.#loading ??= import('./data-tasks.js').then(
      (m) => {
        this.#tasks = new m.DataTasks(this.host, this.key, {
          provided: () => this.#provided,
          waiters: this.#waiters,
          early: (url, timeout) => {
            const e = this.#early;
            this.#early = null;
            if (e && e.url === url && e.timeout === timeout) return e;
            e?.abort.abort();
            return null;
          },
          none: NONE,
        });
        this.host.requestUpdate();
      },
      (e: unknown) => {
        this.#loading = null;
        this.#early?.abort.abort();
        this.#early = null;
        const detail = e instanceof Error ? e.message : String(e);
        this.#failed = problem(
          'bundle_load',
          `The data module (data-tasks.js, next to the widget's script) could not be loaded (${detail}). Serve the package's files together, or use the one-file CDN bundle.`,
          { id: this.key() ?? '' },
        );
        this.host.requestUpdate();
      },
    );
  }

  /** The plan in use, or null while it is loading (or could not be loaded). */
  get plan(): PlanData | null {
    if (this.#tasks) return this.#tasks.plan;
    return this.#provided?.status === 'ready' ? this.#provided.plan : null;
  }

  /** Whether something the widget needs is still on its way (its `src` included). */
  get waiting(): boolean {
    if (this.#tasks) return this.#tasks.waiting;
    if (this.#failed) return false;
    return this.#provided?.status === 'loading' || this.#needed();
  }

  /** The site's observations from `src` and the `observations` property (later wins), valid ones only. */
  get observations(): readonly Observation[] {
    return this.#tasks ? this.#tasks.observations : NONE;
  }

  /** What to tell the reader: a fatal problem, and notices about rows that were ignored. */
  get problems(): Problem[] {
    if (this.#tasks) return this.#tasks.problems;
    if (this.#failed) return [this.#failed];
    return this.#provided?.status === 'error' ? [this.#provided.problem] : [];
  }

  /**
   * Resolves when the plan and the modules the widget needs have arrived (never
   * rejects). A `src` request is not waited for: it may take up to the timeout,
   * and the widget shows its loading state meanwhile.
   */
  async settled(): Promise<void> {
    for (this.#kick(); !this.#tasks; this.#kick()) {
      if (this.#loading) await this.#loading;
      else if (this.#provided?.status === 'loading') await new Promise<void>((r) => this.#waiters.add(r));
      else return;
    }
    return this.#tasks.settled();
  }
}
