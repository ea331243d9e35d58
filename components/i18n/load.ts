/**
 * The one loader of the UI texts: `loadCatalog(lang)` imports that language's
 * catalog (its own module, so its own chunk in a bundler's build; the one-file
 * CDN bundle inlines both), once per page. A page in one language loads one
 * language's texts.
 */
import type { Lang } from '../../src/core.js';
import type { Catalog } from './catalog.js';

export type { Catalog } from './catalog.js';

const importers: Readonly<Record<Lang, () => Promise<{ readonly catalog: Catalog }>>> = {
  'zh-CN': () => import('./zh-CN.js'),
  en: () => import('./en.js'),
};

const loading = new Map<Lang, Promise<Catalog>>();
const loaded = new Map<Lang, Catalog>();

/** The catalog of `lang`, imported on first use (a failed import is tried again on the next call). */
export function loadCatalog(lang: Lang): Promise<Catalog> {
  let p = loading.get(lang);
  if (!p) {
    const importer = Object.hasOwn(importers, lang) ? importers[lang] : null;
    if (!importer) return Promise.reject(new RangeError(`no catalog for lang "${String(lang)}"`));
    p = importer().then(
      (m) => {
        loaded.set(lang, m.catalog);
        return m.catalog;
      },
      (e: unknown) => {
        loading.delete(lang);
        throw e;
      },
    );
    loading.set(lang, p);
  }
  return p;
}

/** The catalog of `lang` if it has arrived already, else null (a widget then waits for `loadCatalog`). */
export const loadedCatalog = (lang: Lang): Catalog | null => loaded.get(lang) ?? null;
