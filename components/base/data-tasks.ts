/**
 * `DataTasks`: the loading half of `DataController` (data.ts), imported on
 * demand: only a widget with a `src`, an `observations` property or a bundled
 * plan to load needs it (a card or bar painted from its precomputed view, or a
 * widget inside `<qd-plan>` without either, never loads it). The plan in use
 * is, in order, a whole plan in the widget's own `src`, the plan a `<qd-plan>`
 * ancestor provides (data.ts listens for it), or the bundled plan (only the
 * widget's indicator when it names one, `loadBundledPlan`). A site's
 * observations (from `src` and the `observations` property) are validated
 * against that plan. Loading uses `@lit/task`: requests are aborted when the
 * widget leaves the page and run again when it comes back.
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadBundledPlan } from '../../src/bundled.js';
import type { Observation, PlanData } from '../../src/core.js';
import type { DataFile, ObservationsResult } from '../../src/io/index.js';
import type { Provision } from './context.js';
import { FETCH_TIMEOUT_MS, loadDataFile, loadedIo, loadIo } from './load.js';
import { clip, problem, problemFrom, type Problem } from './problems.js';

/** The element a `DataController` serves: its `src` and `observations` inputs. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  src: string | undefined;
  observations: readonly Observation[] | null | undefined;
}

/** A `src` request that data.ts started before this module arrived (shared with it through load.ts). */
export interface EarlyRequest {
  readonly url: string;
  readonly timeout: number;
  readonly file: Promise<DataFile>;
  readonly abort: AbortController;
}

/** What data.ts gives the tasks: the provided plan, who waits for it to change, its early request, the empty list. */
export interface DataShell {
  provided(): Provision | undefined;
  readonly waiters: Set<() => void>;
  /** Takes the request data.ts started for `url` with `timeout` (once), or null. */
  early(url: string, timeout: number): EarlyRequest | null;
  readonly none: readonly Observation[];
}

const same = (a: readonly unknown[] | undefined, b: readonly unknown[]) =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

export class DataTasks implements ReactiveController {
  #src: Task<[string | undefined], DataFile | null>;
  #bundled: Task<[string | null | undefined], PlanData | null>;
  #io: Task<[boolean], boolean>;
  /** Each task with its arguments and the arguments it last ran with. */
  #runs: { task: Task<never, unknown>; args: () => readonly unknown[]; ran?: readonly unknown[] }[];
  #checked = new WeakMap<object, { plan: PlanData; result: ObservationsResult | Problem }>();

  /** `key` names the indicator whose part of the bundled plan the widget needs (null: the whole plan; undefined: none yet). */
  constructor(
    private readonly host: DataHost,
    private readonly key: () => string | null | undefined,
    private readonly shell: DataShell,
  ) {
    this.#list = shell.none;
    const srcArgs = (): [string | undefined] => [host.src];
    const bundledArgs = (): [string | null | undefined] => [this.#provided ? undefined : this.key()];
    const ioArgs = (): [boolean] => [this.#hasProperty() && !loadedIo()];
    this.#src = new Task(host, {
      task: ([url], { signal }) => (url ? this.#request(url, signal) : null),
      autoRun: false,
    });
    this.#bundled = new Task(host, {
      task: ([id]) => (id === undefined ? null : loadBundledPlan(id)),
      autoRun: false,
    });
    this.#io = new Task(host, { task: async ([need]) => need && Boolean(await loadIo()), autoRun: false });
    this.#runs = [
      { task: this.#src, args: srcArgs },
      { task: this.#bundled, args: bundledArgs },
      { task: this.#io, args: ioArgs },
    ];
    host.addController(this);
  }

  get #provided(): Provision | undefined {
    return this.shell.provided();
  }

