/**
 * `CatalogController`: the UI texts of a widget's language (`loadCatalog`,
 * with `@lit/task`). The catalog in use changes only once the next one has
 * arrived: on a live `lang` change the widget keeps its language until the
 * other catalog is loaded, then renders once in the new one (never an error,
 * never a missing text meanwhile). A catalog already loaded on the page is used
 * at once. The host's first update waits for it (see `settled`).
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../src/core.js';
import { loadCatalog, loadedCatalog, type Catalog } from '../i18n/load.js';
import { problem, type Problem } from './problems.js';

/** Where a controller gets its catalogs (the page's loader; a test gives its own). */
export interface CatalogSource {
  /** The catalog of a language, loaded on demand. */
  load(lang: Lang): Promise<Catalog>;
  /** The catalog of a language if it has arrived already, else null. */
  loaded(lang: Lang): Catalog | null;
}

const PAGE: CatalogSource = { load: loadCatalog, loaded: loadedCatalog };

export class CatalogController implements ReactiveController {
  #task: Task<[Lang], Catalog>;
  #current: Catalog | null = null;
  /** The language asked for last. */
  #wanted: Lang | null = null;

  /** `lang` reads the language the host asks for now (called before each update). */
  constructor(
    host: ReactiveControllerHost,
    private readonly lang: () => Lang,
    private readonly source: CatalogSource = PAGE,
  ) {
    this.#task = new Task(host, {
      task: ([l]) => source.load(l),
      autoRun: false,
      onComplete: (c) => {
        if (c.lang === this.#wanted) this.#current = c;
      },
    });
    host.addController(this);
  }

  /** The catalog in use: the language asked for once it has arrived, until then the one before (null before the first). */
  get catalog(): Catalog | null {
    return this.#current;
  }

  /** Whether the catalog of the language asked for is still on its way. */
  get loading(): boolean {
    return this.#current?.lang !== this.#wanted && this.#task.status === TaskStatus.PENDING;
  }

  /** The failed load of the language asked for, as a problem (fatal only when there is no catalog at all). */
  get problem(): Problem | null {
    if (this.#task.status !== TaskStatus.ERROR || this.#current?.lang === this.#wanted) return null;
    const e = this.#task.error;
    return problem(
      'catalog_load',
      `The texts for lang="${this.#wanted}" could not be loaded (${e instanceof Error ? e.message : String(e)}). Serve the package's files together, or use the one-file CDN bundle.`,
      { lang: this.#wanted ?? '' },
      this.#current === null,
    );
  }

  // The texts start loading when the widget connects, beside what else its first update waits for (a card's
  // precomputed view), rather than after it.
  hostConnected(): void {
    this.#kick();
  }

  hostUpdate(): void {
    this.#kick();
  }

  /** Asks for the catalog of the host's language now (at once when it is loaded, else by the task). */
  #kick(): void {
    const lang = this.lang();
    if (lang === this.#wanted) return;
    this.#wanted = lang;
    const ready = this.source.loaded(lang);
    // A load still on its way is for another language then: it does not become the catalog in use (see onComplete).
    if (ready) this.#current = ready;
    else void this.#task.run([lang]);
  }

  /** Resolves once the catalog of the host's language is in use, or could not be loaded (never rejects). */
  async settled(): Promise<void> {
    for (this.#kick(); this.loading; this.#kick()) await this.#task.taskComplete.catch(() => {});
  }
}
