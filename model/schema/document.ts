/**
 * The published JSON Schemas as documents (draft-07), assembled from the
 * TypeBox definitions: `npm run build` writes them to `dist/` and precompiles
 * their validators. Build time only: no browser bundle imports this folder.
 */
import { Observation, ObservationsDocument } from './observation.js';
import { PlanDocument, planDefinitions } from './plan.js';

const DRAFT = 'http://json-schema.org/draft-07/schema#';
const BASE = 'https://unpkg.com/qingdao-services-plan/dist/';

/** A plain JSON copy of a TypeBox schema (its symbols dropped). */
const plain = (schema: unknown): Record<string, unknown> =>
  JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;

/** `plan.schema.json`: a plan document with its figures, their quotes and, optionally, its observations. */
export function planSchema(): Record<string, unknown> {
  return {
    $schema: DRAFT,
    $id: `${BASE}plan.schema.json`,
    title: 'A quantified plan: plan data',
    description:
      "A government plan's quantified figures, each with its verbatim source quote, the indicators they refer to, the plan's structure and, optionally, its observed outcomes.",
    ...plain(PlanDocument),
    definitions: plain(planDefinitions),
  };
}

/** `observations.schema.json`: observed outcomes, each with its publisher, date and URL. */
export function observationsSchema(): Record<string, unknown> {
  return {
    $schema: DRAFT,
    $id: `${BASE}observations.schema.json`,
    title: 'A quantified plan: observations',
    description:
      "Observed outcomes for a plan's indicators, each with its publisher, publication date and URL. The same columns are used by observations.csv.",
    ...plain(ObservationsDocument),
    definitions: { observation: plain(Observation) },
  };
}
