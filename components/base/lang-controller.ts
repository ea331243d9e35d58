/**
 * `LangController`: the language of a widget (its own `lang` or the nearest
 * ancestor's, see lang.ts), followed live: one observer of `lang` attributes in
 * the document updates every connected widget, and leaves with the last one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type ResolvedLang } from './lang.js';

const live = new Set<ReactiveControllerHost>();
let observer: MutationObserver | null = null;

export class LangController implements ReactiveController {
  #resolved: ResolvedLang = resolveLang(document.documentElement);

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The language in use, what was asked for and whether it is supported (as of the last `refresh`). */
  get resolved(): ResolvedLang {
    return this.#resolved;
  }

  /** Resolves the language again (the host calls it before each update). */
  refresh(): ResolvedLang {
    return (this.#resolved = resolveLang(this.host));
  }

  hostConnected(): void {
    live.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => live.forEach((h) => h.requestUpdate()));
      observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    live.delete(this.host);
    if (!live.size && observer) {
      observer.disconnect();
      observer = null;
    }
  }
}
