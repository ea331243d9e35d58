/**
 * `SrcLoad`: one widget's request for its `src` — started when `src` changes,
 * aborted on disconnect or a newer `src`, reporting its state (loading, the
 * result with a notice about invalid rows, or the problem) to the widget.
 */
import type { PlanData } from '../../src/plan-data.js';
import type { Observation } from '../../src/types.js';
import { loadObservations } from './load.js';
import { clip, problemFrom, type Problem } from './problems.js';

/** What `src` gave: its valid observations, how many rows were invalid and why, and a whole plan if it held one. */
export interface SrcResult {
  readonly observations: readonly Observation[];
  readonly invalid: number;
  readonly message: string;
  readonly plan?: PlanData;
}

/** The state of a `src` request, as the widget shows it. */
export interface SrcState {
  readonly loading: boolean;
  readonly result: SrcResult | null;
  readonly problem: Problem | null;
}

export class SrcLoad {
  /** The `src` whose request finished (undefined while none did, or after an abort). */
  loaded: string | undefined = undefined;
  #controller: AbortController | null = null;

  constructor(private readonly report: (state: SrcState) => void) {}

  /** Requests `url` (aborting any earlier request); no url: nothing to load. */
  start(url: string | undefined, timeoutMs: number): void {
    this.#controller?.abort();
    this.#controller = null;
    if (!url) {
      this.loaded = url;
      this.report({ loading: false, result: null, problem: null });
      return;
    }
    const controller = new AbortController();
    this.#controller = controller;
    this.report({ loading: true, result: null, problem: null });
    const done = (state: SrcState) => {
      if (controller.signal.aborted) return;
      if (this.#controller === controller) this.#controller = null;
      this.loaded = url;
      this.report(state);
    };
    loadObservations(url, controller.signal, timeoutMs).then(
      (r) => {
        const first = r.issues
          .slice(0, 3)
          .map((i) => `${i.line ? `line ${i.line}` : `[${i.index}]`} ${i.message}`)
          .join('; ');
        const message = `${r.issues.length} invalid row(s) in ${clip(url, 200)} were ignored: ${first}. See observations.schema.json.`;
        const result = {
          observations: r.observations,
          invalid: new Set(r.issues.map((i) => i.index)).size,
          message,
          ...(r.plan ? { plan: r.plan } : {}),
        };
        done({ loading: false, result, problem: null });
      },
      (e: unknown) => done({ loading: false, result: null, problem: problemFrom(e) }),
    );
  }

  /** Aborts a request in progress (a later connect starts it again). */
  abort(): void {
    if (!this.#controller) return;
    this.#controller.abort();
    this.#controller = null;
    this.loaded = undefined;
  }
}
