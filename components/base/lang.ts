/**
 * Language resolution: the element's own `lang` or the nearest ancestor's
 * (crossing shadow roots), normalised to the languages the widgets ship.
 */
import type { Lang } from '../../src/core.js';

/** The languages the widgets support; zh-CN is the default. */
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** The default language when no element on the path sets `lang`. */
export const DEFAULT_LANG: Lang = 'zh-CN';

/** A resolved language: the one to use, what was asked for, and whether it is supported. */
export interface ResolvedLang {
  readonly lang: Lang;
  /** The `lang` value found on the element or an ancestor (null: none set, or empty). */
  readonly requested: string | null;
  /** False when `requested` names a language the widgets do not ship (they fall back to zh-CN). */
  readonly supported: boolean;
}

/** Normalises a BCP 47 tag: `en*` is en, `zh*` is zh-CN; anything else is unsupported (zh-CN used). */
export function normaliseLang(value: string | null | undefined): ResolvedLang {
  const requested = value?.trim() || null;
  if (requested === null) return { lang: DEFAULT_LANG, requested, supported: true };
  const tag = requested.toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return { lang: 'en', requested, supported: true };
  if (tag === 'zh' || tag.startsWith('zh-')) return { lang: 'zh-CN', requested, supported: true };
  return { lang: DEFAULT_LANG, requested, supported: false };
}

/** The `lang` attribute of `el` or of its nearest ancestor that has a non-empty one, across shadow roots. */
export function inheritedLang(el: Element): string | null {
  let node: Element | null = el;
  while (node) {
    const hit: Element | null = node.closest('[lang]:not([lang=""])');
    if (hit) return hit.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Resolves the language of an element (own `lang`, then ancestors, then zh-CN). */
export const resolveLang = (el: Element): ResolvedLang => normaliseLang(inheritedLang(el));
