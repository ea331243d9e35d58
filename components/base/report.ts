/**
 * `ReportController`: tells the page what a widget shows, after each update of
 * a connected widget: each new problem once (one console warning and one
 * `qd-error` event, again only after it went away and came back), and
 * `qd-load` when new data is shown without a fatal problem.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emit, type QdLoadDetail } from './events.js';
import type { Problem } from './problems.js';

export class ReportController implements ReactiveController {
  #reported = new Set<string>();

  /** `fresh.take()` tells whether new data is shown (prepare.ts); `detail` gives the detail of `qd-load`. */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly fresh: { take(): boolean },
    private readonly widget: { list(): readonly Problem[]; detail(): QdLoadDetail },
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    // A widget off the page tells nobody anything (it renders again when it comes back).
    if (!this.host.isConnected) return;
    const problems = this.widget.list();
    const keys = new Set(problems.map((p) => `${p.code}|${p.message}`));
    for (const p of problems) {
      if (this.#reported.has(`${p.code}|${p.message}`)) continue;
      console.warn(`[${this.host.localName}] ${p.message}`);
      emit(this.host, 'qd-error', { code: p.code, message: p.message });
    }
    this.#reported = keys;
    if (!problems.some((p) => p.fatal) && this.fresh.take()) emit(this.host, 'qd-load', this.widget.detail());
  }
}
