/**
 * Problems with a widget's input: a stable `code`, the English `message` for
 * the console (what was wrong and how to fix it), `params` for the translated
 * visible text (the catalog has one text per code, `Catalog['problems']`) and whether it is
 * `fatal` (the widget shows the error instead of its content) or a notice
 * (the widget still renders, with the message above it).
 */
import { PlanError } from '../../src/base-entry.js';
import type { Catalog, ProblemCode } from '../i18n/catalog.js';

/** One problem with a widget's input. */
export interface Problem {
  readonly code: string;
  /** English, for the console and `qd-error`: what was wrong and how to fix it. */
  readonly message: string;
  /** Values for the translated visible text. */
  readonly params: Readonly<Record<string, string | number>>;
  readonly fatal: boolean;
}

/** `value` shortened to `max` characters (with an ellipsis), for echoing input in messages. */
export const clip = (value: string, max = 60): string => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** A problem from its parts (`fatal` defaults to true). */
export const problem = (code: string, message: string, params: Problem['params'] = {}, fatal = true): Problem => ({
  code,
  message,
  params,
  fatal,
});

/** An error that carries the problem to show; throw it from `prepare()` for a widget's own input checks. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'ProblemError';
  }
}

/** The fatal problem of a missing `indicator` attribute on `tag`. */
export const missingIndicator = (tag: string): ProblemError =>
  new ProblemError(
    problem(
      'missing_indicator',
      `<${tag}> needs an indicator attribute naming an indicator with a target (e.g. <${tag} indicator="services-trade">), or a target attribute naming a target. The ids are in the plan document (for the bundled plan, the package's plan.json).`,
    ),
  );

/** An error thrown by the library (or anything else) as a fatal problem, keeping `PlanError` codes. */
export function problemFrom(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  if (error instanceof PlanError) {
    const d = error.detail;
    const given = d['id'] ?? d['indicator'];
    const id = typeof given === 'string' ? given : '';
    const suggestions = Array.isArray(d['suggestions']) ? d['suggestions'].join(', ') : '';
    if (error.name === 'CalcError') {
      const message = `${error.message} Check the data given to the widget (src, the observations property or a table child) for a value that cannot be right, e.g. one too large to compute with.`;
      return problem('calc_failed', message, { id, suggestions, detail: error.message });
    }
    // The error's own facts (url, count ...) fill the translated text's placeholders.
    const facts = Object.fromEntries(
      Object.entries(d).filter((e): e is [string, string | number] => ['string', 'number'].includes(typeof e[1])),
    );
    return problem(error.code, error.message, { ...facts, id, suggestions, detail: error.message });
  }
  const message = error instanceof Error ? error.message : String(error);
  return problem(
    'unexpected',
    `${message}. This is a bug in qingdao-services-plan; please report it with the page's markup.`,
    { detail: message },
  );
}

/**
 * The visible, translated text of a problem (a code without a text of its own: the English message under
 * `unexpected`; no catalog at all, when even the texts could not be loaded: the English message).
 */
export function problemText(c: Catalog | null, p: Problem): string {
  if (!c) return p.message;
  // Values echoed from the input (ids, URLs, details) are clipped: a 10,000-character id must not bury the message.
  const params = Object.fromEntries(
    Object.entries(p.params).map(([k, v]) => [k, typeof v === 'string' ? clip(v, k === 'detail' ? 300 : 100) : v]),
  );
  const text: unknown = Object.hasOwn(c.problems, p.code) ? c.problems[p.code as ProblemCode] : null;
  if (typeof text === 'string') return text;
  // The params are the problem's own facts, named as its code's text expects (see where each code is raised).
  if (typeof text === 'function') return (text as (params: unknown) => string)(params);
  return c.problems.unexpected({ detail: clip(p.message, 300) });
}
