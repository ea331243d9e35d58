/**
 * The inputs every widget shares, resolved: language (own or ancestor `lang`,
 * watched live), theme and evaluation year, with the problems they raise.
 */
import type { Lang } from '../../src/types.js';
import { resolveLang } from './lang.js';
import { clip, problem, type Problem } from './problems.js';
import { AS_OF_MAX, AS_OF_MIN, isAsOf } from './target-view.js';

/** The themes a widget accepts; `auto` follows `prefers-color-scheme`. */
export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly string[] = ['auto', 'light', 'dark'];

// One observer for `lang` changes anywhere in the document re-renders every connected widget.
const live = new Set<{ requestUpdate(): void }>();
let langObserver: MutationObserver | null = null;
/** Registers (on) or unregisters a widget to re-render when any `lang` attribute in the document changes. */
export function watchLang(el: { requestUpdate(): void }, on: boolean): void {
  if (on) live.add(el);
  else live.delete(el);
  if (on && !langObserver && typeof MutationObserver !== 'undefined') {
    langObserver = new MutationObserver(() => live.forEach((w) => w.requestUpdate()));
    langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  } else if (!live.size && langObserver) {
    // The last widget left the page: nothing stays behind.
    langObserver.disconnect();
    langObserver = null;
  }
}

/** Reads `as-of="2024"` as a number (NaN for text, reported by `resolveInputs`). */
export const asOfConverter = {
  fromAttribute: (v: string | null): number | undefined => (v === null || v.trim() === '' ? undefined : Number(v)),
  toAttribute: (v: number | undefined): string | null => (v === undefined ? null : String(v)),
};

/** The language to use and the problems of `lang`, `theme` and `as-of`. */
export function resolveInputs(
  el: Element,
  theme: string | undefined | null,
  asOf: number | undefined,
): { lang: Lang; problems: Problem[] } {
  const out: Problem[] = [];
  const lang = resolveLang(el);
  if (!lang.supported) {
    out.push(
      problem(
        'unsupported_lang',
        `lang="${clip(lang.requested ?? '')}" is not supported; showing zh-CN. Set lang="zh-CN" or lang="en" on the element or an ancestor.`,
        { value: lang.requested ?? '' },
        false,
      ),
    );
  }
  if (theme !== undefined && theme !== null && !THEMES.includes(theme)) {
    out.push(
      problem(
        'unsupported_theme',
        `theme="${clip(String(theme))}" is not supported; using auto. Use theme="auto", "light" or "dark".`,
        { value: String(theme) },
        false,
      ),
    );
  }
  if (asOf !== undefined && !isAsOf(asOf)) {
    const value = el.getAttribute('as-of') ?? String(asOf);
    out.push(
      problem(
        'as_of_range',
        `as-of="${clip(value)}" is not an evaluation year the plan covers. Use a whole year from ${AS_OF_MIN} to ${AS_OF_MAX}, e.g. as-of="2024", or remove it for the plan's target year.`,
        { value, min: AS_OF_MIN, max: AS_OF_MAX },
      ),
    );
  }
  return { lang: lang.lang, problems: out };
}
