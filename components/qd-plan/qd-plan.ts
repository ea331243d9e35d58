import { ContextProvider, ContextRoot } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { LitElement, html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { loadBundledPlan } from '../../src/bundled.js';
import type { PlanData } from '../../src/core.js';
import { planContext, type Provision } from '../base/context.js';
import { emit } from '../base/events.js';
import { FETCH_TIMEOUT_MS, loadDataFile } from '../base/load.js';
import { problem, problemFrom, type Problem } from '../base/problems.js';

// Widgets upgraded before this element is defined asked for a plan that no one answered: a context
// root on the document asks again for them when a provider connects.
let root: ContextRoot | null = null;

/**
 * @summary One plan for every widget inside it: a site's plan document, or the bundled plan.
 *
 * @description `<qd-plan src="plan.json">` loads a plan document in the published schema
 * (`plan.schema.json`, which may carry the plan's observations) once, and gives it to every
 * `qd-*` widget inside it (through `@lit/context`): they show that plan, and nothing of the
 * bundled one. Without `src` it gives the bundled plan, loaded once for all of them. A widget's
 * own `src` holding a whole plan still takes precedence for that widget. While the plan loads,
 * the widgets show their loading state; if it cannot be used, each shows the error.
 * The element itself renders only its content.
 *
 * @tag qd-plan
 *
 * @attr src - URL of a plan document (JSON in `plan.schema.json`); none: the bundled plan.
 *
 * @slot - The widgets that use the plan (and any other content).
 *
 * @event qd-load - The plan is ready. detail: `{ indicator: null, observations }`, `observations` the number the plan carries.
 * @event qd-error - The plan could not be loaded or used. detail: `{ code, message }`.
 */
export class QdPlan extends LitElement {
  static override properties: PropertyDeclarations = { src: {} };

  /** Request timeout of `src`, in milliseconds (10 s). */
  static fetchTimeout = FETCH_TIMEOUT_MS;

  /** URL of the plan document; undefined: the bundled plan. */
  declare src: string | undefined;

  #provider = new ContextProvider(this, { context: planContext, initialValue: { status: 'loading' } });

  #task = new Task(this, {
    task: async ([src], { signal }): Promise<PlanData> => {
      if (!src) return loadBundledPlan();
      const file = await loadDataFile(src, signal, (this.constructor as typeof QdPlan).fetchTimeout);
      if (file.kind === 'plan') return file.plan;
      throw new Error('not a plan');
    },
    args: () => [this.src] as [string | undefined],
    onComplete: (plan) => this.#provide({ status: 'ready', plan }),
    onError: (e) => {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      this.#provide({ status: 'error', problem: this.#problem(e) });
    },
  });

  override connectedCallback(): void {
    if (!root) {
      root = new ContextRoot();
      root.attach(document.documentElement);
    }
    super.connectedCallback();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#task.abort();
  }

  override willUpdate(): void {
    if (this.#task.status === TaskStatus.PENDING) this.#provide({ status: 'loading' });
  }

  #problem(e: unknown): Problem {
    if (e instanceof Error && e.message === 'not a plan') {
      return problem(
        'plan_src_not_plan',
        `<qd-plan src="${this.src}"> holds observations, not a plan: give <qd-plan> a plan document (plan.schema.json), and observations to the widgets' own src.`,
        { url: this.src ?? '' },
      );
    }
    return problemFrom(e);
  }

  #provide(value: Provision): void {
    const last = this.#provider.value;
    if (last.status === value.status && (value.status !== 'ready' || (last as typeof value).plan === value.plan))
      return;
    this.#provider.setValue(value);
    if (value.status === 'ready') {
      const observations = value.plan.observations.filter((o) => o.vintage !== 'plan').length;
      emit(this, 'qd-load', { indicator: null, observations });
    } else if (value.status === 'error') {
      console.warn(`[qd-plan] ${value.problem.message}`);
      emit(this, 'qd-error', { code: value.problem.code, message: value.problem.message });
    }
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'qd-plan': QdPlan;
  }
}
