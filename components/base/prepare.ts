/**
 * `PrepareController`: runs a widget's `prepare()` (which builds its view model)
 * before a render, once per set of inputs (the plan, the site's observations,
 * the table's rows, `asOf` and the widget's `dataProperties`): again only when
 * one of them changed (`===`), never for a change of presentation, and not
 * while data is on its way or a fatal problem is shown. An exception in it
 * becomes the widget's problem instead of leaving the update.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { problemFrom, type Problem } from './problems.js';

type Data = { waiting: boolean; plan: unknown; observations: unknown; problems: readonly Problem[] };

type Host = ReactiveControllerHost & { asOf?: unknown; constructor: { dataProperties?: readonly string[] } };

export class PrepareController implements ReactiveController {
  /** The exception of the last `prepare()` (or of the template), as a problem. */
  problem: Problem | null = null;
  #last: readonly unknown[] | null = null;
  #fresh = false;

  /** The inputs come from `data` (data.ts) and `table` (table-controller.ts); `problems` gives those of the other inputs. */
  constructor(
    private readonly host: Host,
    private readonly data: Data,
    private readonly table: { rows: unknown },
    private readonly problems: { list: readonly Problem[] },
    private readonly prepare: () => void,
  ) {
    host.addController(this);
  }

  /** What `prepare()` reads, or null while it cannot run. */
  #inputs(): readonly unknown[] | null {
    const { data, table } = this;
    if (data.waiting || [...data.problems, ...this.problems.list].some((p) => p.fatal)) return null;
    const host = this.host as unknown as Record<string, unknown>;
    const own = (this.host.constructor.dataProperties ?? []).map((k) => host[k]);
    return [data.plan, data.observations, table.rows, this.host.asOf, ...own];
  }

  hostUpdate(): void {
    const inputs = this.#inputs();
    if (!inputs || (this.#last && inputs.every((x, i) => x === this.#last![i]))) return;
    this.#last = inputs;
    this.problem = null;
    try {
      this.prepare();
      this.#fresh = true;
    } catch (e) {
      this.problem = problemFrom(e);
    }
  }

  /** Whether `prepare()` succeeded since the last call (true once per run). */
  take(): boolean {
    const fresh = this.#fresh;
    this.#fresh = false;
    return fresh;
  }
}