  /** The data file of `url`: the request data.ts started for it, else a new one (shared by URL, see load.ts). */
  #request(url: string, signal: AbortSignal): Promise<DataFile> {
    const early = this.shell.early(url, this.timeout);
    if (!early) return loadDataFile(url, signal, this.timeout);
    signal.addEventListener('abort', () => early.abort.abort(signal.reason), { once: true });
    return early.file;
  }

  /** Request timeout of `src`, in milliseconds: the host class's `fetchTimeout`, else 10 s. */
  get timeout(): number {
    return (this.host.constructor as { fetchTimeout?: number }).fetchTimeout ?? FETCH_TIMEOUT_MS;
  }

  hostConnected(): void {
    // After the modules evaluated with this one: a <qd-plan> defined by the same script answers first.
    queueMicrotask(() => this.kick());
  }

  hostDisconnected(): void {
    // A request cut short runs again when the widget comes back.
    if (this.#src.status === TaskStatus.PENDING) this.#runs[0]!.ran = undefined;
    this.#src.abort();
  }

  /** Runs each task whose arguments changed (the tasks do not run themselves: the first update waits for them, see `settled`). */
  kick(): void {
    for (const run of this.#runs) {
      // A network request only for a widget on the page (modules load either way: nothing to abort).
      if (run.task === (this.#src as Task<never, unknown>) && !this.host.isConnected) continue;
      const args = run.args();
      if (same(run.ran, args)) continue;
      run.ran = args;
      void run.task.run(args as never);
    }
  }

  hostUpdate(): void {
    this.kick();
  }

  #hasProperty = () => this.host.observations !== undefined && this.host.observations !== null;

  /** The data file of `src` once loaded (null: none, or not yet). */
  get #file(): DataFile | null {
    return this.#src.status === TaskStatus.COMPLETE ? (this.#src.value ?? null) : null;
  }

  /** The plan in use, or null while it is loading (or could not be loaded). */
  get plan(): PlanData | null {
    const file = this.#file;
    if (file?.kind === 'plan') return file.plan;
    if (this.#provided) return this.#provided.status === 'ready' ? this.#provided.plan : null;
    return this.#bundled.status === TaskStatus.COMPLETE ? (this.#bundled.value ?? null) : null;
  }

  /** Whether something the widget needs is still on its way (its `src` included). */
  get waiting(): boolean {
    if (this.#src.status === TaskStatus.PENDING || this.#loadingLocal()) return true;
    // A request cut short by a disconnect: it runs again when the widget comes back.
    if (this.#src.status === TaskStatus.ERROR && isAbort(this.#src.error)) return true;
    // Not started yet (the first kick comes after the modules evaluated with this one).
    return this.key() !== undefined && !this.plan && !this.#fatal();
  }

  #fatal(): Problem | null {
    if (this.#src.status === TaskStatus.ERROR && !isAbort(this.#src.error)) return problemFrom(this.#src.error);
    if (this.#provided?.status === 'error') return this.#provided.problem;
    if (this.#io.status === TaskStatus.ERROR) return problemFrom(this.#io.error);
    if (!this.#provided && this.#bundled.status === TaskStatus.ERROR) {
      const detail = (this.#bundled.error as Error)?.message ?? String(this.#bundled.error);
      return problem(
        'bundle_load',
        `The bundled data could not be loaded (${detail}). Serve the package's files together, or use the one-file CDN bundle.`,
        { id: this.key() ?? '' },
      );
    }
    return null;
  }

  /** Observations validated against the plan in use, once per input and plan. */
  #check(
    input: object,
    run: (io: NonNullable<ReturnType<typeof loadedIo>>) => ObservationsResult,
  ): ObservationsResult | Problem | null {
    const plan = this.plan;
    const io = loadedIo();
    if (!plan || !io) return null;
    const hit = this.#checked.get(input);
    if (hit?.plan === plan) return hit.result;
    let result: ObservationsResult | Problem;
    try {
      result = run(io);
    } catch (e) {
      result = problemFrom(e);
    }
    this.#checked.set(input, { plan, result });
    return result;
  }

  #fromSrc(): ObservationsResult | Problem | null {
    const file = this.#file;
    return file?.kind === 'observations' ? this.#check(file, (io) => io.checkDataFile(file, this.plan!)) : null;
  }

  #fromProperty(): ObservationsResult | Problem | null {
    const input = this.host.observations;
    if (input === null || input === undefined) return null;
    if (typeof input !== 'object') return this.#check([input], (io) => io.validateObservations(input, this.plan!));
    return this.#check(input, (io) => io.validateObservations(input, this.plan!));
  }

  /** The site's observations from `src` and the `observations` property (later wins), valid ones only. */
  get observations(): readonly Observation[] {
    const list = [this.#fromSrc(), this.#fromProperty()].flatMap((r) =>
      r && 'observations' in r ? r.observations : [],
    );
    const cache = this.#list;
    if (cache.length === list.length && cache.every((o, i) => o === list[i])) return cache;
    return (this.#list = list);
  }
  #list: readonly Observation[];

  /** What to tell the reader: a fatal problem, and notices about rows that were ignored. */
  get problems(): Problem[] {
    const out: Problem[] = [];
    const fatal = this.#fatal();
    if (fatal) out.push(fatal);
    const src = this.#fromSrc();
    const url = clip(this.host.src ?? '', 200);
    const notice = (r: ObservationsResult | Problem | null, code: string, what: string) => {
      if (!r) return;
      if (!('observations' in r)) return out.push(r);
      if (!r.issues.length) return;
      const first = r.issues.slice(0, 3).map((i) => `${i.line ? `line ${i.line}` : `[${i.index}]`} ${i.message}`);
      const count = new Set(r.issues.map((i) => i.index)).size;
      const rows = code === 'src_rows_invalid' ? `${count} invalid row(s)` : `${r.issues.length} issue(s)`;
      const message = `${rows} in ${what} were ignored: ${first.join('; ')}. See observations.schema.json.`;
      out.push(problem(code, message, { count: code === 'src_rows_invalid' ? count : r.issues.length }, false));
    };
    notice(src, 'src_rows_invalid', url);
    notice(this.#fromProperty(), 'observations_rows_invalid', 'the observations property');
    return out;
  }

  /**
   * Resolves when the plan and the modules the widget needs have arrived (never
   * rejects). A `src` request is not waited for: it may take up to the timeout,
   * and the widget shows its loading state meanwhile.
   */
  async settled(): Promise<void> {
    for (this.kick(); this.#loadingLocal(); this.kick()) {
      const provided = new Promise<void>((resolve) => this.shell.waiters.add(resolve));
      const pending = [this.#bundled, this.#io].filter((t) => t.status === TaskStatus.PENDING);
      await Promise.race([...pending.map((t) => t.taskComplete.catch(() => {})), provided]);
    }
  }

  /** Whether the plan or a module is on its way (a `src` request aside). */
  #loadingLocal(): boolean {
    const pending = [this.#bundled, this.#io].some((t) => t.status === TaskStatus.PENDING);
    return pending || this.#provided?.status === 'loading';
  }
}
