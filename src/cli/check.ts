/**
 * `check FILE`: a plan document (every problem of `checkPlan`, and every quote
 * that is not in the plan's text where its seed file is at hand), or an
 * observations file checked against the plan in use. Each problem is printed
 * with where it is; the exit code is 2 if there is any.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { checkPlan } from '../io/plan-json.js';
import type { PlanData } from '../plan/plan-data.js';
import type { PlanDocument } from '../types.js';
import { readJson } from './files.js';
import { checkObservationsFile } from './files.js';

/** What `check` prints, and whether the file is free of problems. */
export interface CheckReport {
  readonly ok: boolean;
  readonly text: string;
}

/** Quotes of the plan that are not in its text (its `meta.seed.file`, beside the plan file or from here). */
function quoteIssues(file: string, doc: PlanDocument): { seed: string | null; missing: string[] } {
  const seedFile = doc.meta.seed?.file;
  const seed = seedFile ? [resolve(dirname(file), seedFile), resolve(seedFile)].find((p) => existsSync(p)) : undefined;
  if (!seed) return { seed: null, missing: [] };
  const text = readFileSync(seed, 'utf8');
  const missing = doc.figures.flatMap((f, n) =>
    f.source.document === undefined && !text.includes(f.source.quote)
      ? [`/figures/${n}/source/quote ('${f.id}'): the quote is not in the plan text ${seedFile}: copy it verbatim.`]
      : [],
  );
  return { seed: seedFile!, missing };
}

/** Checks `file`: a plan document (JSON with meta and figures), else observations against `plan()`. */
export function check(file: string, plan: () => PlanData): CheckReport {
  const isJson = !/\.csv$/i.test(file);
  const json = isJson ? readJson(file, 'check', 'a plan document, or observations as .json or .csv') : null;
  if (json && typeof json === 'object' && !Array.isArray(json) && 'meta' in json && 'figures' in json) {
    const problems = checkPlan(json).map((i) => i.message);
    const doc = json as PlanDocument;
    const quotes = problems.length ? { seed: null, missing: [] } : quoteIssues(file, doc);
    const all = [...problems, ...quotes.missing];
    if (all.length)
      return {
        ok: false,
        text: `${file}: ${all.length} problem(s) in the plan\n${all.map((p) => `  ${p}`).join('\n')}`,
      };
    const targets = doc.figures.filter((f) => f.role === 'target').length;
    const seen = quotes.seed ? `, every quote found in ${quotes.seed}` : '';
    return {
      ok: true,
      text: `${file}: ok, a plan with ${doc.indicators.length} indicators, ${doc.figures.length} figures (${targets} targets) and ${doc.observations?.length ?? 0} observations${seen}`,
    };
  }
  const inUse = plan();
  const result = checkObservationsFile(file, inUse);
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.line ? `line ${i.line}` : `#${i.index + 1}`}: ${i.message}`);
    return { ok: false, text: `${file}: ${result.issues.length} problem(s) in the observations\n${lines.join('\n')}` };
  }
  return { ok: true, text: `${file}: ok, ${result.observations.length} observations of the plan ${inUse.meta.id}` };
}
