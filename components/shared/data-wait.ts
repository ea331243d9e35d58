/**
 * `DataWait`: what a widget waits for before it prepares its data — its part
 * of the bundled data (`bundleFor`, imported on demand unless the whole plan is
 * registered) and the parser a site's `observations` property needs — with the
 * problem to show when a module cannot be loaded. The widget calls `ensure()`
 * in `willUpdate`, prepares only when `waiting()` is false, and awaits
 * `pending` in `getUpdateComplete`; `settled` is called when a load ends.
 */
import { bundleFor, type Bundle } from './bundled.js';
import { loadedParser, loadParser } from './load.js';
import { problem, problemFrom, type Problem } from './problems.js';

export class DataWait {
  /** The bundled data loaded for the current key, or null. */
  bundle: Bundle | null = null;
  #key: string | null | undefined = undefined;
  #loadingKey: string | null = null;
  #bundling: Promise<void> | null = null;
  #bundleProblem: Problem | null = null;
  #parsing: Promise<void> | null = null;
  #parserProblem: Problem | null = null;

  /** `settled` is called when a load ends; `load` gets the bundled data of a key (`bundleFor` unless a test passes another). */
  constructor(
    private readonly settled: () => void,
    private readonly load: (key: string | null) => Bundle | Promise<Bundle> = bundleFor,
  ) {}

  /** A load in progress (resolves when it ends, never rejects), or null. */
  get pending(): Promise<void> | null {
    return this.#parsing ?? this.#bundling;
  }

  /** Runs `run` at once when nothing is loading, else when the load ends or after `ms`, whichever comes first. */
  whenReady<T>(run: () => T, ms: number): T | Promise<T> {
    const pending = this.pending;
    if (!pending) return run();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
    return Promise.race([pending, late]).then(() => {
      clearTimeout(timer);
      return run();
    });
  }

  /** Why a module could not be loaded, if one could not. */
  get problems(): Problem[] {
    return [this.#parserProblem, this.#bundleProblem].filter((p): p is Problem => p !== null);
  }

  /** Whether data is still on its way for `key` (undefined: no data needed), with or without the parser. */
  waiting(key: string | null | undefined, needParser: boolean): boolean {
    const parser = needParser && !loadedParser() && !this.#parserProblem;
    return parser || (key !== undefined && !this.bundle && !this.#bundleProblem);
  }

  /** Starts what `key` and `needParser` need and is not loaded yet; settled() follows each load. */
  ensure(key: string | null | undefined, needParser: boolean): void {
    if (needParser && !loadedParser() && !this.#parserProblem) {
      this.#parsing ??= loadParser()
        .then(
          () => {},
          (e: unknown) => void (this.#parserProblem = problemFrom(e)),
        )
        .finally(() => {
          this.#parsing = null;
          this.settled();
        });
    }
    if (key === undefined || (this.bundle && this.#key === key)) return;
    // Loading, or failed for this key (the problem is shown; another key tries again).
    if ((this.#bundling || this.#bundleProblem) && this.#loadingKey === key) return;
    const got = this.load(key);
    if (!(got instanceof Promise)) {
      // At once (e.g. the whole plan is registered now): a load still on its way for another key is ignored.
      this.bundle = got;
      this.#key = key;
      this.#loadingKey = null;
      this.#bundleProblem = null;
      return;
    }
    this.bundle = null;
    this.#bundleProblem = null;
    const loading: Promise<void> = got
      .then(
        (b) => {
          if (this.#loadingKey !== key) return;
          this.bundle = b;
          this.#key = key;
        },
        (e: unknown) => {
          this.#bundleProblem = problem(
            'bundle_load',
            `The bundled data of ${key ?? 'the plan'} could not be loaded (${(e as Error)?.message ?? e}). Serve the package's files together (data/by-indicator/ next to components/), or use the one-file CDN bundle.`,
            { id: key ?? '' },
          );
        },
      )
      .finally(() => {
        if (this.#bundling === loading) this.#bundling = null;
        this.settled();
      });
    this.#bundling = loading;
    this.#loadingKey = key;
  }
}
