/**
 * The attributes every widget shares, checked: `lang` (a language the widgets
 * ship), `theme` and `as-of`, with the problem each bad value raises.
 */
import { AS_OF_MAX, AS_OF_MIN } from '../../src/core.js';
import type { ResolvedLang } from './lang.js';
import { clip, problem, type Problem } from './problems.js';

/** The themes a widget accepts; `auto` follows `prefers-color-scheme`. */
export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly string[] = ['auto', 'light', 'dark'];

/** Reads `as-of="2024"` as a number (NaN for text, reported by `inputProblems`). */
export const asOfConverter = {
  fromAttribute: (v: string | null): number | undefined => (v === null || v.trim() === '' ? undefined : Number(v)),
  toAttribute: (v: number | undefined): string | null => (v === undefined ? null : String(v)),
};

/** Whether `year` is an evaluation year the widgets accept. */
export const isAsOf = (year: unknown): year is number =>
  typeof year === 'number' && Number.isInteger(year) && year >= AS_OF_MIN && year <= AS_OF_MAX;

/** The problems of the shared attributes: an unsupported `lang` or `theme` (notices), an `as-of` out of range (fatal). */
export function inputProblems(
  el: Element,
  lang: ResolvedLang,
  theme: string | undefined | null,
  asOf: number | undefined,
): Problem[] {
  const out: Problem[] = [];
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
  return out;
}
