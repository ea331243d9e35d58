/**
 * A site's data file (the text a widget's or provider's `src` gave): a whole
 * plan in `plan.schema.json` (which may carry its observations), or
 * observations as JSON or CSV in the published columns. Parsing is separate
 * from validating the observations, which needs the plan in use (`checkDataFile`).
 */
import { PlanError, describeValue } from '../errors.js';
import type { PlanData } from '../plan/plan-data.js';
import { readObservationsCsv, validateCsvRows } from './observations-csv.js';
import { planFromJson } from './plan-json.js';
import { validateObservations, type ObservationsResult } from './validate.js';

/** What a data file holds: a whole plan, or observations still to be checked against the plan in use. */
export type DataFile =
  | { readonly kind: 'plan'; readonly plan: PlanData }
  | { readonly kind: 'observations'; readonly rows: readonly unknown[]; readonly lines?: readonly number[] };

/** `url` shortened for a message. */
const clip = (url: string) => (url.length > 200 ? `${url.slice(0, 199)}…` : url);

/**
 * Parses the text of a data file (JSON or CSV, by content type, extension or
 * first character). Throws `PlanError` `src_parse` (not JSON or CSV, or an
 * HTML page), `src_invalid_plan` (a plan that is not usable) or `src_invalid`
 * (observations JSON of the wrong shape, a CSV without the required columns).
 */
export function parseDataText(text: string, url: string, contentType = ''): DataFile {
  if (typeof text !== 'string' || typeof url !== 'string' || typeof contentType !== 'string') {
    throw new PlanError(
      'invalid_argument',
      `parseDataText expects the file's text, its URL and its content type as strings, got ${describeValue(text)}, ${describeValue(url)}, ${describeValue(contentType)}.`,
    );
  }
  const body = text.replace(/^\uFEFF/, '');
  // A web page instead of data: often a server's "not found" page or a single-page app's fallback route, answered with 200.
  if (/html/i.test(contentType) || /^\s*<(!doctype\s+html|html|head|body)\b/i.test(body)) {
    throw new PlanError(
      'src_parse',
      `${clip(url)} is an HTML page, not JSON or CSV: check the URL (a server may answer a missing file with a web page) and serve observations as JSON or CSV in the published schema (observations.schema.json).`,
      { url },
    );
  }
  const json = /json/i.test(contentType) || /\.json(\?|#|$)/i.test(url) || /^\s*[[{]/.test(body);
  try {
    if (!json) return { kind: 'observations', ...readObservationsCsv(body) };
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      throw new PlanError(
        'src_parse',
        `${clip(url)} is not valid JSON (${(e as Error).message}). Serve observations as JSON or CSV in the published schema (observations.schema.json).`,
        { url },
      );
    }
    if (data && typeof data === 'object' && !Array.isArray(data) && 'meta' in data && 'figures' in data) {
      try {
        return { kind: 'plan', plan: planFromJson(data) };
      } catch (e) {
        const detail = e instanceof PlanError ? e.message : String(e);
        // The first real problem (where, the field, the bad value), for the widget to show.
        const count = e instanceof PlanError ? Number(e.detail['count'] ?? 1) : 1;
        const first = e instanceof PlanError && typeof e.detail['detail'] === 'string' ? e.detail['detail'] : detail;
        throw new PlanError('src_invalid_plan', `${clip(url)} looks like a plan but is not usable: ${detail}`, {
          url,
          count,
          first,
        });
      }
    }
    const rows = Array.isArray(data) ? data : (data as { observations?: unknown } | null)?.observations;
    if (!Array.isArray(rows)) {
      throw new PlanError(
        'src_invalid',
        `${clip(url)}: Expected an array of observations or { "observations": [...] }, got ${data === null ? 'null' : typeof data}. See observations.schema.json.`,
        { url, detail: 'not an array of observations' },
      );
    }
    return { kind: 'observations', rows };
  } catch (e) {
    if (e instanceof PlanError && !e.code.startsWith('src_')) {
      throw new PlanError('src_invalid', `${clip(url)}: ${e.message}`, { url, detail: e.message });
    }
    throw e;
  }
}

/** The observations of a data file checked against `plan` (the plan in use): the valid ones and every issue. */
export function checkDataFile(file: DataFile, plan: PlanData): ObservationsResult {
  const f = file as Partial<DataFile> | null;
  if (
    f === null ||
    typeof f !== 'object' ||
    (f.kind !== 'plan' && (f.kind !== 'observations' || !Array.isArray(f.rows)))
  ) {
    throw new PlanError(
      'invalid_argument',
      `checkDataFile expects what parseDataText returned, got ${describeValue(file)}.`,
    );
  }
  if (file.kind === 'plan') return { ok: true, observations: [], issues: [] };
  return file.lines
    ? validateCsvRows({ rows: file.rows, lines: file.lines }, plan)
    : validateObservations(file.rows, plan);
}
