/**
 * Parsing a site's data file (the text `src` gave): observations as JSON or
 * CSV, or a whole plan. Holds the precompiled schemas, so widgets import this
 * module only when a site brings data (see load.ts and `ensureValidators`).
 */
import { parseObservationsCsv } from '../../src/observations-csv.js';
import { PlanError } from '../../src/errors.js';
import { planFromJson } from '../../src/plan-json.js';
import { validateObservations } from '../../src/validate-observations.js';
import type { LoadResult } from './load.js';
import { clip, problem, ProblemError, type Problem } from './problems.js';

export { validateObservations };

const fail = (code: string, message: string, params: Problem['params']): never => {
  throw new ProblemError(problem(code, message, params));
};

/** Parses the text of a data file (JSON or CSV, by content type, extension or first character). */
export function parseDataText(text: string, url: string, contentType = ''): LoadResult {
  const body = text.replace(/^\uFEFF/, '');
  // A web page instead of data: often a server's "not found" page or a single-page app's fallback route, answered with 200.
  if (/html/i.test(contentType) || /^\s*<(!doctype\s+html|html|head|body)\b/i.test(body)) {
    return fail(
      'src_parse',
      `${clip(url, 200)} is an HTML page, not JSON or CSV: check the URL (a server may answer a missing file with a web page) and serve observations as JSON or CSV in the published schema (observations.schema.json).`,
      { url },
    );
  }
  const json = /json/i.test(contentType) || /\.json(\?|#|$)/i.test(url) || /^\s*[[{]/.test(body);
  try {
    if (!json) return parseObservationsCsv(body);
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      return fail(
        'src_parse',
        `${clip(url, 200)} is not valid JSON (${(e as Error).message}). Serve observations as JSON or CSV in the published schema (observations.schema.json).`,
        { url },
      );
    }
    if (data && typeof data === 'object' && !Array.isArray(data) && 'meta' in data && 'figures' in data) {
      try {
        return { observations: [], issues: [], plan: planFromJson(data) };
      } catch (e) {
        const detail = e instanceof PlanError ? e.message : String(e);
        return fail('src_invalid_plan', `${clip(url, 200)} looks like a plan but is not usable: ${detail}`, {
          url,
          count: 1,
        });
      }
    }
    return validateObservations(data);
  } catch (e) {
    if (e instanceof PlanError)
      return fail('src_invalid', `${clip(url, 200)}: ${e.message}`, { url, detail: e.message });
    throw e;
  }
}
