/**
 * Loading a site's data file (`src`): observations as JSON (an array or
 * `{ "observations": [...] }`) or CSV in the published columns, fetched with
 * an AbortController and a timeout. A JSON object with `meta` and `figures`
 * is a whole plan in `plan.schema.json`: checked by `planFromJson`, it replaces
 * the bundled plan for the widget. Parsing (with the precompiled schemas) is
 * in parse.ts, imported on first use: a page without a site's data never loads it.
 */
import type { PlanData } from '../../src/plan-data.js';
import type { Observation } from '../../src/types.js';
import type { ObservationIssue } from '../../src/validate-observations.js';
import { clip, problem, problemFrom, ProblemError, type Problem } from './problems.js';

/** What a data file gave: its valid observations and every issue with the others. */
export interface LoadResult {
  readonly observations: readonly Observation[];
  readonly issues: readonly ObservationIssue[];
  /** A whole plan the file holds, which replaces the bundled one. */
  readonly plan?: PlanData;
}

/** Default request timeout of `src`, in milliseconds. */
export const FETCH_TIMEOUT_MS = 10_000;

const fail = (code: string, message: string, params: Problem['params']): never => {
  throw new ProblemError(problem(code, message, params));
};

type Parser = typeof import('./parse.js');
let parser: Parser | null = null;
let parserLoading: Promise<Parser> | null = null;

/** The parser module (schemas included) once loaded, else null: see `loadParser`. */
export const loadedParser = (): Parser | null => parser;

/** Imports the parser module once per page (a site's data needs it; the bundled data does not). */
export function loadParser(): Promise<Parser> {
  parserLoading ??= import('./parse.js').then(
    (m) => (parser = m),
    (e: unknown) => {
      parserLoading = null;
      return fail(
        'parser_load',
        `The data parser (parse.js, next to the widget's script) could not be loaded (${(e as Error)?.message ?? e}). Serve the package's files together, or use the one-file CDN bundle.`,
        {},
      );
    },
  );
  return parserLoading;
}

/** Valid observations and the notice about the invalid ones. */
export interface Checked {
  readonly observations: readonly Observation[];
  readonly problem: Problem | null;
}

/** A site's observations (`what`, e.g. the observations property) validated; null while the parser is not loaded. */
export function checkObservations(input: unknown, what: string): Checked | null {
  if (input === undefined || input === null) return { observations: [], problem: null };
  if (!parser) return null;
  try {
    const r = parser.validateObservations(input);
    const first = r.issues
      .slice(0, 3)
      .map((i) => `[${i.index}] ${i.message}`)
      .join('; ');
    const notice = `${r.issues.length} issue(s) in ${what} were ignored: ${first}. See observations.schema.json.`;
    return {
      observations: r.observations,
      problem: r.issues.length ? problem('observations_rows_invalid', notice, { count: r.issues.length }, false) : null,
    };
  } catch (e) {
    return { observations: [], problem: problemFrom(e) };
  }
}

/**
 * Fetches and parses a data file. Rejects with `ProblemError` (codes `src_http`,
 * `src_network`, `src_timeout`, `src_parse`, `src_invalid`, `src_invalid_plan`),
 * or with the `AbortError` when `signal` aborts first.
 */
export async function loadObservations(
  url: string,
  signal: AbortSignal,
  timeoutMs = FETCH_TIMEOUT_MS,
): Promise<LoadResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (e) {
      if (timedOut)
        return fail(
          'src_timeout',
          `${clip(url, 200)} did not answer within ${timeoutMs / 1000} s. Check that the file is served and reachable from this page.`,
          { url, seconds: timeoutMs / 1000 },
        );
      if (signal.aborted) throw e;
      return fail(
        'src_network',
        `${clip(url, 200)} could not be fetched (${(e as Error).message}). Check the URL and that the server allows this page to read it (CORS).`,
        { url },
      );
    }
    if (!response.ok) {
      return fail(
        'src_http',
        `${clip(url, 200)} answered HTTP ${response.status}. Check that the file exists at this URL.`,
        { url, status: response.status },
      );
    }
    const text = await response.text();
    const { parseDataText } = await loadParser();
    return parseDataText(text, url, response.headers.get('content-type') ?? '');
  } catch (e) {
    if (timedOut && !(e instanceof ProblemError))
      return fail('src_timeout', `${clip(url, 200)} did not finish loading within ${timeoutMs / 1000} s.`, {
        url,
        seconds: timeoutMs / 1000,
      });
    throw e;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
