/**
 * Reading the files the command line is given: a plan document, and
 * observations (.json or .csv) checked against the plan in use.
 */
import { readFileSync } from 'node:fs';
import { planFromJson } from '../io/plan-json.js';
import { parseObservationsCsv } from '../io/observations-csv.js';
import { validateObservations, type ObservationsResult } from '../io/validate.js';
import type { PlanData } from '../plan/plan-data.js';
import type { Observation } from '../types.js';
import { UsageError } from './args.js';

/** The text of `file`, or a `UsageError` naming the option it was given to. */
export function readText(file: string, option: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${option} ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/** The JSON of `file`, or a `UsageError` that says what to pass instead. */
export function readJson(file: string, option: string, expected: string): unknown {
  try {
    return JSON.parse(readText(file, option).replace(/^\uFEFF/, ''));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file} is not valid JSON (${(e as Error).message}); pass ${expected}`);
  }
}

/** A plan document read and checked (`planFromJson`): a `PlanError` lists its first problems. */
export const readPlan = (file: string): PlanData =>
  planFromJson(readJson(file, '--plan', 'a plan document in plan.schema.json'));

/** Observations of a .csv or .json file, checked against `plan`: every issue, with its line in a CSV file. */
export function checkObservationsFile(file: string, plan: PlanData): ObservationsResult {
  if (/\.csv$/i.test(file)) return parseObservationsCsv(readText(file, '--observations'), plan);
  const data = readJson(file, '--observations', 'a .csv file or JSON in observations.schema.json');
  return validateObservations(data, plan);
}

/** The observations of a file when every one is valid; a `UsageError` listing every issue otherwise. */
export function readObservations(file: string, plan: PlanData): Observation[] {
  const result = checkObservationsFile(file, plan);
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.line ? `line ${i.line}` : `#${i.index + 1}`}: ${i.message}`);
    throw new UsageError(`${file}: ${result.issues.length} invalid observation(s)\n${lines.join('\n')}`);
  }
  return result.observations;
}
