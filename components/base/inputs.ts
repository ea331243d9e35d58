/**
 * The attributes every widget shares, checked: `lang` (a language the widgets
 * ship), `theme` and `as-of`, with the problem each bad value raises; and
 * `InputsController`, which checks them before each render.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAsOfIn, planYears, type PlanData } from '../../src/base-entry.js';
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

/** The problems of `lang` and `theme`: an unsupported value is a notice (zh-CN and auto are used). */
export function inputProblems(lang: ResolvedLang, theme: string | undefined | null): Problem[] {
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
  return out;
}

/** The fatal problem of an `as-of` the plan in use does not cover (its base year to its last target year), or null. */
export function asOfProblem(el: Element, asOf: number | undefined, plan: PlanData): Problem | null {
  if (asOf === undefined || isAsOfIn(plan, asOf)) return null;
  const { asOfMin: min, asOfMax: max } = planYears(plan);
  const value = el.getAttribute('as-of') ?? String(asOf);
  return problem(
    'as_of_range',
    `as-of="${clip(value)}" is not an evaluation year the plan covers. Use a whole year from ${min} to ${max}, e.g. as-of="${max - 1}", or remove it for the plan's last target year (${max}).`,
    { value, min, max },
  );
}

type Host = ReactiveControllerHost & HTMLElement & { theme?: string; asOf?: number };

/** `InputsController`: the problems of `lang`, `theme` and `as-of` (against the plan in use, once it is there). */
export class InputsController implements ReactiveController {
  /** The problems found before the last render. */
  list: readonly Problem[] = [];

  /** Add it after the controllers of the language and the data: it reads what they found for this render. */
  constructor(
    private readonly host: Host,
    private readonly lang: { readonly resolved: ResolvedLang },
    private readonly data: { waiting: boolean; plan: PlanData | null; problems: readonly Problem[] },
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { data, host } = this;
    const found = inputProblems(this.lang.resolved, host.theme);
    const plan = !data.waiting && !data.problems.some((p) => p.fatal) && data.plan;
    const late = plan && asOfProblem(host, host.asOf, plan);
    this.list = late ? [...found, late] : found;
  }
}
