/**
 * Loading a site's data file (`src`): observations as JSON (an array or
 * `{ "observations": [...] }`) or CSV in the published columns, fetched with
 * an AbortController and a timeout. A JSON object with `meta` and `figures`
 * is a whole plan in `plan.schema.json`: checked by `planFromJson`, it replaces
 * the bundled plan for the widget.
 */
import { parseObservationsCsv } from '../../src/observations-csv.js';
import { validateObservations, type ObservationIssue } from '../../src/observations.js';
import { PlanError } from '../../src/errors.js';
import { planFromJson, type PlanData } from '../../src/plan-data.js';
import type { Observation } from '../../src/types.js';
import { clip, problem, ProblemError, type Problem } from './problems.js';

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

/** Parses the text of a data file (JSON or CSV, by content type, extension or first character). */
export function parseDataText(text: string, url: string, contentType = ''): LoadResult {
  const body = text.replace(/^\uFEFF/, '');
  // A web page instead of data: often a server's "not found" page or a single-page app's fallback route, answered with 200.
  if (/html/i.test(contentType) || /^\s*<(!doctype\s+html|html|head|body)\b/i.test(body)) {
    return fail('src_parse', `${clip(url, 200)} is an HTML page, not JSON or CSV: check the URL (a server may answer a missing file with a web page) and serve observations as JSON or CSV in the published schema (observations.schema.json).`, { url });
  }
  const json = /json/i.test(contentType) || /\.json(\?|#|$)/i.test(url) || /^\s*[[{]/.test(body);
  try {
    if (!json) return parseObservationsCsv(body);
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      return fail('src_parse', `${clip(url, 200)} is not valid JSON (${(e as Error).message}). Serve observations as JSON or CSV in the published schema (observations.schema.json).`, { url });
    }
    if (data && typeof data === 'object' && !Array.isArray(data) && 'meta' in data && 'figures' in data) {
      try {
        return { observations: [], issues: [], plan: planFromJson(data) };
      } catch (e) {
        const detail = e instanceof PlanError ? e.message : String(e);
        return fail('src_invalid_plan', `${clip(url, 200)} looks like a plan but is not usable: ${detail}`, { url, count: 1 });
      }
    }
    return validateObservations(data);
  } catch (e) {
    if (e instanceof PlanError) return fail('src_invalid', `${clip(url, 200)}: ${e.message}`, { url, detail: e.message });
    throw e;
  }
}

/**
 * Fetches and parses a data file. Rejects with `ProblemError` (codes `src_http`,
 * `src_network`, `src_timeout`, `src_parse`, `src_invalid`, `src_invalid_plan`),
 * or with the `AbortError` when `signal` aborts first.
 */
export async function loadObservations(url: string, signal: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<LoadResult> {
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
      if (timedOut) return fail('src_timeout', `${clip(url, 200)} did not answer within ${timeoutMs / 1000} s. Check that the file is served and reachable from this page.`, { url, seconds: timeoutMs / 1000 });
      if (signal.aborted) throw e;
      return fail('src_network', `${clip(url, 200)} could not be fetched (${(e as Error).message}). Check the URL and that the server allows this page to read it (CORS).`, { url });
    }
    if (!response.ok) {
      return fail('src_http', `${clip(url, 200)} answered HTTP ${response.status}. Check that the file exists at this URL.`, { url, status: response.status });
    }
    const text = await response.text();
    return parseDataText(text, url, response.headers.get('content-type') ?? '');
  } catch (e) {
    if (timedOut && !(e instanceof ProblemError)) return fail('src_timeout', `${clip(url, 200)} did not finish loading within ${timeoutMs / 1000} s.`, { url, seconds: timeoutMs / 1000 });
    throw e;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
}
